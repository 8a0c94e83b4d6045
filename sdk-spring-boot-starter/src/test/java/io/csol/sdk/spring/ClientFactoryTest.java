package io.csol.sdk.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.junit.CsolSandbox;
import io.csol.sdk.core.CallListener;
import io.csol.sdk.core.Credentials;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.access.AccessClient;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/**
 * How {@link ClientFactory} maps the properties, beans and customizers onto the client, without
 * an application context: what reaches the client's configuration and each refusal's message.
 */
@CsolSandbox(seed = 42)
class ClientFactoryTest {

  private static final Function<String, String> NO_ENV = name -> null;
  private static final Function<String, SSLContext> NO_SSL = name -> {
    throw new AssertionError("no SSL bundle was configured, none may be looked up: " + name);
  };

  private static CsolProperties signedIn(String baseUri) {
    CsolProperties p = new CsolProperties();
    if (baseUri != null) {
      p.setBaseUri(URI.create(baseUri));
    }
    p.getCredentials().setClientId("recon-job");
    p.getCredentials().setClientSecret("recon-secret-1");
    return p;
  }

  private static CsolClient build(CsolProperties p, CsolClientBuilderCustomizer... customizers) {
    return ClientFactory.build(p, null, NO_ENV, NO_SSL, Stream.empty(), Stream.of(customizers));
  }

  @Test
  void build_everyProperty_reachesTheClientsConfiguration() throws Exception {
    CsolProperties p = signedIn("https://api.csol.io");
    p.getTimeouts().setConnect(Duration.ofSeconds(1));
    p.getTimeouts().setResponse(Duration.ofSeconds(2));
    p.getTimeouts().setCall(Duration.ofSeconds(3));
    p.setMaxConnections(7);
    p.getRetry().setMaxAttempts(2);
    p.getRetry().setMaxPacedRetries(1);
    p.getCircuitBreaker().setSlidingWindowSize(9);
    p.getProxy().setUri(URI.create("http://proxy.internal:3128"));
    p.getProxy().setUsername("proxy-user");
    p.getProxy().setPassword("proxy-pw");
    p.getSecurity().setSslBundle("csol-bundle");
    List<String> bundles = new ArrayList<>();
    SSLContext ssl = SSLContext.getDefault();
    CallListener first = new CallListener() { };
    CallListener second = new CallListener() { };
    try (CsolClient client = ClientFactory.build(p, null, NO_ENV, name -> {
      bundles.add(name);
      return ssl;
    }, Stream.of(first, second), Stream.empty())) {
      assertThat(bundles).containsExactly("csol-bundle");
      assertThat(client.toString())
          .contains("baseUri=https://api.csol.io")
          .contains("Credentials[kind=CLIENT_CREDENTIALS, identity=recon-job, secret=****]")
          .contains("TransportConfig[connectTimeout=PT1S, responseTimeout=PT2S,"
              + " maxConnections=7, proxy=http://proxy.internal:3128, proxyUser=proxy-user,"
              + " proxyPassword=****, sslContext=custom]")
          .contains("RetryOptions[maxAttempts=2, maxPacedRetries=1")
          .contains("slidingWindowSize=9")
          .contains("defaultTimeout=PT3S")
          .endsWith(", listeners=2]]")
          .doesNotContain("proxy-pw").doesNotContain("recon-secret-1");
    }
  }

  @Test
  void build_defaults_noProxyNoSslContextNoListeners() {
    try (CsolClient client = build(signedIn("https://api.csol.io"))) {
      assertThat(client.toString())
          .contains("TransportConfig[connectTimeout=PT10S, responseTimeout=PT30S,"
              + " maxConnections=50, proxy=none]")
          .contains("defaultTimeout=PT2M")
          .endsWith(", listeners=0]]");
    }
  }

  @Test
  void build_circuitBreakerDisabled_clientHasNone() {
    CsolProperties p = signedIn("https://api.csol.io");
    p.getCircuitBreaker().setEnabled(false);
    try (CsolClient client = build(p)) {
      assertThat(client.toString()).contains("CircuitBreakerOptions[disabled]");
    }
  }

