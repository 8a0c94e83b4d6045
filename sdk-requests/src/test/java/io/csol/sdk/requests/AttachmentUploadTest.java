package io.csol.sdk.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What an attachment upload refuses before anything is sent. */
class AttachmentUploadTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @CsvSource({"a.pdf,application/pdf", "b.PNG,image/png", "c.jpg,image/jpeg", "d.JPEG,image/jpeg",
      "e.txt,text/plain", "f.csv,text/csv",
      "g.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "h.xls,application/vnd.ms-excel", "i.zip,application/zip"})
  void of_path_mediaTypeFollowsTheExtension(String name, String mediaType) throws Exception {
    AttachmentUpload upload = AttachmentUpload.of(Files.write(dir.resolve(name), new byte[] {1}));
    assertThat(upload.mediaType()).isEqualTo(mediaType);
    assertThat(upload.name()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"virus.exe", "noextension", "archive.tar.gz", "page.html", ".pdf"})
  void of_path_extensionNotAccepted_namesTheAcceptedOnes(String name) throws Exception {
    Path file = Files.write(dir.resolve(name), new byte[] {1});
    assertThatThrownBy(() -> AttachmentUpload.of(file))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".pdf")
        .hasMessageContaining(".xlsx");
  }

  @Test
  void of_path_emptyOrMissingOrTooLarge_isRefused() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.pdf"));
    assertThatThrownBy(() -> AttachmentUpload.of(empty))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..26214400 bytes")
        .hasMessageContaining("was 0");
    assertThatThrownBy(() -> AttachmentUpload.of(dir.resolve("missing.pdf")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("existing");
    Path big = dir.resolve("big.zip");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(AttachmentUpload.MAX_BYTES + 1); // sparse: no 25 MiB written
    }
    assertThatThrownBy(() -> AttachmentUpload.of(big))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("26214401");
  }

  @Test
  void of_path_exactlyTheLimit_isAccepted() throws Exception {
    Path limit = dir.resolve("limit.zip");
    try (RandomAccessFile f = new RandomAccessFile(limit.toFile(), "rw")) {
      f.setLength(AttachmentUpload.MAX_BYTES);
    }
    assertThat(AttachmentUpload.of(limit).mediaType()).isEqualTo("application/zip");
  }

  @Test
  void fromStream_mediaTypeNotAllowed_namesTheAllowList() {
    assertThatThrownBy(() -> AttachmentUpload.fromStream("a.html", "text/html", stream()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mediaType")
        .hasMessageContaining("application/pdf");
  }

  @Test
  void fromStream_extensionDoesNotFitMediaType_isRefused() {
    assertThatThrownBy(() -> AttachmentUpload.fromStream("a.png", "application/pdf", stream()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name must end with .pdf");
    assertThat(AttachmentUpload.fromStream("Scan.JPG", "IMAGE/JPEG", stream()).mediaType())
        .isEqualTo("image/jpeg");
    // the sandbox answers 422 to a name that is only an extension; refused before sending
    assertThatThrownBy(() -> AttachmentUpload.fromStream(".pdf", "application/pdf", stream()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name must end with .pdf");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a/b.pdf", "a\\b.pdf", "a\nb.pdf", "a\u0000.pdf"})
  void fromStream_badName_isRefusedWithoutEchoingControlCharacters(String name) {
    assertThatThrownBy(() -> AttachmentUpload.fromStream(name, "application/pdf", stream()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\u0000"));
  }

  @Test
  void fromStream_nameTooLong_isRefused() {
    String name = "x".repeat(252) + ".pdf";
    assertThatThrownBy(() -> AttachmentUpload.fromStream(name, "application/pdf", stream()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..255");
  }

  @Test
  void open_emptyStream_isRefusedBeforeSending() {
    AttachmentUpload upload = AttachmentUpload.fromStream("a.txt", "text/plain",
        InputStream.nullInputStream());
    assertThatThrownBy(upload::open).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1 byte");
  }

  @Test
  void toString_doesNotShowTheName() {
    assertThat(AttachmentUpload.fromStream("salary-jane-doe.pdf", "application/pdf", stream()))
        .hasToString("AttachmentUpload[application/pdf, stream]");
  }

  private static InputStream stream() {
    return new ByteArrayInputStream(new byte[] {1, 2, 3});
  }
}
