package io.csol.sdk.spring;

import io.csol.sdk.core.CallListener;
import io.csol.sdk.core.Credentials;
import io.csol.sdk.core.CsolClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;

/**
 * Turns the {@code csol.*} properties, the application's beans and the customizers into a
 * client. Apart from the auto-configuration so that the mapping is tested without a context.
 */
final class ClientFactory {

  private ClientFactory() {
  }

  /**
   * Builds the client.
   *
   * @param properties the bound properties
   * @param credentialsBean the application's {@code Credentials} bean, or null
   * @param environment the process environment (for {@code from-environment})
   * @param sslContexts the SSLContext of a named Spring SSL bundle
   * @param listeners the application's listener beans, in order
   * @param customizers the customizers, in order
   */
  static CsolClient build(CsolProperties properties, Credentials credentialsBean,
      Function<String, String> environment, Function<String, SSLContext> sslContexts,
      Stream<CallListener> listeners, Stream<CsolClientBuilderCustomizer> customizers) {
    CsolClient.Builder builder = CsolClient.builder();
    if (properties.getBaseUri() != null) {
      builder.baseUri(properties.getBaseUri());
    }
    builder.credentials(credentials(properties.getCredentials(), credentialsBean, environment));
    CsolProperties.Timeouts timeouts = properties.getTimeouts();
    builder.connectTimeout(timeouts.getConnect()).responseTimeout(timeouts.getResponse())
        .defaultTimeout(timeouts.getCall())
        .maxConnections(properties.getMaxConnections())
        .retry(properties.getRetry().toOptions())
        .circuitBreaker(properties.getCircuitBreaker().toOptions());
    if (properties.getUserAgentSuffix() != null) {
      builder.userAgentSuffix(properties.getUserAgentSuffix());
    }
    proxy(builder, properties.getProxy());
    CsolProperties.Security security = properties.getSecurity();
    if (security.getSslBundle() != null) {
      builder.sslContext(sslContexts.apply(security.getSslBundle()));
    }
    builder.allowInsecureHttp(security.isAllowInsecureHttp())
        .allowWireLogging(security.isAllowWireLogging());
    listeners.forEachOrdered(builder::listener);
    List<CsolClientBuilderCustomizer> all = new ArrayList<>();
    customizers.forEachOrdered(all::add);
    all.forEach(c -> c.customize(builder));
    if (properties.getBaseUri() == null && all.isEmpty()) {
      throw new IllegalStateException("csol.base-uri must be set, e.g. https://api.csol.io"
          + " (or set the base URI in a CsolClientBuilderCustomizer bean)");
    }
    try {
      return builder.build();
    } catch (IllegalStateException e) {
      // the SDK's message names its builder methods; say which properties they are
      throw new IllegalStateException(e.getMessage() + " (properties: csol.base-uri,"
          + " csol.security.allow-insecure-http, csol.security.allow-wire-logging, csol.proxy.*)",
          e);
    }
  }

  private static void proxy(CsolClient.Builder builder, CsolProperties.Proxy proxy) {
    boolean signIn = proxy.getUsername() != null || proxy.getPassword() != null;
    if (proxy.getUri() == null) {
      if (signIn) {
        throw new IllegalStateException("csol.proxy.username and csol.proxy.password need"
            + " csol.proxy.uri as well");
      }
      return;
    }
    builder.proxy(proxy.getUri());
    if (signIn) {
      if (isBlank(proxy.getUsername()) || proxy.getPassword() == null
          || proxy.getPassword().isEmpty()) {
        throw new IllegalStateException("csol.proxy.username and csol.proxy.password must be set"
            + " together (non-blank user, non-empty password)");
      }
      char[] password = proxy.getPassword().toCharArray();
      try {
        builder.proxyCredentials(proxy.getUsername(), password);
      } finally {
        Arrays.fill(password, '\0');
      }
    }
  }

  /**
   * Picks exactly one source of credentials; messages name properties, never values.
   */
  static Credentials credentials(CsolProperties.CredentialSettings settings,
      Credentials credentialsBean, Function<String, String> environment) {
    boolean client = settings.getClientId() != null || settings.getClientSecret() != null;
    boolean user = settings.getUsername() != null || settings.getPassword() != null;
    boolean env = settings.isFromEnvironment();
    int sources = (client ? 1 : 0) + (user ? 1 : 0) + (env ? 1 : 0);
    if (credentialsBean != null) {
      if (sources > 0) {
        throw new IllegalStateException("csol.credentials.* must be empty when the application"
            + " defines a Credentials bean; remove one of the two");
      }
      return credentialsBean;
    }
    if (sources == 0) {
      throw new IllegalStateException("csol.credentials: no sign-in configured; set"
          + " csol.credentials.client-id and csol.credentials.client-secret (machine client),"
          + " or csol.credentials.username and csol.credentials.password, or"
          + " csol.credentials.from-environment=true (" + Credentials.ENV_CLIENT_ID + " and "
          + Credentials.ENV_CLIENT_SECRET + "), or define a Credentials bean");
    }
    if (sources > 1) {
      throw new IllegalStateException("csol.credentials: set only one of client-id/client-secret,"
          + " username/password and from-environment=true");
    }
    if (env) {
      return Credentials.fromEnvironment(environment);
    }
    String id = client ? settings.getClientId() : settings.getUsername();
    String secret = client ? settings.getClientSecret() : settings.getPassword();
    String idName = client ? "csol.credentials.client-id" : "csol.credentials.username";
    String secretName = client ? "csol.credentials.client-secret" : "csol.credentials.password";
    if (isBlank(id)) {
      throw new IllegalStateException(idName + " must be set and non-blank when " + secretName
          + " is set");
    }
    if (secret == null || secret.isEmpty()) {
      throw new IllegalStateException(secretName + " must be set and non-empty when " + idName
          + " is set");
    }
    char[] chars = secret.toCharArray();
    try {
      return client ? Credentials.clientCredentials(id, chars) : Credentials.password(id, chars);
    } finally {
      Arrays.fill(chars, '\0');
    }
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