  @Test
  void build_userAgentSuffixProperty_sentWithEveryCall(SandboxServer server) {
    CsolProperties p = signedIn(server.baseUri().toString());
    p.setUserAgentSuffix("recon/7");
    try (CsolClient client = build(p)) {
      AccessClient.of(client).getProfile();
    }
    List<String> agents = server.journal().find("GET", "/v1/me").get(0).headers()
        .entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("user-agent"))
        .flatMap(e -> e.getValue().stream()).toList();
    assertThat(agents).singleElement().asString().endsWith(" recon/7");
  }

  @Test
  void build_noBaseUriAndNoCustomizer_failsNamingTheProperty() {
    assertThatThrownBy(() -> build(signedIn(null)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("csol.base-uri must be set, e.g. https://api.csol.io"
            + " (or set the base URI in a CsolClientBuilderCustomizer bean)");
  }

  @Test
  void build_baseUriFromACustomizer_customizersRunInOrder() {
    List<String> order = new ArrayList<>();
    try (CsolClient client = build(signedIn(null), b -> {
      order.add("first");
      b.baseUri(URI.create("https://first.csol.io"));
    }, b -> {
      order.add("second");
      b.baseUri(URI.create("https://second.csol.io"));
    })) {
      assertThat(order).containsExactly("first", "second");
      assertThat(client.toString()).contains("baseUri=https://second.csol.io");
    }
  }

  @Test
  void build_sdkRefusesTheConfiguration_messageNamesTheProperties() {
    assertThatThrownBy(() -> build(signedIn("http://api.example.com")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("baseUri http://api.example.com uses plain http")
        .hasMessageEndingWith(" (properties: csol.base-uri, csol.security.allow-insecure-http,"
            + " csol.security.allow-wire-logging, csol.proxy.*)")
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void build_allowInsecureHttp_plainHttpToARemoteHostBuilds() {
    CsolProperties p = signedIn("http://api.example.com");
    p.getSecurity().setAllowInsecureHttp(true);
    try (CsolClient client = build(p)) {
      assertThat(client.toString()).contains("baseUri=http://api.example.com");
    }
  }

  @Test
  void build_proxyCredentialsWithoutProxy_failsNamingTheProperties() {
    CsolProperties user = signedIn("https://api.csol.io");
    user.getProxy().setUsername("proxy-user");
    assertThatThrownBy(() -> build(user)).isInstanceOf(IllegalStateException.class)
        .hasMessage("csol.proxy.username and csol.proxy.password need csol.proxy.uri as well");
    CsolProperties password = signedIn("https://api.csol.io");
    password.getProxy().setPassword("proxy-pw");
    assertThatThrownBy(() -> build(password)).isInstanceOf(IllegalStateException.class)
        .hasMessage("csol.proxy.username and csol.proxy.password need csol.proxy.uri as well");
  }

  @Test
  void build_proxyCredentialsIncomplete_failsWithoutEchoingThePassword() {
    String message = "csol.proxy.username and csol.proxy.password must be set together"
        + " (non-blank user, non-empty password)";
    for (String[] pair : new String[][] {
        {"proxy-user", null}, {"proxy-user", ""}, {null, "proxy-pw"}, {" ", "proxy-pw"}}) {
      CsolProperties p = signedIn("https://api.csol.io");
      p.getProxy().setUri(URI.create("http://proxy.internal:3128"));
      p.getProxy().setUsername(pair[0]);
      p.getProxy().setPassword(pair[1]);
      assertThatThrownBy(() -> build(p)).as(pair[0] + "/" + pair[1])
          .isInstanceOf(IllegalStateException.class).hasMessage(message);
    }
  }

  @Test
  void build_proxyWithoutCredentials_noProxyUser() {
    CsolProperties p = signedIn("https://api.csol.io");
    p.getProxy().setUri(URI.create("http://proxy.internal:3128"));
    try (CsolClient client = build(p)) {
      assertThat(client.toString()).contains("proxy=http://proxy.internal:3128]")
          .doesNotContain("proxyUser");
    }
  }

  @Test
  void credentials_beanAlone_isUsedAsIs() {
    Credentials bean = Credentials.clientCredentials("bean-job", "bean-secret".toCharArray());
    assertThat(ClientFactory.credentials(new CsolProperties.CredentialSettings(), bean, NO_ENV))
        .isSameAs(bean);
  }

  @Test
  void credentials_beanAndAnyProperty_failsNamingBoth() {
    Credentials bean = Credentials.clientCredentials("bean-job", "bean-secret".toCharArray());
    List<CsolProperties.CredentialSettings> each = new ArrayList<>();
    CsolProperties.CredentialSettings secret = new CsolProperties.CredentialSettings();
    secret.setClientSecret("s");
    each.add(secret);
    CsolProperties.CredentialSettings password = new CsolProperties.CredentialSettings();
    password.setPassword("p");
    each.add(password);
    CsolProperties.CredentialSettings env = new CsolProperties.CredentialSettings();
    env.setFromEnvironment(true);
    each.add(env);
    for (CsolProperties.CredentialSettings settings : each) {
      assertThatThrownBy(() -> ClientFactory.credentials(settings, bean, NO_ENV))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("csol.credentials.* must be empty when the application defines a"
              + " Credentials bean; remove one of the two");
    }
  }

  @Test
  void credentials_twoOrThreeSources_failsListingThem() {
    String message = "csol.credentials: set only one of client-id/client-secret,"
        + " username/password and from-environment=true";
    CsolProperties.CredentialSettings clientAndEnv = new CsolProperties.CredentialSettings();
    clientAndEnv.setClientId("c");
    clientAndEnv.setFromEnvironment(true);
    assertThatThrownBy(() -> ClientFactory.credentials(clientAndEnv, null, NO_ENV))
        .isInstanceOf(IllegalStateException.class).hasMessage(message);
    CsolProperties.CredentialSettings userAndEnv = new CsolProperties.CredentialSettings();
    userAndEnv.setUsername("ann");
    userAndEnv.setFromEnvironment(true);
    assertThatThrownBy(() -> ClientFactory.credentials(userAndEnv, null, NO_ENV))
        .isInstanceOf(IllegalStateException.class).hasMessage(message);
    CsolProperties.CredentialSettings all = new CsolProperties.CredentialSettings();
    all.setClientSecret("s");
    all.setPassword("p");
    all.setFromEnvironment(true);
    assertThatThrownBy(() -> ClientFactory.credentials(all, null, NO_ENV))
        .isInstanceOf(IllegalStateException.class).hasMessage(message);
  }

  @Test
  void credentials_clientIdAndSecret_clientCredentialsGrant() {
    CsolProperties.CredentialSettings s = new CsolProperties.CredentialSettings();
    s.setClientId("billing");
    s.setClientSecret("cs");
    Credentials c = ClientFactory.credentials(s, null, NO_ENV);
    assertThat(c.kind()).isEqualTo(Credentials.Kind.CLIENT_CREDENTIALS);
    assertThat(c.identity()).isEqualTo("billing");
  }

  @Test
  void credentials_usernameAndPassword_passwordGrantForThatUser() {
    CsolProperties.CredentialSettings s = new CsolProperties.CredentialSettings();
    s.setUsername("ann");
    s.setPassword("pw");
    Credentials c = ClientFactory.credentials(s, null, NO_ENV);
    assertThat(c.kind()).isEqualTo(Credentials.Kind.PASSWORD);
    assertThat(c.identity()).isEqualTo("ann");
  }

  @Test
  void credentials_halfOfAPair_failsNamingTheMissingProperty() {
    CsolProperties.CredentialSettings noSecret = new CsolProperties.CredentialSettings();
    noSecret.setClientId("billing");
    assertThatThrownBy(() -> ClientFactory.credentials(noSecret, null, NO_ENV))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("csol.credentials.client-secret must be set and non-empty when"
            + " csol.credentials.client-id is set");
    CsolProperties.CredentialSettings emptySecret = new CsolProperties.CredentialSettings();
    emptySecret.setClientId("billing");
    emptySecret.setClientSecret("");
    assertThatThrownBy(() -> ClientFactory.credentials(emptySecret, null, NO_ENV))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("csol.credentials.client-secret must be set and non-empty when"
            + " csol.credentials.client-id is set");
    CsolProperties.CredentialSettings blankUser = new CsolProperties.CredentialSettings();
    blankUser.setUsername(" ");
    blankUser.setPassword("pw");
    assertThatThrownBy(() -> ClientFactory.credentials(blankUser, null, NO_ENV))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("csol.credentials.username must be set and non-blank when"
            + " csol.credentials.password is set");
    CsolProperties.CredentialSettings noPassword = new CsolProperties.CredentialSettings();
    noPassword.setUsername("ann");
    assertThatThrownBy(() -> ClientFactory.credentials(noPassword, null, NO_ENV))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("csol.credentials.password must be set and non-empty when"
            + " csol.credentials.username is set");
  }
}
