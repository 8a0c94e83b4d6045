package io.csol.sdk.spring;

import io.csol.sdk.core.CsolClient;
import java.util.Locale;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Actuator support, when {@code spring-boot-actuator} is on the class path: the {@code csol}
 * health indicator ({@code management.health.csol.enabled=false} turns it off) and a sanitizing
 * function that masks the csol secrets in {@code /configprops} and {@code /env}.
 *
 * <p>Spring Boot 3 masks every value of those endpoints by default, but shows them all, secrets
 * included, once {@code management.endpoint.configprops.show-values} or
 * {@code management.endpoint.env.show-values} is {@code ALWAYS} or {@code WHEN_AUTHORIZED}: it no
 * longer masks keys by name. The function keeps the client secret, the passwords and
 * {@code CSOL_CLIENT_SECRET} masked in every case.
 */
@AutoConfiguration(after = CsolAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
public class CsolActuatorAutoConfiguration {

  /** Created by Spring Boot. */
  public CsolActuatorAutoConfiguration() {
  }

  /**
   * Masks the csol secrets in {@code /configprops} and {@code /env}.
   *
   * @return the function
   */
  @Bean
  @ConditionalOnMissingBean(name = "csolSanitizingFunction")
  public SanitizingFunction csolSanitizingFunction() {
    return data -> isCsolSecret(data) ? data.withValue(SanitizableData.SANITIZED_VALUE) : data;
  }

  /**
   * True for the secret keys of the csol properties, in every spelling Boot binds: configprops
   * (csol.credentials.clientSecret), properties (csol.credentials.client-secret) and environment
   * variables (CSOL_CREDENTIALS_CLIENT_SECRET, CSOL_CLIENT_SECRET, CSOL_PROXY_PASSWORD).
   */
  static boolean isCsolSecret(SanitizableData data) {
    String key = data.getKey();
    if (key == null) {
      return false;
    }
    String flat = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return flat.startsWith("csol") && (flat.endsWith("secret") || flat.endsWith("password"));
  }

  /** The health indicator, when a client exists and the indicator is enabled. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"org.springframework.boot.actuate.health.HealthIndicator",
      "org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator"})
  @ConditionalOnEnabledHealthIndicator("csol")
  @ConditionalOnBean(CsolClient.class)
  static class HealthConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "csolHealthIndicator")
    HealthIndicator csolHealthIndicator(CsolClient csol, CsolProperties properties) {
      return new CsolHealthIndicator(csol, properties.getHealth().getTimeout());
    }
  }
}
