package io.csol.examples.dashboard;

import io.csol.sandbox.SandboxOptions;
import io.csol.sandbox.SandboxServer;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded sandbox when no {@code csol.base-uri} is configured, and points the
 * starter's {@code csol.*} properties at it.
 *
 * <p>An environment post-processor rather than a bean: the starter binds {@code csol.*} when it
 * creates the client, so the sandbox's address must be in the environment before any bean
 * exists. The server becomes the bean {@value #BEAN_NAME}, so the context closes it (also when
 * the context fails to start) and tests can reach its clock, journal and ledger.
 */
public class EmbeddedSandbox implements EnvironmentPostProcessor {

  /** The name of the {@link SandboxServer} bean when the sandbox runs. */
  public static final String BEAN_NAME = "embeddedSandbox";
  /** The sandbox's seeded machine client, as the reconciliation job signs in. */
  static final String CLIENT_ID = "recon-job";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.containsProperty(ClientProperties.BASE_URI)) {
      return;
    }
    long seed = environment.getProperty("dashboard.sandbox-seed", Long.class, 42L);
    // port 0: a free loopback port, so two dashboards (or a test next to a running one) never clash
    SandboxServer server = SandboxServer.start(SandboxOptions.builder().port(0).seed(seed).build());
    String secret = server.world().client(CLIENT_ID).orElseThrow().secret();
    environment.getPropertySources().addFirst(new MapPropertySource(BEAN_NAME, Map.of(
        ClientProperties.BASE_URI, server.baseUri().toString(),
        ClientProperties.CLIENT_ID, CLIENT_ID,
        ClientProperties.CLIENT_SECRET, secret)));
    application.addInitializers(context -> {
      if (context instanceof GenericApplicationContext generic) {
        // an AutoCloseable bean: the context calls close() when it is closed or fails to refresh
        generic.registerBean(BEAN_NAME, SandboxServer.class, () -> server);
      } else {
        context.getBeanFactory().registerSingleton(BEAN_NAME, server);
        context.addApplicationListener(event -> {
          if (event instanceof org.springframework.context.event.ContextClosedEvent) {
            server.close();
          }
        });
      }
    });
  }
}
