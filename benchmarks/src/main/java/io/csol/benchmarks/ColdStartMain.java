package io.csol.benchmarks;

import java.net.URI;

/**
 * Cold start: a fresh JVM creates one client, signs in and reads one invoice, then prints
 * {@code RESULT ok}; {@link ChildJvm} times it from process start to that line.
 */
public final class ColdStartMain {

  private ColdStartMain() {
  }

  /**
   * Runs the first call.
   *
   * @param args client kind, sandbox base URI
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      throw new IllegalArgumentException("args must be: kind baseUri");
    }
    try (BenchClient client = Clients.create(args[0], URI.create(args[1]))) {
      Object invoice = client.invoice(BenchClient.INVOICE_NUMBER);
      System.out.println("RESULT ok=" + (invoice != null));
    }
    System.exit(0);
  }
}
