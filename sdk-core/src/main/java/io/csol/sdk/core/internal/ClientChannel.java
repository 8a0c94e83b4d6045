package io.csol.sdk.core.internal;

import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.ApiRequest;
import java.util.concurrent.Executor;

/**
 * What the SDK's own front ends (tool operations, raw requests) need of a client: its pipeline and
 * its prefetch pool, and nothing of its configuration or credentials. Not exported, not API.
 */
public interface ClientChannel {

  /**
   * Returns the caller backed by the client's pipeline (sign-in, retry, circuit breaker).
   *
   * @return the caller
   */
  ApiCaller caller();

  /**
   * Sends one request through the pipeline and returns the raw 2xx answer.
   *
   * @param request the request, not null
   * @return the answer
   */
  RawExchange exchange(ApiRequest request);

  /**
   * Returns the client's prefetch pool, shut down when the client closes.
   *
   * @return the pool
   */
  Executor prefetchExecutor();
}
