package io.csol.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sandbox.internal.CallJournal;
import io.csol.sandbox.internal.FaultHook;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The internals see {@link Faults} and {@link Journal} through {@link FaultHook} and
 * {@link CallJournal} (so the packages have no cycle); the adapters must lose nothing.
 */
class PipelineHooksTest {

  @Test
  void faultKinds_internalAndPublic_haveTheSameConstants() {
    assertThat(Arrays.stream(FaultHook.Kind.values()).map(Enum::name))
        .containsExactlyElementsOf(Arrays.stream(Faults.Kind.values()).map(Enum::name).toList());
  }

  @Test
  void outcomes_internalAndPublic_haveTheSameConstants() {
    assertThat(Arrays.stream(CallJournal.Outcome.values()).map(Enum::name))
        .containsExactlyElementsOf(Arrays.stream(Journal.Outcome.values()).map(Enum::name).toList());
  }

  @Test
  void hook_statusRule_passesKindStatusRetryAfterAndLatency() {
    Faults faults = new Faults(1);
    faults.add(Faults.Rule.status("/v1/me", 503).retryAfter(7).times(1));
    faults.add(Faults.Rule.latency("/v1/me", java.time.Duration.ofMillis(25)).times(1));

    FaultHook.Decision decision = faults.hook().decide("/v1/me");

    assertThat(decision.latencyMillis()).isEqualTo(25);
    assertThat(decision.terminal()).isEqualTo(new FaultHook.Fault(FaultHook.Kind.STATUS, 503, 7, 0));
    assertThat(faults.hook().decide("/v1/me")).isEqualTo(FaultHook.Decision.NONE);
  }

  @Test
  void sink_call_isRecordedAsAnEqualJournalEntry() {
    Journal journal = new Journal();
    Instant time = Instant.parse("2026-12-01T10:00:00Z");
    Map<String, List<String>> headers = Map.of("Accept", List.of("application/json"));

    journal.sink().record(new CallJournal.Call(time, "POST", "/v1/invoices/9100000001/approve", "a=1", "req-1",
        "key-1", "dana", 200, CallJournal.Outcome.REPLAYED, "SLOW_BODY", headers));

    assertThat(journal.entries()).containsExactly(new Journal.Entry(time, "POST", "/v1/invoices/9100000001/approve",
        "a=1", "req-1", "key-1", "dana", 200, Journal.Outcome.REPLAYED, "SLOW_BODY", headers));
  }
}
