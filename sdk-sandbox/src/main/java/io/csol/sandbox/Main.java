package io.csol.sandbox;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox standalone:
 * {@code java -jar sdk-sandbox.jar --port 8080 --seed 42 --scale 1 [--faults soak] [--token-ttl 3600]
 * [--rate-limit 50] [--demo-records 1000]}. Prints the base URL and demo credentials; Ctrl-C stops it.
 */
public final class Main {

  private Main() {
  }

  /** Starts the server and blocks until the JVM is asked to stop. */
  public static void main(String[] args) throws InterruptedException {
    SandboxServer server;
    try {
      server = launch(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      System.out.println("csol sandbox stopped");
      stopped.countDown();
    }, "csol-sandbox-shutdown"));
    stopped.await();
  }

  /** Parses the arguments, starts a server and prints how to reach it; the caller closes it. */
  public static SandboxServer launch(String[] args, PrintStream out) {
    SandboxOptions.Builder options = SandboxOptions.builder().port(8080);
    boolean soak = false;
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (name.equals("--help") || name.equals("-h")) {
        throw new IllegalArgumentException("help requested");
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      String value = args[++i];
      switch (name) {
        case "--port" -> options.port(integer(name, value));
        case "--seed" -> options.seed(Long.parseLong(value));
        case "--scale" -> options.scale(integer(name, value));
        case "--token-ttl" -> options.tokenTtl(Duration.ofSeconds(integer(name, value)));
        case "--rate-limit" -> options.rateLimit(integer(name, value));
        case "--demo-records" -> options.demoRecords(integer(name, value));
        case "--threads" -> options.threads(integer(name, value));
        case "--faults" -> {
          if (!value.equals("soak") && !value.equals("none")) {
            throw new IllegalArgumentException("--faults must be soak or none, was " + value);
          }
          soak = value.equals("soak");
        }
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    SandboxServer server = SandboxServer.start(options.build());
    if (soak) {
      server.faults().set(Faults.soakMix());
    }
    out.println("csol sandbox listening on " + server.baseUri() + " (API under /v1, admin under /_sandbox)");
    out.println("faults: " + (soak ? "soak mix" : "none") + "; " + server.options());
    out.println("demo credentials (sandbox only):");
    server.world().demoCredentials().forEach(line -> out.println("  " + line));
    out.println("press Ctrl-C to stop");
    out.flush();
    return server;
  }

  private static int integer(String name, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be an integer, was " + value, e);
    }
  }

  static String usage() {
    return "usage: Main [--port 8080] [--seed 42] [--scale 1] [--faults soak|none] [--token-ttl seconds]"
        + " [--rate-limit perSecond] [--demo-records n] [--threads n]";
  }
}
