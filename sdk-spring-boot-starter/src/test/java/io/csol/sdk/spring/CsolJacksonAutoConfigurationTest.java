package io.csol.sdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.csol.sdk.core.Money;
import io.csol.sdk.jackson.CsolJacksonModule;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The SDK's Jackson module on Spring Boot's ObjectMapper. */
class CsolJacksonAutoConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
          CsolJacksonAutoConfiguration.class));

  @Test
  void objectMapper_moduleRegistered_writesMoneyAsTheWireDoes() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(CsolJacksonModule.class);
      ObjectMapper mapper = context.getBean(ObjectMapper.class);
      assertThat(mapper.getRegisteredModuleIds())
          .contains(context.getBean(CsolJacksonModule.class).getTypeId());
      assertThat(mapper.writeValueAsString(Map.of("open", Money.of("1250.10", "SEK"))))
          .isEqualTo("{\"open\":{\"amount\":\"1250.10\",\"currency\":\"SEK\"}}");
      assertThat(mapper.readValue("{\"amount\":\"0.10\",\"currency\":\"EUR\"}", Money.class))
          .isEqualTo(Money.of("0.10", "EUR"));
    });
  }

  @Test
  void objectMapper_sdkJacksonNotOnClassPath_noModule() {
    runner.withClassLoader(new FilteredClassLoader(CsolJacksonModule.class)).run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(CsolJacksonModule.class);
      assertThat(context.getBean(ObjectMapper.class).writeValueAsString(Money.of("1.00", "EUR")))
          .doesNotContain("\"amount\":\"1.00\"");
    });
  }

  @Test
  void module_userDefinesOne_autoConfiguredBacksOff() {
    CsolJacksonModule mine = new CsolJacksonModule();
    runner.withBean("myModule", CsolJacksonModule.class, () -> mine).run(context ->
        assertThat(context).hasSingleBean(CsolJacksonModule.class).hasBean("myModule"));
  }
}
