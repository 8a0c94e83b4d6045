package io.csol.sdk.core;

import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.simple.SimpleServiceProvider;
import org.slf4j.spi.MDCAdapter;

/**
 * slf4j-simple with a working MDC (its own provider drops MDC values), so tests can check what
 * the SDK puts there. Registered in the test resources' META-INF/services, which come first on
 * the test class path, so SLF4J picks it over slf4j-simple's own provider.
 */
public final class MdcSimpleLoggerProvider extends SimpleServiceProvider {
  private final MDCAdapter mdc = new BasicMDCAdapter();

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }
}
