package io.csol.sdk.core.access;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.CircuitBreakerOptions;
import io.csol.sdk.core.Credentials;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.RetryOptions;
import io.csol.sdk.core.Tool;
import org.junit.jupiter.api.Test;

/** find() checks the customer number itself, before any call (the port here answers nothing). */
class EntitlementsChecksTest {

  @Test
  void find_badCustomerNumber_rejectedBeforeAnyCall() {
    try (CsolClient client = CsolClient.builder().baseUri("http://127.0.0.1:1")
        .credentials(Credentials.clientCredentials("job", "secret-1".toCharArray()))
        .retry(RetryOptions.disabled()).circuitBreaker(CircuitBreakerOptions.disabled()).build()) {
      AccessClient access = AccessClient.of(client);
      for (String bad : new String[] {"12", "10000011", "100000a"}) {
        assertThatThrownBy(() -> Entitlements.find(access, Tool.INVOICES, bad))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("customerNumber must be 7 digits, e.g. 1000001");
      }
      assertThatThrownBy(() -> Entitlements.find(access, Tool.INVOICES, null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("customerNumber must not be null");
    }
  }
}
