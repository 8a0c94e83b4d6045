package io.csol.sdk.spring;

import io.csol.sdk.core.CallListener;
import io.csol.sdk.core.Credentials;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.access.AccessClient;
import io.csol.sdk.invoices.InvoicesClient;
import io.csol.sdk.statements.StatementsClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configures a {@link CsolClient} from the {@code csol.*} properties
 * ({@link CsolProperties}), closed with the application context, and a bean for every tool
 * client on the class path: {@link AccessClient} always, {@code InvoicesClient} with
 * {@code sdk-invoices}, {@code StatementsClient} with {@code sdk-statements}.
 *
 * <p>Every bean backs off when the application defines its own of the same type. Beans the
 * application contributes: {@link CallListener}s (registered on the client in {@code @Order}
 * order), one {@link Credentials} (in place of {@code csol.credentials.*}) and
 * {@link CsolClientBuilderCustomizer}s. {@code csol.enabled=false} turns all of it off.
 */
@AutoConfiguration
@ConditionalOnClass(CsolClient.class)
@ConditionalOnProperty(prefix = CsolProperties.PREFIX, name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(CsolProperties.class)
public class CsolAutoConfiguration {

  /** Created by Spring Boot. */
  public CsolAutoConfiguration() {
  }

  /**
   * The client every tool client shares; closed when the context closes.
   *
   * @param properties the {@code csol.*} properties
   * @param credentials the application's {@code Credentials} bean, if any
   * @param sslBundles Spring Boot's SSL bundles, for {@code csol.security.ssl-bundle}
   * @param listeners the application's call listeners (metrics, tracing)
   * @param customizers the application's builder customizers
   * @return the client
   * @throws IllegalStateException naming the property when the configuration is incomplete or
   *     contradictory
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public CsolClient csolClient(CsolProperties properties, ObjectProvider<Credentials> credentials,
      ObjectProvider<SslBundles> sslBundles, ObjectProvider<CallListener> listeners,
      ObjectProvider<CsolClientBuilderCustomizer> customizers) {
    return ClientFactory.build(properties, credentials.getIfAvailable(), System::getenv,
        name -> {
          SslBundles bundles = sslBundles.getIfAvailable();
          if (bundles == null) {
            throw new IllegalStateException("csol.security.ssl-bundle is set but the context has"
                + " no SslBundles (Spring Boot 3.1+ auto-configures it)");
          }
          return bundles.getBundle(name).createSslContext();
        },
        listeners.orderedStream(), customizers.orderedStream());
  }

  /**
   * The Access tool: profile, entitlements, access requests.
   *
   * @param csol the shared client
   * @return a view of it
   */
  @Bean
  @ConditionalOnMissingBean
  public AccessClient accessClient(CsolClient csol) {
    return AccessClient.of(csol);
  }

  /** The Invoices tool, when {@code sdk-invoices} is on the class path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.csol.sdk.invoices.InvoicesClient")
  static class InvoicesConfiguration {

    @Bean
    @ConditionalOnMissingBean
    InvoicesClient invoicesClient(CsolClient csol) {
      return InvoicesClient.of(csol);
    }
  }

  /** The Statements tool, when {@code sdk-statements} is on the class path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.csol.sdk.statements.StatementsClient")
  static class StatementsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    StatementsClient statementsClient(CsolClient csol) {
      return StatementsClient.of(csol);
    }
  }
}
