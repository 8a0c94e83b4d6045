package io.csol.sdk.spring;

import io.csol.sdk.core.CsolClient;

/**
 * A bean that changes the auto-configured {@link CsolClient.Builder} after the {@code csol.*}
 * properties were applied and before the client is built: for what properties cannot express,
 * such as a {@code TokenProvider}, an {@code SSLContext} built in code or a base URI known only
 * at run time.
 *
 * <pre>{@code
 * @Bean
 * CsolClientBuilderCustomizer vaultToken(Vault vault) {
 *   return builder -> builder.credentials(Credentials.tokenProvider(vault::csolToken));
 * }
 * }</pre>
 *
 * <p>Customizers run in {@code @Order} / {@code Ordered} order; what a later one sets wins.
 */
@FunctionalInterface
public interface CsolClientBuilderCustomizer {

  /**
   * Changes the builder.
   *
   * @param builder the builder holding the {@code csol.*} properties, not null
   */
  void customize(CsolClient.Builder builder);
}
