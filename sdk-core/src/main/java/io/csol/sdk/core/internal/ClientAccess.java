package io.csol.sdk.core.internal;

import io.csol.sdk.core.spi.ApiCaller;
import java.util.Objects;
import java.util.function.Function;

/**
 * Lets {@code ToolOperations} reach a client's pipeline without a public accessor on {@code
 * CsolClient} (the "shared secrets" pattern). Not exported, not API. It hands out the caller
 * and a {@link ClientChannel} (pipeline and prefetch pool) only, never the runtime, its
 * configuration or the credentials. The client is typed {@code Object}
 * here so that this package does not depend on the client's package, which depends on it.
 */
public final class ClientAccess {
  private static volatile Function<Object, ClientChannel> accessor;

  private ClientAccess() {
  }

  /**
   * Installs the accessor; called once from {@code CsolClient}'s static initializer.
   *
   * @param type the client class, not null
   * @param fn returns the channel running requests through a client's pipeline, not null
   * @param <C> the client type
   */
  public static synchronized <C> void install(Class<C> type, Function<C, ClientChannel> fn) {
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(fn, "fn must not be null");
    if (accessor == null) {
      accessor = client -> fn.apply(type.cast(client));
    }
  }

  /**
   * Returns the caller backed by the client's pipeline (sign-in, retry, circuit breaker).
   *
   * @param client the client, not null
   * @return its caller
   */
  public static ApiCaller caller(Object client) {
    Objects.requireNonNull(client, "client must not be null");
    // touching the instance guarantees CsolClient's static initializer has run
    return accessor.apply(client).caller();
  }

  /**
   * Returns the client's channel: its pipeline and prefetch pool.
   *
   * @param client the client, not null
   * @return its channel
   */
  public static ClientChannel channel(Object client) {
    Objects.requireNonNull(client, "client must not be null");
    return accessor.apply(client);
  }
}
