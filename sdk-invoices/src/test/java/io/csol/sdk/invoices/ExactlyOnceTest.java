package io.csol.sdk.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sandbox.Faults;
import io.csol.sandbox.Journal;
import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.junit.SandboxExtension;
import io.csol.sdk.core.Credentials;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.RetryOptions;
import io.csol.sdk.core.error.CsolException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Exactly-once under lost responses, with the circuit breaker on its defaults: every failed
 * state-changing call says truthfully whether it may have been applied, and re-sending the failed
 * ones with the key their exception carries gives exactly one effect per call.
 */
class ExactlyOnceTest {
  @RegisterExtension
  static SandboxExtension sandbox = SandboxExtension.builder().seed(42).build();

  private static final int N = 100;
  private static final String FORWARD = "/v1/invoices/*/forward";

  @Test
  void forward_responsesLostAfterTheEffect_resendingFailuresWithTheirKeyGivesExactlyNEffects() {
    SandboxServer server = sandbox.server();
    // half the forwards take effect and lose their answer; a tenth never reach the handler
    server.faults().set(List.of(
        Faults.Rule.of(FORWARD, Faults.Kind.RESET_AFTER_HANDLER).probability(0.5),
        Faults.Rule.of(FORWARD, Faults.Kind.RESET).probability(0.1)));
    // a forward is not idempotent by itself: each applied one records another forward
    long before = server.journal().applied("POST", FORWARD);
    try (CsolClient csol = CsolClient.builder().baseUri(server.baseUri())
        .credentials(Credentials.clientCredentials("recon-job", "recon-secret-1".toCharArray()))
        .retry(RetryOptions.builder().initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(4))
            .build())
        .build()) { // circuit breaker: defaults
      InvoicesClient invoices = InvoicesClient.of(csol);
      String number = invoices.listInvoices().pageSize(1).stream().findFirst().orElseThrow().number();
      ForwardInvoiceRequest request = ForwardInvoiceRequest.builder().invoiceNumber(number).recipients("ap@example.com")
          .build();

      List<CsolException> failures = new ArrayList<>();
      for (int i = 0; i < N; i++) {
        try {
          invoices.forwardInvoice(request);
        } catch (CsolException e) {
          failures.add(e);
        }
      }

      assertThat(failures).as("some calls ran out of attempts").isNotEmpty();
      int appliedButFailed = 0;
      for (CsolException e : failures) {
        String key = e.idempotencyKey().orElseThrow(() -> new AssertionError("no key in " + e));
        boolean applied = server.journal().withIdempotencyKey(key).stream()
            .anyMatch(entry -> entry.outcome() == Journal.Outcome.APPLIED);
        if (applied) {
          // the one thing a caller must never be told: "not applied" when it was
          assertThat(e.mayHaveBeenApplied()).as("an applied call must say so: %s", e).isTrue();
          assertThat(e.attemptsSent()).isPositive();
          appliedButFailed++;
        }
      }
      assertThat(appliedButFailed).as("failed calls whose effect did take place").isPositive();

      server.faults().clear();
      for (CsolException e : failures) {
        invoices.forwardInvoice(request, RequestOptions.builder().idempotencyKey(e.idempotencyKey().get()).build());
      }
    }

    List<Journal.Entry> applied = server.journal().find("POST", FORWARD).stream()
        .filter(e -> e.outcome() == Journal.Outcome.APPLIED).toList();
    assertThat(applied.size() - before).as("effects").isEqualTo(N);
    Set<String> keys = applied.stream().map(Journal.Entry::idempotencyKey).collect(Collectors.toSet());
    assertThat(keys).as("one effect per key").hasSize(applied.size());
  }
}
