package io.csol.codegen.model;

/**
 * Files a request type takes besides the ids of files already uploaded
 * ({@code x-csol-request: {uploads: {ids: attachmentIds, name: attachments, type: AttachmentUpload}}}):
 * the tool client uploads them first and sends their ids with the others.
 *
 * @param ids the body property holding uploaded ids, e.g. {@code attachmentIds}
 * @param name the request type's property for the files, e.g. {@code attachments}
 * @param javaType the hand-written upload type of the module's package, e.g. {@code AttachmentUpload}
 */
public record UploadDef(String ids, String name, String javaType) {
}
