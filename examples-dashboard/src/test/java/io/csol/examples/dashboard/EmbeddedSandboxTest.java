package io.csol.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sandbox.SandboxServer;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

/** Which server the dashboard talks to, and that the embedded one stops with the context. */
class EmbeddedSandboxTest {

  @Test
  void postProcessEnvironment_baseUriSet_startsNoSandbox() {
    MockEnvironment environment = new MockEnvironment().withProperty("csol.base-uri", "https://csol.example.com");
    SpringApplication application = new SpringApplication(Object.class);
    int initializers = application.getInitializers().size();

    new EmbeddedSandbox().postProcessEnvironment(environment, application);

    assertThat(environment.getPropertySources().contains(EmbeddedSandbox.BEAN_NAME)).isFalse();
    assertThat(environment.getProperty("csol.credentials.client-id")).isNull();
    assertThat(application.getInitializers()).hasSize(initializers);
  }

  @Test
  void postProcessEnvironment_noBaseUri_pointsTheStarterAtASandboxClosedWithTheContext() throws Exception {
    StandardEnvironment environment = new StandardEnvironment();
    SpringApplication application = new SpringApplication(Object.class);

    new EmbeddedSandbox().postProcessEnvironment(environment, application);

    URI base = URI.create(environment.getRequiredProperty("csol.base-uri"));
    assertThat(base.getScheme()).isEqualTo("http");
    assertThat(base.getHost()).isEqualTo("127.0.0.1");
    assertThat(environment.getProperty("csol.credentials.client-id")).isEqualTo("recon-job");
    assertThat(environment.getProperty("csol.credentials.client-secret")).isNotBlank();
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest probe = HttpRequest.newBuilder(base.resolve("/v1/me")).build();
    assertThat(http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
    try (GenericApplicationContext context = new GenericApplicationContext()) {
      application.getInitializers().forEach(i -> initialize(i, context));
      context.refresh();
      assertThat(context.getBean(EmbeddedSandbox.BEAN_NAME, SandboxServer.class).baseUri()).isEqualTo(base);
    }
    assertThatThrownBy(() -> http.send(probe, HttpResponse.BodyHandlers.discarding()))
        .isInstanceOf(ConnectException.class);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void initialize(org.springframework.context.ApplicationContextInitializer initializer,
                                 GenericApplicationContext context) {
    initializer.initialize(context);
  }
}
