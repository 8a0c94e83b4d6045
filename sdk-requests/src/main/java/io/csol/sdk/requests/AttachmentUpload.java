package io.csol.sdk.requests;

import io.csol.sdk.core.spi.UploadContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A file to attach to a request, for {@link RequestsClient#uploadAttachment}: from a {@link Path}
 * ({@link #of(Path)}) or from a stream ({@link #fromStream}).
 *
 * <p>Everything the server would refuse is refused here, before anything is sent: a name that is
 * empty, longer than 255 characters or holds {@code /}, {@code \} or a control character; a media
 * type not in {@link #MEDIA_TYPES}; an extension that does not fit the media type; a file that is
 * empty or larger than {@link #MAX_BYTES} (a stream's size is known once it has been read, still
 * before the upload starts).
 *
 * <p>The bytes are never held in memory: a file is read twice (once for its SHA-256, once to send
 * it, again for each retry); a stream is read once into a temporary file that is deleted when the
 * upload ends, however it ends. A file-based upload may be uploaded again; a stream-based one
 * only once (the stream is then used up), and the stream is not closed. Immutable.
 */
public final class AttachmentUpload {
  /** The most bytes one attachment may hold: 25 MiB (26214400 bytes). */
  public static final long MAX_BYTES = 26_214_400L;
  /** The longest name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 255;

  // The contract's allow-list, each with the extensions its name may end with. A fixed map
  // rather than Files.probeContentType, whose answer differs by platform.
  private static final Map<String, Set<String>> EXTENSIONS = Map.of(
      "application/pdf", Set.of("pdf"),
      "image/png", Set.of("png"),
      "image/jpeg", Set.of("jpg", "jpeg"),
      "text/plain", Set.of("txt"),
      "text/csv", Set.of("csv"),
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx"),
      "application/vnd.ms-excel", Set.of("xls"),
      "application/zip", Set.of("zip"));

  /** The media types an attachment may have, each with its file name extensions. */
  public static final Set<String> MEDIA_TYPES = Set.copyOf(EXTENSIONS.keySet());

  private final String name;
  private final String mediaType;
  private final Path file;
  private final InputStream stream;
  private final AtomicBoolean used = new AtomicBoolean();

  private AttachmentUpload(String name, String mediaType, Path file, InputStream stream) {
    this.name = name;
    this.mediaType = mediaType;
    this.file = file;
    this.stream = stream;
  }

  /**
   * An attachment read from a file; its name is the file's name and its media type follows from
   * the extension ({@code .pdf}, {@code .png}, {@code .jpg}/{@code .jpeg}, {@code .txt},
   * {@code .csv}, {@code .xlsx}, {@code .xls}, {@code .zip}, any case).
   *
   * @param file a regular file of 1..{@value #MAX_BYTES} bytes, not null
   * @return the upload
   * @throws NullPointerException if {@code file} is null
   * @throws IllegalArgumentException if the file is missing, empty or too large, or its name or
   *     extension is not accepted
   * @throws UncheckedIOException if the file's size cannot be read
   */
  public static AttachmentUpload of(Path file) {
    Objects.requireNonNull(file, "file must not be null");
    Path fileName = file.getFileName();
    String name = checkName(fileName == null ? "" : fileName.toString());
    String extension = extension(name);
    String mediaType = EXTENSIONS.entrySet().stream()
        .filter(e -> e.getValue().contains(extension)).map(Map.Entry::getKey).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("file must end with one of "
            + allExtensions() + " to be attached, was '" + name + "'"));
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("file must be an existing regular file, was " + file);
    }
    try {
      checkSize("file", Files.size(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + file, e);
    }
    return new AttachmentUpload(name, mediaType, file, null);
  }

  /**
   * An attachment read from a stream, e.g. a report generated in memory or a download. The
   * stream is read once, when the upload starts, into a temporary file (so that a retry sends the
   * same bytes); it is not closed.
   *
   * @param name the file name support sees, 1..{@value #MAX_NAME_LENGTH} characters, no
   *     {@code /}, {@code \} or control characters, with an extension that fits {@code mediaType}
   * @param mediaType one of {@link #MEDIA_TYPES}
   * @param in the bytes, 1..{@value #MAX_BYTES} of them, not null
   * @return the upload, usable once
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name or media type is not accepted
   */
  public static AttachmentUpload fromStream(String name, String mediaType, InputStream in) {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(mediaType, "mediaType must not be null");
    Objects.requireNonNull(in, "in must not be null");
    checkName(name);
    String type = mediaType.trim().toLowerCase(Locale.ROOT);
    Set<String> extensions = EXTENSIONS.get(type);
    if (extensions == null) {
      throw new IllegalArgumentException("mediaType must be one of " + new TreeSet<>(MEDIA_TYPES)
          + ", was '" + mediaType + "'");
    }
    if (!extensions.contains(extension(name))) {
      throw new IllegalArgumentException("name must end with ." + String.join(" or .",
          new TreeSet<>(extensions)) + " for media type " + type + ", was '" + name + "'");
    }
    return new AttachmentUpload(name, type, null, in);
  }

  /** @return the file name sent to the server */
  public String name() {
    return name;
  }

  /** @return the media type sent as {@code Content-Type} */
  public String mediaType() {
    return mediaType;
  }

  /**
   * Reads the bytes for sending: the size and SHA-256 of a file, or a stream spooled to a
   * temporary file; the caller closes the result (which deletes that temporary file).
   */
  UploadContent open() {
    if (file != null) {
      checkFileSize();
      return UploadContent.ofFile(file, mediaType);
    }
    if (!used.compareAndSet(false, true)) {
      throw new IllegalStateException("an upload from a stream can be sent once (the stream is"
          + " used up); create a new AttachmentUpload for '" + name + "'");
    }
    UploadContent content;
    try {
      content = UploadContent.spool(stream, mediaType, MAX_BYTES);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("in must hold at most " + MAX_BYTES + " bytes (25 MiB)"
          + " for attachment '" + name + "'; nothing was sent", e);
    }
    if (content.length() == 0) {
      content.close();
      throw new IllegalArgumentException("in must hold at least 1 byte, attachment '" + name
          + "' was empty; nothing was sent");
    }
    return content;
  }

  private void checkFileSize() {
    // the file may have changed since of(Path): checked again right before reading it
    try {
      checkSize("file", Files.size(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + file, e);
    }
  }

  private static void checkSize(String param, long size) {
    if (size < 1 || size > MAX_BYTES) {
      throw new IllegalArgumentException(param + " must hold 1.." + MAX_BYTES
          + " bytes (25 MiB), was " + size + " bytes; nothing was sent");
    }
  }

  private static String checkName(String name) {
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException("name must be 1.." + MAX_NAME_LENGTH
          + " characters, was " + name.length());
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '/' || c == '\\' || Character.isISOControl(c)) {
        throw new IllegalArgumentException("name must not contain '/', '\\' or control"
            + " characters, was '" + name.replaceAll("\\p{Cntrl}", "?") + "'");
      }
    }
    return name;
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    // ".pdf" is all extension and no name: the server refuses it (422 naming name), so it has none
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static Set<String> allExtensions() {
    Set<String> all = new TreeSet<>();
    EXTENSIONS.values().forEach(v -> v.forEach(e -> all.add("." + e)));
    return all;
  }

  @Override
  public String toString() {
    return "AttachmentUpload[" + mediaType + (file != null ? ", file" : ", stream") + "]";
  }
}
