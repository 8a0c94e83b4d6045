package io.csol.sdk.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sdk.core.CallListener.CallInfo;
import io.csol.sdk.core.Tool;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

/** Tag values stay a bounded set: the status range at its limits, the operation fallback. */
class TaggingTest {

  @Test
  void status_100And599Kept_99And600Other_0None() {
    assertThat(Tagging.status(100)).isEqualTo("100");
    assertThat(Tagging.status(599)).isEqualTo("599");
    assertThat(Tagging.status(99)).isEqualTo("OTHER");
    assertThat(Tagging.status(600)).isEqualTo("OTHER");
    assertThat(Tagging.status(0)).isEqualTo("NONE");
  }

  @Test
  void operation_emptyOperationId_none() {
    assertThat(Tagging.operation(new CallInfo(Tool.INVOICES, "", "GET", "/v1/x", "r1"))).isEqualTo("NONE");
    assertThat(Tagging.operation(new CallInfo(Tool.INVOICES, "listInvoices", "GET", "/v1/invoices", "r1")))
        .isEqualTo("listInvoices");
    assertThat(Tagging.tool(new CallInfo(Tool.STATEMENTS, "", "GET", "/v1/x", "r1"))).isEqualTo("STATEMENTS");
  }

  @Test
  void toString_namesMetersAndTagsButNoCallData() {
    CsolMetrics metrics = CsolMetrics.builder(new SimpleMeterRegistry()).prefix("billing.csol")
        .commonTags(Tags.of("app", "billing")).build();
    assertThat(metrics.toString()).startsWith("CsolMetrics[billing.csol.calls, billing.csol.attempts, "
        + "billing.csol.retries, tags=").contains("app");
    assertThat(CsolObservations.of(ObservationRegistry.create()))
        .hasToString("CsolObservations[csol.client.call, inFlight=0]");
  }
}
