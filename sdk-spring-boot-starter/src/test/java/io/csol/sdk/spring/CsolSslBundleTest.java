package io.csol.sdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sdk.core.CsolClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.ssl.SslStoreBundle;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@code csol.security.ssl-bundle}: the named Spring SSL bundle's context reaches the client, and
 * a context without {@code SslBundles} fails naming the property; a key-less sanitizer entry.
 */
class CsolSslBundleTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(CsolAutoConfiguration.class))
      .withPropertyValues("csol.base-uri=https://api.csol.io",
          "csol.credentials.client-id=recon-job", "csol.credentials.client-secret=s3cret-1",
          "csol.security.ssl-bundle=csol-bundle");

  @Test
  void sslBundle_namedBundleExists_clientUsesItsSslContext() {
    runner.withBean(SslBundles.class,
            () -> new DefaultSslBundleRegistry("csol-bundle", SslBundle.of(SslStoreBundle.NONE)))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(CsolClient.class).toString()).contains("sslContext=custom");
        });
  }

  @Test
  void sslBundle_noSslBundlesInTheContext_failsNamingTheProperty() {
    runner.run(context -> {
      assertThat(context).hasFailed();
      StringBuilder messages = new StringBuilder();
      for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
        messages.append(t.getMessage()).append('\n');
      }
      assertThat(messages.toString()).contains("csol.security.ssl-bundle is set but the context"
          + " has no SslBundles (Spring Boot 3.1+ auto-configures it)");
    });
  }

  @Test
  void sanitizer_entryWithoutAKey_isLeftAsIs() {
    assertThat(CsolActuatorAutoConfiguration.isCsolSecret(new SanitizableData(null, null, "v")))
        .isFalse();
  }
}
