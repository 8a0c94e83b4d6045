package io.csol.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  @Test
  void launch_printsBaseUrlAndCredentials_andServes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SandboxServer server = Main.launch(new String[] {"--port", "0", "--seed", "42", "--faults", "soak",
        "--token-ttl", "60"}, new PrintStream(out, true, StandardCharsets.UTF_8))) {
      String printed = out.toString(StandardCharsets.UTF_8);
      assertThat(printed).contains(server.baseUri().toString()).contains("dana / demo-password-1")
          .contains("recon-job / recon-secret-1");
      assertThat(server.faults().rules()).hasSize(4);
      assertThat(new Http(server.baseUri()).token("dana", "demo-password-1")).isNotBlank();
    }
  }

  @Test
  void launch_badArguments_areRejectedWithTheirName() {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Main.launch(new String[] {"--port"}, sink)).hasMessageContaining("--port");
    assertThatThrownBy(() -> Main.launch(new String[] {"--faults", "chaos"}, sink)).hasMessageContaining("--faults");
    assertThatThrownBy(() -> Main.launch(new String[] {"--bogus", "1"}, sink)).hasMessageContaining("--bogus");
  }

  @Test
  void main_asProcess_servesAndStopsCleanlyOnSigterm(@TempDir Path dir) throws Exception {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    Path log = dir.resolve("main.log");
    // output to a file: Process.destroy() closes the pipes, and the stop message comes after it
    Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
        "io.csol.sandbox.Main", "--port", "0")).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      String first = "";
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!first.contains("listening on") && System.nanoTime() < deadline && process.isAlive()) {
        List<String> lines = Files.readAllLines(log);
        first = lines.isEmpty() ? "" : lines.get(0);
        Thread.onSpinWait();
      }
      assertThat(first).contains("listening on http://127.0.0.1:");
      URI base = URI.create(first.replaceAll(".*listening on (\\S+).*", "$1"));
      assertThat(new Http(base).token("lars", "demo-password-2")).isNotBlank();
      process.destroy();
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(Files.readString(log)).contains("csol sandbox stopped");
      assertThat(process.exitValue()).isEqualTo(143);
    } finally {
      process.destroyForcibly();
    }
  }
}
