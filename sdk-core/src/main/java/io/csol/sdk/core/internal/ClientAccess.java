package io.csol.sdk.core.internal;

import io.csol.sdk.core.CsolClient;
import java.util.Objects;
import java.util.function.Function;

/**
 * Lets SDK internals reach a client's runtime without a public accessor on {@link CsolClient}
 * (the "shared secrets" pattern). Not API.
 */
public final class ClientAccess {
  private static volatile Function<CsolClient, ClientRuntime> accessor;

  private ClientAccess() {
  }

  /**
   * Installs the accessor; called once from {@code CsolClient}'s static initializer.
   *
   * @param fn returns a client's runtime, not null
   */
  public static synchronized void install(Function<CsolClient, ClientRuntime> fn) {
    Objects.requireNonNull(fn, "fn must not be null");
    if (accessor == null) {
      accessor = fn;
    }
  }

  /**
   * Returns the client's runtime.
   *
   * @param client the client, not null
   * @return its runtime
   */
  public static ClientRuntime runtime(CsolClient client) {
    Objects.requireNonNull(client, "client must not be null");
    // touching the instance guarantees CsolClient's static initializer has run
    return accessor.apply(client);
  }
}
