package io.csol.examples.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.junit.SandboxExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The files the job writes hold customer numbers and balances: links planted in the output folder
 * never make the job write someone else's file, and only the owner can read what it writes.
 */
class ReconciliationFilesTest {

  @RegisterExtension
  static final SandboxExtension SANDBOX = SandboxExtension.builder().seed(42).build();

  @TempDir
  Path dir;

  private ReconciliationResult runJob(SandboxServer server, Path out) throws IOException {
    String secret = server.world().client(ReconciliationJob.SANDBOX_CLIENT_ID).orElseThrow().secret();
    JobConfig config = new JobConfig(server.baseUri(), ReconciliationJob.SANDBOX_CLIENT_ID, secret.toCharArray(),
        out, false, false, 42, 1, 500, 0);
    return new ReconciliationJob(config, new PrintStream(new ByteArrayOutputStream()), (cp, n) -> { }).run();
  }

  private Path victim() throws IOException {
    Path outside = Files.createDirectories(dir.resolve("elsewhere"));
    return Files.writeString(outside.resolve("victim.txt"), "precious");
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  private static String mode(Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  @Test
  void run_linksPlantedAtTheOldFixedTempNames_victimUnchangedAndFolderAndFilesOwnerOnly(SandboxServer server)
      throws Exception {
    Path victim = victim();
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.createSymbolicLink(out.resolve("checkpoint.properties.tmp"), victim);
    Files.createSymbolicLink(out.resolve("reconciliation-report.csv.tmp"), victim);

    ReconciliationResult result = runJob(server, out);

    assertThat(result.mismatches()).isZero();
    assertThat(victim).hasContent("precious");
    assertThat(out.resolve("reconciliation-report.csv")).isRegularFile();
    if (posix()) {
      assertThat(mode(out)).isEqualTo("rwx------");
      try (Stream<Path> files = Files.list(out)) {
        for (Path f : files.filter(f -> !Files.isSymbolicLink(f)).toList()) {
          assertThat(mode(f)).as(f.getFileName().toString()).isEqualTo("rw-------");
        }
      }
    }
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("no temporary file is left behind")
          .containsExactlyInAnyOrder("checkpoint.properties.tmp", "reconciliation-report.csv.tmp",
              "summaries.tsv", "open-invoices.tsv", "statement-lines.tsv", "reconciliation-report.csv");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"summaries.tsv", "open-invoices.tsv", "statement-lines.tsv"})
  void run_linkPlantedAtASnapshotName_refusesAndVictimUnchanged(String name, SandboxServer server)
      throws Exception {
    Path victim = victim();
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.createSymbolicLink(out.resolve(name), victim);

    assertThatThrownBy(() -> runJob(server, out))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("symbolic link");
    assertThat(victim).hasContent("precious");
  }

  @Test
  void openForAppend_resumingThroughALink_refusesAndVictimUnchanged() throws Exception {
    Path victim = victim();
    Path link = Files.createSymbolicLink(dir.resolve("statement-lines.tsv"), victim);

    assertThatThrownBy(() -> SnapshotFile.openForAppend(link, 3)).hasMessageContaining("symbolic link");
    assertThat(victim).hasContent("precious");
  }

  @Test
  void openForAppend_freshPhaseOverAHardLink_victimUnchanged() throws Exception {
    Path victim = victim();
    Path snapshot = Files.createLink(dir.resolve("summaries.tsv"), victim);

    try (SnapshotFile file = SnapshotFile.openForAppend(snapshot, 0)) {
      file.appendDurably(List.<String[]>of(new String[] {"1000001", "EUR"}));
    }

    assertThat(victim).hasContent("precious");
    assertThat(snapshot).hasContent("1000001\tEUR");
  }

  @Test
  void writeCsv_reportNameIsALink_refusesAndVictimUnchanged() throws Exception {
    Path victim = victim();
    Path link = Files.createSymbolicLink(dir.resolve("reconciliation-report.csv"), victim);
    ReconciliationResult empty = new ReconciliationResult(List.of(), 0, 0, 0, Map.<String, BigDecimal>of(),
        Map.<String, BigDecimal>of());

    assertThatThrownBy(() -> empty.writeCsv(link)).hasMessageContaining("symbolic link");
    assertThat(victim).hasContent("precious");
  }

  @Test
  void write_checkpointNameIsALink_refusesAndVictimUnchanged() throws Exception {
    Path victim = victim();
    Path link = Files.createSymbolicLink(dir.resolve("checkpoint.properties"), victim);

    assertThatThrownBy(() -> Checkpoint.start().write(link)).hasMessageContaining("symbolic link");
    assertThat(victim).hasContent("precious");
  }

  @Test
  void directory_existingWorldReadableFolder_narrowedToOwnerOnly() throws Exception {
    assumeTrue(posix(), "POSIX file system");
    Path out = Files.createDirectories(dir.resolve("old"));
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path snapshot = Files.writeString(out.resolve("summaries.tsv"), "a\n");
    Files.setPosixFilePermissions(snapshot, PosixFilePermissions.fromString("rw-r--r--"));

    OutputFiles.directory(out);
    SnapshotFile.openForAppend(snapshot, 2).close();

    assertThat(mode(out)).isEqualTo("rwx------");
    assertThat(mode(snapshot)).isEqualTo("rw-------");
  }

  @Test
  void run_embeddedKilledAndStartedAgain_resumesAgainstANewSandboxAndRemovesItsKey() throws Exception {
    // each embedded run starts its own sandbox, whose cursor key is random unless the job keeps one
    Path out = dir.resolve("embedded");
    JobConfig config = new JobConfig(null, null, null, out, false, false, 42, 1, 500, 0);
    int[] pages = {0};
    PhaseFetcher.PageListener crash = (cp, n) -> {
      if (cp.phase() == Checkpoint.Phase.LINES && ++pages[0] == 2) {
        throw new IllegalStateException("killed");
      }
    };
    assertThatThrownBy(() -> new ReconciliationJob(config, new PrintStream(new ByteArrayOutputStream()), crash).run())
        .hasMessage("killed");
    Path key = out.resolve(ReconciliationJob.SANDBOX_KEY_FILE);
    assertThat(key).isRegularFile();
    if (posix()) {
      assertThat(mode(key)).isEqualTo("rw-------");
    }

    ReconciliationResult resumed = new ReconciliationJob(config, new PrintStream(new ByteArrayOutputStream()),
        (cp, n) -> { }).run();

    assertThat(resumed.mismatches()).isZero();
    assertThat(key).doesNotExist();
    assertThat(out.resolve("checkpoint.properties")).doesNotExist();
  }

  @Test
  void replace_contentFails_leavesNoTemporaryFile() throws Exception {
    Path target = dir.resolve("checkpoint.properties");

    assertThatThrownBy(() -> OutputFiles.replace(target, o -> {
      throw new IOException("disk full");
    })).hasMessage("disk full");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }
}
