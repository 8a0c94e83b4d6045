package io.csol.sdk.spring;

import io.csol.sdk.core.CircuitBreakerOptions;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.RetryOptions;
import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code csol.*} configuration properties: where the API is, how to sign in, timeouts,
 * retries, the circuit breaker and the security switches of {@link CsolClient.Builder}.
 *
 * <p>Each setter checks its value with the SDK's own rules as it is bound, so a wrong value stops
 * the application at start-up with a message naming the property (for example
 * {@code csol.retry.max-attempts: maxAttempts must be 1..20, was 0}). Secrets (client secret,
 * password, proxy password) never appear in {@link #toString()}; the actuator's
 * {@code /configprops} and {@code /env} endpoints mask them too, whatever
 * {@code management.endpoint.*.show-values} says (CsolActuatorAutoConfiguration).
 */
@ConfigurationProperties(prefix = CsolProperties.PREFIX)
public class CsolProperties {

  /** The prefix of every property: {@value}. */
  public static final String PREFIX = "csol";

  /** Whether to auto-configure the csol client at all. */
  private boolean enabled = true;

  /**
   * The API's base URI, such as https://api.csol.io. Plain http is accepted for loopback hosts
   * only, unless csol.security.allow-insecure-http is set.
   */
  private URI baseUri;

  /** Sign-in: one of client id and secret, username and password, or the environment. */
  private final CredentialSettings credentials = new CredentialSettings();

  /** Connect, response and whole-call timeouts. */
  private final Timeouts timeouts = new Timeouts();

  /** Retries of failed attempts. */
  private final Retry retry = new Retry();

  /** The per-tool circuit breaker. */
  private final CircuitBreaker circuitBreaker = new CircuitBreaker();

  /** An HTTP proxy for every request. */
  private final Proxy proxy = new Proxy();

  /** TLS and the opt-ins the SDK refuses by default. */
  private final Security security = new Security();

  /** The csol health indicator. */
  private final Health health = new Health();

  /** Size of the connection pool (1..1000). */
  private int maxConnections = 50;

  /** A product token appended to the User-Agent, such as recon-job/2.1. */
  private String userAgentSuffix;

  /** Creates the properties with the SDK's defaults. */
  public CsolProperties() {
  }

  /** @return whether the csol client is auto-configured (default true) */
  public boolean isEnabled() {
    return enabled;
  }

  /** @param enabled false to leave the csol client out of the context */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** @return the API's base URI, or null when a customizer sets it */
  public URI getBaseUri() {
    return baseUri;
  }

  /**
   * Sets the API's base URI.
   *
   * @param baseUri an absolute http(s) URI without user info
   * @throws IllegalArgumentException naming {@code csol.base-uri} when the SDK refuses it
   */
  public void setBaseUri(URI baseUri) {
    if (baseUri != null) {
      sdkCheck("csol.base-uri", b -> b.baseUri(baseUri));
    }
    this.baseUri = baseUri;
  }

  /** @return the sign-in settings */
  public CredentialSettings getCredentials() {
    return credentials;
  }

  /** @return the timeouts */
  public Timeouts getTimeouts() {
    return timeouts;
  }

  /** @return the retry settings */
  public Retry getRetry() {
    return retry;
  }

  /** @return the circuit breaker settings */
  public CircuitBreaker getCircuitBreaker() {
    return circuitBreaker;
  }

  /** @return the proxy settings */
  public Proxy getProxy() {
    return proxy;
  }

  /** @return the security settings */
  public Security getSecurity() {
    return security;
  }

  /** @return the health indicator settings */
  public Health getHealth() {
    return health;
  }

  /** @return the connection pool size */
  public int getMaxConnections() {
    return maxConnections;
  }

  /**
   * Sets the connection pool size.
   *
   * @param maxConnections 1..1000
   * @throws IllegalArgumentException naming {@code csol.max-connections} when out of range
   */
  public void setMaxConnections(int maxConnections) {
    sdkCheck("csol.max-connections", b -> b.maxConnections(maxConnections));
    this.maxConnections = maxConnections;
  }

  /** @return the User-Agent suffix, or null */
  public String getUserAgentSuffix() {
    return userAgentSuffix;
  }

  /**
   * Sets the product token appended to the User-Agent.
   *
   * @param userAgentSuffix 1..100 visible ASCII characters or spaces, or null for none
   * @throws IllegalArgumentException naming {@code csol.user-agent-suffix} when the SDK refuses it
   */
  public void setUserAgentSuffix(String userAgentSuffix) {
    if (userAgentSuffix != null) {
      sdkCheck("csol.user-agent-suffix", b -> b.userAgentSuffix(userAgentSuffix));
    }
    this.userAgentSuffix = userAgentSuffix;
  }

  @Override
  public String toString() {
    return "CsolProperties[enabled=" + enabled + ", baseUri=" + baseUri + ", credentials="
        + credentials + ", timeouts=" + timeouts + ", retry=" + retry + ", circuitBreaker="
        + circuitBreaker + ", proxy=" + proxy + ", security=" + security + ", health=" + health
        + ", maxConnections=" + maxConnections + ", userAgentSuffix=" + userAgentSuffix + "]";
  }

  /**
   * Runs one setter of the SDK's builder so that its own validation applies, and names the
   * property in the message: the SDK's ranges are not repeated here, so they cannot drift apart.
   */
  static void sdkCheck(String property, Consumer<CsolClient.Builder> setter) {
    try {
      setter.accept(CsolClient.builder());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(property + ": " + e.getMessage(), e);
    }
  }

  static void retryCheck(String property, Consumer<RetryOptions.Builder> setter) {
    try {
      setter.accept(RetryOptions.builder());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(property + ": " + e.getMessage(), e);
    }
  }

  static void circuitCheck(String property, Consumer<CircuitBreakerOptions.Builder> setter) {
    try {
      setter.accept(CircuitBreakerOptions.builder());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(property + ": " + e.getMessage(), e);
    }
  }

  private static String mask(String secret) {
    return secret == null ? "null" : "****";
  }

  /**
   * How the client signs in: exactly one of client id and client secret (a machine client,
   * client-credentials grant), username and password, or {@code from-environment}
   * ({@code CSOL_CLIENT_ID} and {@code CSOL_CLIENT_SECRET}). A {@code Credentials} bean of the
   * application replaces all three.
   */
  public static class CredentialSettings {

    /** The machine client's id (client-credentials grant); needs client-secret. */
    private String clientId;

    /** The machine client's secret; never logged or shown. */
    private String clientSecret;

    /** The user's name (password grant); needs password. */
    private String username;

    /** The user's password; never logged or shown. */
    private String password;

    /**
     * Whether to read the machine client's id and secret from the environment variables
     * CSOL_CLIENT_ID and CSOL_CLIENT_SECRET.
     */
    private boolean fromEnvironment;

    /** Creates empty settings. */
    public CredentialSettings() {
    }

    /** @return the client id, or null */
    public String getClientId() {
      return clientId;
    }

    /** @param clientId the machine client's id */
    public void setClientId(String clientId) {
      this.clientId = clientId;
    }

    /** @return the client secret, or null */
    public String getClientSecret() {
      return clientSecret;
    }

    /** @param clientSecret the machine client's secret */
    public void setClientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
    }

    /** @return the username, or null */
    public String getUsername() {
      return username;
    }

    /** @param username the user's name */
    public void setUsername(String username) {
      this.username = username;
    }

    /** @return the password, or null */
    public String getPassword() {
      return password;
    }

    /** @param password the user's password */
    public void setPassword(String password) {
      this.password = password;
    }

    /** @return whether the credentials come from CSOL_CLIENT_ID and CSOL_CLIENT_SECRET */
    public boolean isFromEnvironment() {
      return fromEnvironment;
    }

    /** @param fromEnvironment true to read CSOL_CLIENT_ID and CSOL_CLIENT_SECRET */
    public void setFromEnvironment(boolean fromEnvironment) {
      this.fromEnvironment = fromEnvironment;
    }

    @Override
    public String toString() {
      return "CredentialSettings[clientId=" + clientId + ", clientSecret=" + mask(clientSecret)
          + ", username=" + username + ", password=" + mask(password) + ", fromEnvironment="
          + fromEnvironment + "]";
    }
  }

  /** Timeouts of one attempt and of a whole call. */
  public static class Timeouts {

    /** TCP and TLS connect timeout. */
    private Duration connect = Duration.ofSeconds(10);

    /** Longest wait for response bytes on one attempt. */
    private Duration response = Duration.ofSeconds(30);

    /** Deadline of a whole call (all attempts and backoff sleeps) when the call sets none. */
    private Duration call = Duration.ofMinutes(2);

    /** Creates the SDK's default timeouts. */
    public Timeouts() {
    }

    /** @return the connect timeout */
    public Duration getConnect() {
      return connect;
    }

    /**
     * Sets the connect timeout.
     *
     * @param connect a positive duration
     * @throws IllegalArgumentException naming {@code csol.timeouts.connect} otherwise
     */
    public void setConnect(Duration connect) {
      sdkCheck("csol.timeouts.connect", b -> b.connectTimeout(connect));
      this.connect = connect;
    }

    /** @return the response timeout of one attempt */
    public Duration getResponse() {
      return response;
    }

    /**
     * Sets the response timeout of one attempt.
     *
     * @param response a positive duration
     * @throws IllegalArgumentException naming {@code csol.timeouts.response} otherwise
     */
    public void setResponse(Duration response) {
      sdkCheck("csol.timeouts.response", b -> b.responseTimeout(response));
      this.response = response;
    }

    /** @return the default deadline of a whole call */
    public Duration getCall() {
      return call;
    }

    /**
     * Sets the default deadline of a whole call.
     *
     * @param call a positive duration
     * @throws IllegalArgumentException naming {@code csol.timeouts.call} otherwise
     */
    public void setCall(Duration call) {
      sdkCheck("csol.timeouts.call", b -> b.defaultTimeout(call));
      this.call = call;
    }

    @Override
    public String toString() {
      return "Timeouts[connect=" + connect + ", response=" + response + ", call=" + call + "]";
    }
  }

  /** Retries of failed attempts: attempt budget and exponential backoff with full jitter. */
  public static class Retry {

    /** Total attempts of one call including the first (1 = no retry; 1..20). */
    private int maxAttempts = 4;

    /**
     * Retries a 429 or 503 with Retry-After may make without using up an attempt (0..50).
     */
    private int maxPacedRetries = 8;

    /** Backoff ceiling before the first retry; doubles per retry up to max-backoff. */
    private Duration initialBackoff = Duration.ofMillis(500);

    /** The largest backoff slept between attempts. */
    private Duration maxBackoff = Duration.ofSeconds(30);

    /** Creates the SDK's default retry settings. */
    public Retry() {
    }

    /** @return total attempts per call */
    public int getMaxAttempts() {
      return maxAttempts;
    }

    /**
     * Sets the attempts per call.
     *
     * @param maxAttempts 1..20
     * @throws IllegalArgumentException naming {@code csol.retry.max-attempts} otherwise
     */
    public void setMaxAttempts(int maxAttempts) {
      retryCheck("csol.retry.max-attempts", b -> b.maxAttempts(maxAttempts));
      this.maxAttempts = maxAttempts;
    }

    /** @return paced retries per call */
    public int getMaxPacedRetries() {
      return maxPacedRetries;
    }

    /**
     * Sets the paced retries per call.
     *
     * @param maxPacedRetries 0..50
     * @throws IllegalArgumentException naming {@code csol.retry.max-paced-retries} otherwise
     */
    public void setMaxPacedRetries(int maxPacedRetries) {
      retryCheck("csol.retry.max-paced-retries", b -> b.maxPacedRetries(maxPacedRetries));
      this.maxPacedRetries = maxPacedRetries;
    }

    /** @return the first backoff ceiling */
    public Duration getInitialBackoff() {
      return initialBackoff;
    }

    /**
     * Sets the first backoff ceiling.
     *
     * @param initialBackoff a positive duration
     * @throws IllegalArgumentException naming {@code csol.retry.initial-backoff} otherwise
     */
    public void setInitialBackoff(Duration initialBackoff) {
      retryCheck("csol.retry.initial-backoff", b -> b.initialBackoff(initialBackoff));
      this.initialBackoff = initialBackoff;
    }

    /** @return the backoff cap */
    public Duration getMaxBackoff() {
      return maxBackoff;
    }

    /**
     * Sets the backoff cap.
     *
     * @param maxBackoff a positive duration, at least initial-backoff (checked when the client
     *     is built)
     * @throws IllegalArgumentException naming {@code csol.retry.max-backoff} otherwise
     */
    public void setMaxBackoff(Duration maxBackoff) {
      retryCheck("csol.retry.max-backoff", b -> b.maxBackoff(maxBackoff));
      this.maxBackoff = maxBackoff;
    }

    /**
     * Builds the SDK's retry options.
     *
     * @return the options
     * @throws IllegalArgumentException naming {@code csol.retry} when max-backoff is below
     *     initial-backoff
     */
    RetryOptions toOptions() {
      try {
        return RetryOptions.builder().maxAttempts(maxAttempts).maxPacedRetries(maxPacedRetries)
            .initialBackoff(initialBackoff).maxBackoff(maxBackoff).build();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("csol.retry: " + e.getMessage(), e);
      }
    }

    @Override
    public String toString() {
      return "Retry[maxAttempts=" + maxAttempts + ", maxPacedRetries=" + maxPacedRetries
          + ", initialBackoff=" + initialBackoff + ", maxBackoff=" + maxBackoff + "]";
    }
  }

  /** The per-tool circuit breaker: failure rate over a sliding window of calls. */
  public static class CircuitBreaker {

    /** Whether circuits are used at all. */
    private boolean enabled = true;

    /** Failure rate in percent at which a tool's circuit opens (greater than 0, at most 100). */
    private float failureRateThreshold = 50f;

    /** Recent calls (not attempts) the failure rate is computed over (1..1000). */
    private int slidingWindowSize = 20;

    /** How long an open circuit rejects calls before letting trial calls through. */
    private Duration waitInOpenState = Duration.ofSeconds(30);

    /** Creates the SDK's default circuit breaker settings. */
    public CircuitBreaker() {
    }

    /** @return whether circuits are used */
    public boolean isEnabled() {
      return enabled;
    }

    /** @param enabled false to never open a circuit */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** @return the failure rate in percent that opens a circuit */
    public float getFailureRateThreshold() {
      return failureRateThreshold;
    }

    /**
     * Sets the failure rate that opens a circuit.
     *
     * @param failureRateThreshold greater than 0 and at most 100
     * @throws IllegalArgumentException naming {@code csol.circuit-breaker.failure-rate-threshold}
     *     otherwise
     */
    public void setFailureRateThreshold(float failureRateThreshold) {
      circuitCheck("csol.circuit-breaker.failure-rate-threshold",
          b -> b.failureRateThreshold(failureRateThreshold));
      this.failureRateThreshold = failureRateThreshold;
    }

    /** @return the sliding window in calls */
    public int getSlidingWindowSize() {
      return slidingWindowSize;
    }

    /**
     * Sets the sliding window.
     *
     * @param slidingWindowSize 1..1000 calls
     * @throws IllegalArgumentException naming {@code csol.circuit-breaker.sliding-window-size}
     *     otherwise
     */
    public void setSlidingWindowSize(int slidingWindowSize) {
      circuitCheck("csol.circuit-breaker.sliding-window-size",
          b -> b.slidingWindowSize(slidingWindowSize));
      this.slidingWindowSize = slidingWindowSize;
    }

    /** @return how long an open circuit rejects calls */
    public Duration getWaitInOpenState() {
      return waitInOpenState;
    }

    /**
     * Sets how long an open circuit rejects calls.
     *
     * @param waitInOpenState a positive duration
     * @throws IllegalArgumentException naming {@code csol.circuit-breaker.wait-in-open-state}
     *     otherwise
     */
    public void setWaitInOpenState(Duration waitInOpenState) {
      circuitCheck("csol.circuit-breaker.wait-in-open-state",
          b -> b.waitInOpenState(waitInOpenState));
      this.waitInOpenState = waitInOpenState;
    }

    CircuitBreakerOptions toOptions() {
      return enabled ? CircuitBreakerOptions.builder().failureRateThreshold(failureRateThreshold)
          .slidingWindowSize(slidingWindowSize).waitInOpenState(waitInOpenState).build()
          : CircuitBreakerOptions.disabled();
    }

    @Override
    public String toString() {
      return "CircuitBreaker[enabled=" + enabled + ", failureRateThreshold="
          + failureRateThreshold + ", slidingWindowSize=" + slidingWindowSize
          + ", waitInOpenState=" + waitInOpenState + "]";
    }
  }

  /** An HTTP proxy for every request, optionally with its own sign-in. */
  public static class Proxy {

    /** The proxy, such as http://proxy.example:3128. */
    private URI uri;

    /** The proxy user; used for the proxy only, never sent to the API. */
    private String username;

    /** The proxy password; never logged or shown. */
    private String password;

    /** Creates settings without a proxy. */
    public Proxy() {
    }

    /** @return the proxy URI, or null for none */
    public URI getUri() {
      return uri;
    }

    /**
     * Sets the proxy.
     *
     * @param uri an absolute URI such as {@code http://proxy.example:3128}
     * @throws IllegalArgumentException naming {@code csol.proxy.uri} when the SDK refuses it
     */
    public void setUri(URI uri) {
      if (uri != null) {
        sdkCheck("csol.proxy.uri", b -> b.proxy(uri));
      }
      this.uri = uri;
    }

    /** @return the proxy user, or null */
    public String getUsername() {
      return username;
    }

    /** @param username the proxy user */
    public void setUsername(String username) {
      this.username = username;
    }

    /** @return the proxy password, or null */
    public String getPassword() {
      return password;
    }

    /** @param password the proxy password */
    public void setPassword(String password) {
      this.password = password;
    }

    @Override
    public String toString() {
      return "Proxy[uri=" + uri + ", username=" + username + ", password=" + mask(password) + "]";
    }
  }

  /** TLS trust material and the opt-ins the SDK refuses by default. */
  public static class Security {

    /**
     * Name of a Spring Boot SSL bundle (spring.ssl.bundle.*) whose SSLContext the client uses:
     * a private CA, a pinned certificate or mutual TLS. Default: the JDK's trust store.
     */
    private String sslBundle;

    /**
     * Whether plain http to a host that is not loopback is allowed. Credentials, tokens and data
     * then cross the network unencrypted: for a trusted test network only.
     */
    private boolean allowInsecureHttp;

    /**
     * Whether the client may start while HttpClient's wire or header logger is at DEBUG. Those
     * loggers print secrets and tokens: for a developer machine only.
     */
    private boolean allowWireLogging;

    /** Creates the secure defaults. */
    public Security() {
    }

    /** @return the SSL bundle's name, or null */
    public String getSslBundle() {
      return sslBundle;
    }

    /** @param sslBundle the name of a spring.ssl.bundle.* entry */
    public void setSslBundle(String sslBundle) {
      this.sslBundle = sslBundle;
    }

    /** @return whether plain http to any host is allowed */
    public boolean isAllowInsecureHttp() {
      return allowInsecureHttp;
    }

    /** @param allowInsecureHttp true to allow plain http to any host */
    public void setAllowInsecureHttp(boolean allowInsecureHttp) {
      this.allowInsecureHttp = allowInsecureHttp;
    }

    /** @return whether wire logging at DEBUG is tolerated */
    public boolean isAllowWireLogging() {
      return allowWireLogging;
    }

    /** @param allowWireLogging true to tolerate HttpClient's wire logger at DEBUG */
    public void setAllowWireLogging(boolean allowWireLogging) {
      this.allowWireLogging = allowWireLogging;
    }

    @Override
    public String toString() {
      return "Security[sslBundle=" + sslBundle + ", allowInsecureHttp=" + allowInsecureHttp
          + ", allowWireLogging=" + allowWireLogging + "]";
    }
  }

  /** The csol health indicator (management.health.csol.enabled turns it off). */
  public static class Health {

    /** Deadline of the sign-in check one health probe makes. */
    private Duration timeout = Duration.ofSeconds(5);

    /** Creates the default settings. */
    public Health() {
    }

    /** @return the deadline of the probe's call */
    public Duration getTimeout() {
      return timeout;
    }

    /**
     * Sets the deadline of the probe's call.
     *
     * @param timeout a positive duration
     * @throws IllegalArgumentException naming {@code csol.health.timeout} otherwise
     */
    public void setTimeout(Duration timeout) {
      sdkCheck("csol.health.timeout", b -> b.defaultTimeout(timeout));
      this.timeout = timeout;
    }

    @Override
    public String toString() {
      return "Health[timeout=" + timeout + "]";
    }
  }
}
