package io.csol.examples.guardrails;

import java.util.List;

/**
 * A public type that leaks on purpose, so that {@link SdkModuleDescriptorsTest} shows its check
 * reports what it should: Jackson, Resilience4j, the SPI and a transport type in a generic.
 */
public abstract class LeakyApiFixture
    implements io.github.resilience4j.core.IntervalBiFunction<Object> {

  /**
   * Leaks the JSON mapper.
   *
   * @return a mapper
   */
  public abstract com.fasterxml.jackson.databind.ObjectMapper mapper();

  /**
   * Takes the SPI.
   *
   * @param caller a caller
   */
  public abstract void caller(io.csol.sdk.core.spi.ApiCaller caller);

  /**
   * Leaks a transport type through a generic.
   *
   * @return a list
   */
  public abstract List<? extends io.csol.sdk.core.http.TransportConfig> list();

  /** Not checked: package-private members are not API. */
  abstract Object hidden(io.csol.sdk.core.internal.ClientRuntime runtime);
}
