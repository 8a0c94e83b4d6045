package io.csol.sdk.core.internal;

import java.util.Objects;
import java.util.function.Function;

/**
 * Lets SDK internals reach a client's runtime without a public accessor on {@code CsolClient}
 * (the "shared secrets" pattern). Not API. The client is typed {@code Object} here so that this
 * package does not depend on the client's package, which depends on it (no package cycle).
 */
public final class ClientAccess {
  private static volatile Function<Object, ClientRuntime> accessor;

  private ClientAccess() {
  }

  /**
   * Installs the accessor; called once from {@code CsolClient}'s static initializer.
   *
   * @param type the client class, not null
   * @param fn returns a client's runtime, not null
   * @param <C> the client type
   */
  public static synchronized <C> void install(Class<C> type, Function<C, ClientRuntime> fn) {
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(fn, "fn must not be null");
    if (accessor == null) {
      accessor = client -> fn.apply(type.cast(client));
    }
  }

  /**
   * Returns the client's runtime.
   *
   * @param client the client, not null
   * @return its runtime
   */
  public static ClientRuntime runtime(Object client) {
    Objects.requireNonNull(client, "client must not be null");
    // touching the instance guarantees CsolClient's static initializer has run
    return accessor.apply(client);
  }
}
