package io.csol.benchmarks;

import io.csol.sdk.core.CallListener;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Creates the measured clients by name: {@code raw}, {@code generated}, {@code sdk}, and three
 * csol-sdk variants: {@code sdk-prefetch} (prefetch on), {@code sdk-8-attempts} (more retries)
 * and {@code sdk-listener} (one {@link CallListener} that does nothing, for the cost of events).
 */
public final class Clients {

  /** The three clients every scenario compares, in table order. */
  public static final List<String> MAIN = List.of("raw", "generated", "sdk");

  /** The machine client of the seeded sandbox world (entitled to every customer). */
  static final String CLIENT_ID = "recon-job";
  /** Its secret; a published demo credential of the sandbox, not a secret. */
  static final String CLIENT_SECRET = "recon-secret-1";

  /** Pages fetched ahead by {@code sdk-prefetch}. */
  static final int PREFETCH_PAGES = 2;

  /** Attempts per call of {@code sdk-8-attempts} (the default is 4). */
  static final int MORE_ATTEMPTS = 8;

  private Clients() {
  }

  /**
   * Creates and signs in one client.
   *
   * @param kind raw, generated, sdk, sdk-prefetch, sdk-8-attempts or sdk-listener
   * @param baseUri the sandbox, e.g. {@code http://127.0.0.1:8080}
   * @return the client, signed in lazily or eagerly as the client itself does it
   * @throws IllegalArgumentException if {@code kind} is unknown
   */
  public static BenchClient create(String kind, URI baseUri) {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(baseUri, "baseUri must not be null");
    switch (kind) {
      case "raw":
        return new RawClient(baseUri, CLIENT_ID, CLIENT_SECRET);
      case "generated":
        return new GeneratedClient(baseUri, CLIENT_ID, CLIENT_SECRET);
      case "sdk":
        return new SdkClient(baseUri, CLIENT_ID, CLIENT_SECRET, 0, 0);
      case "sdk-prefetch":
        return new SdkClient(baseUri, CLIENT_ID, CLIENT_SECRET, PREFETCH_PAGES, 0);
      case "sdk-8-attempts":
        return new SdkClient(baseUri, CLIENT_ID, CLIENT_SECRET, 0, MORE_ATTEMPTS);
      case "sdk-listener":
        // every default method: the pipeline still builds and hands over every event
        return new SdkClient(baseUri, CLIENT_ID, CLIENT_SECRET, 0, 0, new CallListener() { });
      default:
        throw new IllegalArgumentException(
            "kind must be raw, generated, sdk, sdk-prefetch, sdk-8-attempts or sdk-listener, was "
                + kind);
    }
  }
}
