package io.csol.sdk.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.CircuitBreakerOptions;
import io.csol.sdk.core.RetryOptions;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Every {@code csol.*} property: its default, the value a setter keeps, the check that names the
 * property when the value is refused (and keeps the old value), and the options it becomes.
 */
class CsolPropertiesBindingTest {

  private final CsolProperties p = new CsolProperties();

  @Test
  void defaults_everyProperty_asDocumented() {
    assertThat(p.isEnabled()).isTrue();
    assertThat(p.getBaseUri()).isNull();
    assertThat(p.getMaxConnections()).isEqualTo(50);
    assertThat(p.getUserAgentSuffix()).isNull();
    assertThat(p.getTimeouts().getConnect()).isEqualTo(Duration.ofSeconds(10));
    assertThat(p.getTimeouts().getResponse()).isEqualTo(Duration.ofSeconds(30));
    assertThat(p.getTimeouts().getCall()).isEqualTo(Duration.ofMinutes(2));
    assertThat(p.getRetry().getMaxAttempts()).isEqualTo(4);
    assertThat(p.getRetry().getMaxPacedRetries()).isEqualTo(8);
    assertThat(p.getRetry().getInitialBackoff()).isEqualTo(Duration.ofMillis(500));
    assertThat(p.getRetry().getMaxBackoff()).isEqualTo(Duration.ofSeconds(30));
    assertThat(p.getCircuitBreaker().isEnabled()).isTrue();
    assertThat(p.getCircuitBreaker().getFailureRateThreshold()).isEqualTo(50f);
    assertThat(p.getCircuitBreaker().getSlidingWindowSize()).isEqualTo(20);
    assertThat(p.getCircuitBreaker().getWaitInOpenState()).isEqualTo(Duration.ofSeconds(30));
    assertThat(p.getProxy().getUri()).isNull();
    assertThat(p.getProxy().getUsername()).isNull();
    assertThat(p.getProxy().getPassword()).isNull();
    assertThat(p.getSecurity().getSslBundle()).isNull();
    assertThat(p.getSecurity().isAllowInsecureHttp()).isFalse();
    assertThat(p.getSecurity().isAllowWireLogging()).isFalse();
    assertThat(p.getHealth().getTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(p.getCredentials().getClientId()).isNull();
    assertThat(p.getCredentials().getClientSecret()).isNull();
    assertThat(p.getCredentials().getUsername()).isNull();
    assertThat(p.getCredentials().getPassword()).isNull();
    assertThat(p.getCredentials().isFromEnvironment()).isFalse();
  }

  @Test
  void setters_acceptedValues_areKept() {
    p.setEnabled(false);
    p.setBaseUri(URI.create("https://api.csol.io"));
    p.setMaxConnections(7);
    p.setUserAgentSuffix("recon/1.2");
    p.getTimeouts().setConnect(Duration.ofSeconds(1));
    p.getTimeouts().setResponse(Duration.ofSeconds(2));
    p.getTimeouts().setCall(Duration.ofSeconds(3));
    p.getRetry().setMaxAttempts(6);
    p.getRetry().setMaxPacedRetries(0);
    p.getRetry().setInitialBackoff(Duration.ofMillis(10));
    p.getRetry().setMaxBackoff(Duration.ofMillis(20));
    p.getCircuitBreaker().setEnabled(false);
    p.getCircuitBreaker().setFailureRateThreshold(75f);
    p.getCircuitBreaker().setSlidingWindowSize(9);
    p.getCircuitBreaker().setWaitInOpenState(Duration.ofSeconds(4));
    p.getProxy().setUri(URI.create("http://proxy.internal:3128"));
    p.getProxy().setUsername("proxy-user");
    p.getProxy().setPassword("proxy-pw");
    p.getSecurity().setSslBundle("csol");
    p.getSecurity().setAllowInsecureHttp(true);
    p.getSecurity().setAllowWireLogging(true);
    p.getHealth().setTimeout(Duration.ofSeconds(1));
    p.getCredentials().setClientId("billing");
    p.getCredentials().setClientSecret("cs");
    p.getCredentials().setUsername("ann");
    p.getCredentials().setPassword("pw");
    p.getCredentials().setFromEnvironment(true);

    assertThat(p.isEnabled()).isFalse();
    assertThat(p.getBaseUri()).isEqualTo(URI.create("https://api.csol.io"));
    assertThat(p.getMaxConnections()).isEqualTo(7);
    assertThat(p.getUserAgentSuffix()).isEqualTo("recon/1.2");
    assertThat(p.getTimeouts().getConnect()).isEqualTo(Duration.ofSeconds(1));
    assertThat(p.getTimeouts().getResponse()).isEqualTo(Duration.ofSeconds(2));
    assertThat(p.getTimeouts().getCall()).isEqualTo(Duration.ofSeconds(3));
    assertThat(p.getRetry().getMaxAttempts()).isEqualTo(6);
    assertThat(p.getRetry().getMaxPacedRetries()).isZero();
    assertThat(p.getRetry().getInitialBackoff()).isEqualTo(Duration.ofMillis(10));
    assertThat(p.getRetry().getMaxBackoff()).isEqualTo(Duration.ofMillis(20));
    assertThat(p.getCircuitBreaker().isEnabled()).isFalse();
    assertThat(p.getCircuitBreaker().getFailureRateThreshold()).isEqualTo(75f);
    assertThat(p.getCircuitBreaker().getSlidingWindowSize()).isEqualTo(9);
    assertThat(p.getCircuitBreaker().getWaitInOpenState()).isEqualTo(Duration.ofSeconds(4));
    assertThat(p.getProxy().getUri()).isEqualTo(URI.create("http://proxy.internal:3128"));
    assertThat(p.getProxy().getUsername()).isEqualTo("proxy-user");
    assertThat(p.getProxy().getPassword()).isEqualTo("proxy-pw");
    assertThat(p.getSecurity().getSslBundle()).isEqualTo("csol");
    assertThat(p.getSecurity().isAllowInsecureHttp()).isTrue();
    assertThat(p.getSecurity().isAllowWireLogging()).isTrue();
    assertThat(p.getHealth().getTimeout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(p.getCredentials().getClientId()).isEqualTo("billing");
    assertThat(p.getCredentials().getClientSecret()).isEqualTo("cs");
    assertThat(p.getCredentials().getUsername()).isEqualTo("ann");
    assertThat(p.getCredentials().getPassword()).isEqualTo("pw");
    assertThat(p.getCredentials().isFromEnvironment()).isTrue();
  }

  @Test
  void setters_nullForOptionalValues_clearThem() {
    p.setBaseUri(URI.create("https://api.csol.io"));
    p.setUserAgentSuffix("recon/1");
    p.getProxy().setUri(URI.create("http://proxy.internal:3128"));
    p.setBaseUri(null);
    p.setUserAgentSuffix(null);
    p.getProxy().setUri(null);
    assertThat(p.getBaseUri()).isNull();
    assertThat(p.getUserAgentSuffix()).isNull();
    assertThat(p.getProxy().getUri()).isNull();
  }

  @Test
  void setters_refusedValues_nameThePropertyAndKeepTheOldValue() {
    assertThatThrownBy(() -> p.setMaxConnections(1001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("csol.max-connections: maxConnections must be 1..1000, was 1001");
    assertThat(p.getMaxConnections()).isEqualTo(50);
    assertThatThrownBy(() -> p.getTimeouts().setConnect(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("csol.timeouts.connect: ");
    assertThat(p.getTimeouts().getConnect()).isEqualTo(Duration.ofSeconds(10));
    assertThatThrownBy(() -> p.getTimeouts().setResponse(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("csol.timeouts.response: ");
    assertThat(p.getTimeouts().getResponse()).isEqualTo(Duration.ofSeconds(30));
    assertThatThrownBy(() -> p.getTimeouts().setCall(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("csol.timeouts.call: ");
    assertThat(p.getTimeouts().getCall()).isEqualTo(Duration.ofMinutes(2));
    assertThatThrownBy(() -> p.getTimeouts().setCall(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("csol.timeouts.call: ")
        .hasCauseInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> p.getRetry().setMaxAttempts(21))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("csol.retry.max-attempts: maxAttempts must be 1..20, was 21");
    assertThat(p.getRetry().getMaxAttempts()).isEqualTo(4);
    assertThatThrownBy(() -> p.getRetry().setMaxPacedRetries(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("csol.retry.max-paced-retries: maxPacedRetries must be 0..50, was -1");
    assertThat(p.getRetry().getMaxPacedRetries()).isEqualTo(8);
    assertThatThrownBy(() -> p.getRetry().setInitialBackoff(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("csol.retry.initial-backoff: ")
        .hasCauseInstanceOf(NullPointerException.class);
    assertThat(p.getRetry().getInitialBackoff()).isEqualTo(Duration.ofMillis(500));
    assertThatThrownBy(() -> p.getRetry().setMaxBackoff(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("csol.retry.max-backoff: ");
    assertThat(p.getRetry().getMaxBackoff()).isEqualTo(Duration.ofSeconds(30));
    assertThatThrownBy(() -> p.getCircuitBreaker().setFailureRateThreshold(100.5f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("csol.circuit-breaker.failure-rate-threshold: failureRateThreshold must be"
            + " in (0, 100], was 100.5");
    assertThat(p.getCircuitBreaker().getFailureRateThreshold()).isEqualTo(50f);
    assertThatThrownBy(() -> p.getCircuitBreaker().setSlidingWindowSize(1001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("csol.circuit-breaker.sliding-window-size: slidingWindowSize must be"
            + " 1..1000, was 1001");
    assertThat(p.getCircuitBreaker().getSlidingWindowSize()).isEqualTo(20);
    assertThatThrownBy(() -> p.getCircuitBreaker().setWaitInOpenState(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("csol.circuit-breaker.wait-in-open-state: ");
    assertThat(p.getCircuitBreaker().getWaitInOpenState()).isEqualTo(Duration.ofSeconds(30));
    assertThatThrownBy(() -> p.getProxy().setUri(URI.create("proxy.internal")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("csol.proxy.uri: ");
    assertThat(p.getProxy().getUri()).isNull();
    assertThatThrownBy(() -> p.getHealth().setTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("csol.health.timeout: ");
    assertThat(p.getHealth().getTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThatThrownBy(() -> p.setBaseUri(URI.create("https://user:pw@api.csol.io")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(p.getBaseUri()).isNull();
    assertThatThrownBy(() -> p.setUserAgentSuffix("\u00e9"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(p.getUserAgentSuffix()).isNull();
  }

  @Test
  void retryToOptions_boundValues_becomeTheClientsRetryOptions() {
    p.getRetry().setMaxAttempts(3);
    p.getRetry().setMaxPacedRetries(2);
    p.getRetry().setInitialBackoff(Duration.ofMillis(100));
    p.getRetry().setMaxBackoff(Duration.ofSeconds(2));
    RetryOptions options = p.getRetry().toOptions();
    assertThat(options.maxAttempts()).isEqualTo(3);
    assertThat(options.maxPacedRetries()).isEqualTo(2);
    assertThat(options.initialBackoff()).isEqualTo(Duration.ofMillis(100));
    assertThat(options.maxBackoff()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void retryToOptions_maxBackoffBelowInitial_failsNamingTheGroup() {
    p.getRetry().setInitialBackoff(Duration.ofSeconds(2));
    p.getRetry().setMaxBackoff(Duration.ofSeconds(1));
    assertThatThrownBy(() -> p.getRetry().toOptions())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("csol.retry: maxBackoff (PT1S) must be >= initialBackoff (PT2S)")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void circuitBreakerToOptions_enabledOrNot_becomesTheClientsOptions() {
    p.getCircuitBreaker().setFailureRateThreshold(80f);
    p.getCircuitBreaker().setSlidingWindowSize(5);
    p.getCircuitBreaker().setWaitInOpenState(Duration.ofSeconds(7));
    CircuitBreakerOptions on = p.getCircuitBreaker().toOptions();
    assertThat(on.enabled()).isTrue();
    assertThat(on.failureRateThreshold()).isEqualTo(80f);
    assertThat(on.slidingWindowSize()).isEqualTo(5);
    assertThat(on.waitInOpenState()).isEqualTo(Duration.ofSeconds(7));
    p.getCircuitBreaker().setEnabled(false);
    assertThat(p.getCircuitBreaker().toOptions().enabled()).isFalse();
  }

  @Test
  void toString_defaults_listsEveryGroup() {
    assertThat(p.toString()).isEqualTo("CsolProperties[enabled=true, baseUri=null,"
        + " credentials=CredentialSettings[clientId=null, clientSecret=null, username=null,"
        + " password=null, fromEnvironment=false],"
        + " timeouts=Timeouts[connect=PT10S, response=PT30S, call=PT2M],"
        + " retry=Retry[maxAttempts=4, maxPacedRetries=8, initialBackoff=PT0.5S,"
        + " maxBackoff=PT30S],"
        + " circuitBreaker=CircuitBreaker[enabled=true, failureRateThreshold=50.0,"
        + " slidingWindowSize=20, waitInOpenState=PT30S],"
        + " proxy=Proxy[uri=null, username=null, password=null],"
        + " security=Security[sslBundle=null, allowInsecureHttp=false, allowWireLogging=false],"
        + " health=Health[timeout=PT5S], maxConnections=50, userAgentSuffix=null]");
  }

  @Test
  void toString_secretsSet_maskedAsStars() {
    p.getCredentials().setClientSecret("cs-value");
    p.getCredentials().setPassword("pw-value");
    p.getProxy().setPassword("proxy-value");
    assertThat(p.getCredentials().toString()).contains("clientSecret=****")
        .contains("password=****").doesNotContain("cs-value").doesNotContain("pw-value");
    assertThat(p.getProxy().toString()).isEqualTo("Proxy[uri=null, username=null,"
        + " password=****]");
  }
}
