package io.csol.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of this module in a fresh JVM with the suite's class path and reads its
 * {@code RESULT key=value ...} line.
 */
final class ChildJvm {

  private final Path logDir;

  ChildJvm(Path logDir) {
    this.logDir = logDir;
  }

  /** What a child reported. */
  record Outcome(Map<String, String> values, long millisToResult, int exitCode, String failure) {

    /** True when the child printed its RESULT line. */
    boolean ok() {
      return failure == null;
    }

    /** A reported value, or null. */
    String get(String key) {
      return values.get(key);
    }
  }

  /**
   * Starts the child and waits for it.
   *
   * @param name log file name
   * @param jvmArgs e.g. -Xmx64m
   * @param mainClass the class to run
   * @param timeout kill it after this long
   * @param args program arguments
   * @return the parsed RESULT line, or a failure description
   */
  Outcome run(String name, List<String> jvmArgs, Class<?> mainClass, Duration timeout, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    File log = logDir.resolve(name + ".log").toFile();
    long start = System.nanoTime();
    Process process;
    try {
      process = new ProcessBuilder(command).redirectError(log).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> values = new LinkedHashMap<>();
    long atResult = -1;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      Thread killer = watchdog(process, timeout);
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("RESULT")) {
          atResult = (System.nanoTime() - start) / 1_000_000;
          parse(line, values);
        }
      }
      killer.interrupt();
      boolean exited = process.waitFor(30, TimeUnit.SECONDS);
      int code = exited ? process.exitValue() : -1;
      if (atResult < 0) {
        String why = exited ? "exit code " + code + ", see " + log.getName() : "timed out after " + timeout;
        return new Outcome(values, -1, code, why);
      }
      return new Outcome(values, atResult, code, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static Thread watchdog(Process process, Duration timeout) {
    Thread t = new Thread(() -> {
      try {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        // the child finished in time
      }
    }, "child-watchdog");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void parse(String line, Map<String, String> into) {
    for (String part : line.substring("RESULT".length()).trim().split(" ")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        into.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
  }
}
