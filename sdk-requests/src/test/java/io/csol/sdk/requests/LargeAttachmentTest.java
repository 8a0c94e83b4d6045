package io.csol.sdk.requests;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.junit.SandboxExtension;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 25 MiB attachment goes up and comes back down through an SDK running in a JVM whose whole
 * heap (20 MiB) is smaller than the attachment: anything in the SDK that held it whole would die
 * with OutOfMemoryError. The sandbox runs here, in the test JVM, with a normal heap.
 */
class LargeAttachmentTest {
  private static final String CHILD_HEAP = "-Xmx20m";

  @RegisterExtension
  static SandboxExtension sandbox = SandboxExtension.builder().seed(42).build();

  @TempDir
  Path dir;

  @Test
  void roundTrip_25MiBInA20MiBHeap_uploadsOnceAndDownloadsTheSameBytes(SandboxServer server)
      throws Exception {
    Path source = dir.resolve("scan.zip");
    String sha256 = writeRandom(source, AttachmentUpload.MAX_BYTES);
    Path copy = dir.resolve("copy.zip");

    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), CHILD_HEAP, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        LargeAttachmentRoundTrip.class.getName(), server.baseUri().toString(), source.toString(),
        copy.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile())
        .start();
    // output to a file, not a pipe: reading a pipe to its end would wait forever for a hung
    // child, and the timeout below would never be reached
    boolean ended = child.waitFor(3, TimeUnit.MINUTES);
    if (!ended) {
      child.destroyForcibly();
    }
    String output = Files.readString(dir.resolve("child.log"), StandardCharsets.UTF_8);
    assertThat(ended).as(output).isTrue();

    assertThat(child.exitValue()).as(output).isZero();
    String[] result = output.strip().lines().reduce((a, b) -> b).orElseThrow().split(" ");
    assertThat(result[2]).as("sha256 the server computed").isEqualTo(sha256);
    assertThat(Long.parseLong(result[3])).isEqualTo(AttachmentUpload.MAX_BYTES);
    assertThat(Long.parseLong(result[4])).as("the child's heap is smaller than the attachment")
        .isLessThan(AttachmentUpload.MAX_BYTES);
    assertThat(Files.size(copy)).isEqualTo(AttachmentUpload.MAX_BYTES);
    assertThat(sha256(copy)).isEqualTo(sha256);
    assertThat(server.journal().applied("POST", "/v1/attachments")).isEqualTo(1);
  }

  private static String writeRandom(Path file, long size) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    Random random = new Random(25);
    byte[] chunk = new byte[64 * 1024];
    try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
      for (long left = size; left > 0; left -= chunk.length) {
        random.nextBytes(chunk);
        out.write(chunk, 0, (int) Math.min(chunk.length, left));
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String sha256(Path file) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (var in = Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
