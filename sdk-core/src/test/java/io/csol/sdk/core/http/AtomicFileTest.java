package io.csol.sdk.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloads land in place without writing through links planted in the download folder. */
class AtomicFileTest {

  @TempDir
  Path dir;

  @Test
  void open_tempReplacedByLink_refusesAndVictimUnchanged() throws IOException {
    Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
    try (AtomicFile file = AtomicFile.create(dir.resolve("doc.pdf"))) {
      Files.delete(file.temp());
      Files.createSymbolicLink(file.temp(), victim);

      assertThatThrownBy(file::open).isInstanceOf(IOException.class);
    }
    assertThat(victim).hasContent("precious");
  }

  @Test
  void commit_targetIsLink_replacesTheLinkNotTheVictim() throws IOException {
    Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
    Path target = Files.createSymbolicLink(dir.resolve("doc.pdf"), victim);
    try (AtomicFile file = AtomicFile.create(target)) {
      try (OutputStream out = file.open()) {
        out.write("%PDF".getBytes(StandardCharsets.US_ASCII));
      }
      file.commit();
    }
    assertThat(victim).hasContent("precious");
    assertThat(Files.isSymbolicLink(target)).isFalse();
    assertThat(target).hasContent("%PDF");
  }

  @Test
  void commit_onPosix_documentIsOwnerOnly() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
    Path target = dir.resolve("doc.pdf");
    try (AtomicFile file = AtomicFile.create(target)) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.temp()))).isEqualTo("rw-------");
      try (OutputStream out = file.open()) {
        out.write(1);
      }
      file.commit();
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
  }
}
