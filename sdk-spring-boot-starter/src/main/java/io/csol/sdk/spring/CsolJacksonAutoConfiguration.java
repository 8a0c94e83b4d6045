package io.csol.sdk.spring;

import io.csol.sdk.jackson.CsolJacksonModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Registers the SDK's Jackson module ({@code sdk-jackson}) with Spring Boot's
 * {@code ObjectMapper}, so that controllers write and read SDK models (money, dates, enums) as the
 * wire does. Boot adds every {@code Module} bean to the mapper it builds.
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@ConditionalOnClass(name = {"io.csol.sdk.jackson.CsolJacksonModule",
    "com.fasterxml.jackson.databind.ObjectMapper"})
public class CsolJacksonAutoConfiguration {

  /** Created by Spring Boot. */
  public CsolJacksonAutoConfiguration() {
  }

  /**
   * The module; backs off when the application defines its own.
   *
   * @return the module
   */
  @Bean
  @ConditionalOnMissingBean
  public CsolJacksonModule csolJacksonModule() {
    return new CsolJacksonModule();
  }
}
