package io.csol.sdk.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.csol.sdk.core.Credentials;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The properties class, its generated metadata and the credential rules. */
class CsolPropertiesTest {

  @Test
  void toString_secretsSet_masksThemAndKeepsTheRest() {
    CsolProperties p = new CsolProperties();
    p.getCredentials().setClientId("billing");
    p.getCredentials().setClientSecret("s3cret-value");
    p.getCredentials().setPassword("pw-value");
    p.getProxy().setPassword("proxy-value");
    assertThat(p.toString()).contains("clientId=billing").contains("clientSecret=****")
        .doesNotContain("s3cret-value").doesNotContain("pw-value").doesNotContain("proxy-value");
  }

  @Test
  void metadata_generatedByTheProcessor_describesEveryPropertyWithItsDefault() throws Exception {
    JsonNode metadata;
    try (InputStream in = getClass().getResourceAsStream(
        "/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("the configuration processor ran").isNotNull();
      metadata = new ObjectMapper().readTree(in);
    }
    List<String> names = new ArrayList<>();
    for (JsonNode property : metadata.get("properties")) {
      names.add(property.get("name").asText());
      assertThat(property.path("description").asText()).as(property.get("name").asText())
          .isNotBlank();
    }
    assertThat(names).contains("csol.base-uri", "csol.credentials.client-id",
        "csol.credentials.client-secret", "csol.credentials.from-environment",
        "csol.timeouts.connect", "csol.timeouts.response", "csol.timeouts.call",
        "csol.retry.max-attempts", "csol.retry.initial-backoff",
        "csol.circuit-breaker.failure-rate-threshold", "csol.security.ssl-bundle",
        "csol.security.allow-insecure-http", "csol.proxy.uri", "csol.health.timeout",
        // merged from additional-spring-configuration-metadata.json
        "management.health.csol.enabled");
    Map<String, String> defaults = new java.util.HashMap<>();
    metadata.get("properties").forEach(p -> defaults.put(p.get("name").asText(),
        p.path("defaultValue").asText()));
    assertThat(defaults).containsEntry("csol.timeouts.call", "2m")
        .containsEntry("csol.retry.max-attempts", "4")
        .containsEntry("csol.retry.initial-backoff", "500ms");
  }

  @Test
  void credentials_fromEnvironment_readsTheSdkVariables() {
    CsolProperties.CredentialSettings settings = new CsolProperties.CredentialSettings();
    settings.setFromEnvironment(true);
    Map<String, String> env = Map.of(Credentials.ENV_CLIENT_ID, "job-7",
        Credentials.ENV_CLIENT_SECRET, "env-secret");
    Credentials credentials = ClientFactory.credentials(settings, null, env::get);
    assertThat(credentials.kind()).isEqualTo(Credentials.Kind.CLIENT_CREDENTIALS);
    assertThat(credentials.identity()).isEqualTo("job-7");
  }

  @Test
  void credentials_fromEnvironmentWithoutTheSecret_failsNamingTheVariable() {
    CsolProperties.CredentialSettings settings = new CsolProperties.CredentialSettings();
    settings.setFromEnvironment(true);
    Map<String, String> env = Map.of(Credentials.ENV_CLIENT_ID, "job-7");
    assertThatThrownBy(() -> ClientFactory.credentials(settings, null, env::get))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(Credentials.ENV_CLIENT_SECRET + " is not set");
  }

  @Test
  void credentials_usernameAndPassword_passwordGrant() {
    CsolProperties.CredentialSettings settings = new CsolProperties.CredentialSettings();
    settings.setUsername("ann");
    settings.setPassword("pw");
    assertThat(ClientFactory.credentials(settings, null, name -> null).kind())
        .isEqualTo(Credentials.Kind.PASSWORD);
  }

  @Test
  void setters_outOfRange_nameThePropertyAtOnce() {
    CsolProperties p = new CsolProperties();
    assertThatThrownBy(() -> p.getRetry().setMaxPacedRetries(51))
        .hasMessage("csol.retry.max-paced-retries: maxPacedRetries must be 0..50, was 51");
    assertThatThrownBy(() -> p.getCircuitBreaker().setSlidingWindowSize(0))
        .hasMessage("csol.circuit-breaker.sliding-window-size: slidingWindowSize must be 1..1000,"
            + " was 0");
    assertThatThrownBy(() -> p.setBaseUri(java.net.URI.create("https://user:pw@api.csol.io")))
        .hasMessageStartingWith("csol.base-uri: baseUri must not contain user info")
        .hasMessageNotContaining("pw@");
    assertThatThrownBy(() -> p.setUserAgentSuffix("\u00e9"))
        .hasMessageStartingWith("csol.user-agent-suffix: ");
  }
}
