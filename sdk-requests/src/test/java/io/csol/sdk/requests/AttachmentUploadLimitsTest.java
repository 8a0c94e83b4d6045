package io.csol.sdk.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.testsupport.RecordingCaller;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits of an attachment's name (255/256 characters, a name that is only an extension or
 * has none) and size (checked again right before sending), and its toString.
 */
class AttachmentUploadLimitsTest {

  @TempDir
  Path dir;

  private static ByteArrayInputStream oneByte() {
    return new ByteArrayInputStream(new byte[] {'x'});
  }

  @Test
  void fromStream_nameOf255Characters_isAccepted() {
    String name = "n".repeat(251) + ".txt";
    assertThat(AttachmentUpload.fromStream(name, "text/plain", oneByte()).name()).isEqualTo(name);
  }

  @Test
  void fromStream_nameOf256Characters_isRefusedWithItsLength() {
    String name = "n".repeat(252) + ".txt";
    assertThatThrownBy(() -> AttachmentUpload.fromStream(name, "text/plain", oneByte()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must be 1..255 characters, was 256");
  }

  @Test
  void fromStream_oneCharacterBeforeTheExtension_isTheShortestNameAccepted() {
    assertThat(AttachmentUpload.fromStream("a.txt", "text/plain", oneByte()).mediaType())
        .isEqualTo("text/plain");
    // the server refuses a name that is only an extension (422 naming name)
    assertThatThrownBy(() -> AttachmentUpload.fromStream(".txt", "text/plain", oneByte()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fromStream_nameWithoutADot_isRefusedEvenIfItSpellsTheExtension() {
    assertThatThrownBy(() -> AttachmentUpload.fromStream("txt", "text/plain", oneByte()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must end with .txt for media type text/plain, was 'txt'");
  }

  @Test
  void of_pathWithoutAFileName_isRefusedAsAnEmptyName() {
    assertThatThrownBy(() -> AttachmentUpload.of(dir.getRoot()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must be 1..255 characters, was 0");
  }

  @Test
  void of_pathWithOneCharacterBeforeTheExtension_isAPdf() throws Exception {
    Path file = Files.writeString(dir.resolve("a.pdf"), "%PDF-1.7");
    assertThat(AttachmentUpload.of(file).mediaType()).isEqualTo("application/pdf");
    Path onlyExtension = Files.writeString(dir.resolve(".pdf"), "%PDF-1.7");
    assertThatThrownBy(() -> AttachmentUpload.of(onlyExtension))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void upload_fileEmptiedAfterItWasChecked_isRefusedBeforeSending() throws Exception {
    Path file = Files.writeString(dir.resolve("note.txt"), "not empty yet");
    AttachmentUpload upload = AttachmentUpload.of(file);
    Files.write(file, new byte[0]);
    RecordingCaller caller = new RecordingCaller();
    assertThatThrownBy(() -> RequestsClient.of(caller).uploadAttachment(upload))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("file must hold 1..26214400 bytes (25 MiB), was 0 bytes; nothing was sent");
    assertThat(caller.requests()).isEmpty();
  }

  @Test
  void toString_fileOrStream_saysWhichWithTheMediaType() throws Exception {
    Path file = Files.writeString(dir.resolve("note.txt"), "x");
    assertThat(AttachmentUpload.of(file)).hasToString("AttachmentUpload[text/plain, file]");
    assertThat(AttachmentUpload.fromStream("a.pdf", "application/pdf", oneByte()))
        .hasToString("AttachmentUpload[application/pdf, stream]");
  }
}
