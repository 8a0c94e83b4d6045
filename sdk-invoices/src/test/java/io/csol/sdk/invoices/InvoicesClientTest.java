package io.csol.sdk.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.changes.ChangeBatch;
import io.csol.sdk.core.changes.SyncToken;
import io.csol.sdk.core.spi.ApiRequest;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each operation sends, checked with a recording caller (no server). */
class InvoicesClientTest {
  private final RecordingCaller caller = new RecordingCaller();
  private final InvoicesClient invoices = InvoicesClient.of(caller);

  @Test
  void get_number_isOnePercentEncodedSegment() {
    invoices.get("91:00 1");
    ApiRequest r = caller.last();
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.path()).isEqualTo("/v1/invoices/91%3A00%201");
    assertThat(r.tool()).isEqualTo(Tool.INVOICES);
  }

  @Test
  void get_invalidNumber_failsBeforeAnyRequest() {
    assertThatThrownBy(() -> invoices.get(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("number");
    assertThatThrownBy(() -> invoices.get("  ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("number");
    assertThatThrownBy(() -> invoices.get("export")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("route");
    assertThatThrownBy(() -> invoices.get("..")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> invoices.get("../../escaped"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one path segment");
    assertThatThrownBy(() -> invoices.get("9100000001", null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("options");
    assertThatThrownBy(() -> invoices.downloadImage("", Path.of("x.pdf")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number");
    assertThatThrownBy(() -> invoices.downloadImage("1", (Path) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("target");
    assertThatThrownBy(() -> invoices.forward(null)).isInstanceOf(NullPointerException.class);
    assertThat(caller.requests).isEmpty();
  }

  @Test
  void downloadImage_asksForPdf() {
    invoices.downloadImage("9100000001", new ByteArrayOutputStream());
    assertThat(caller.last().path()).isEqualTo("/v1/invoices/9100000001/image");
    assertThat(caller.last().accept()).isEqualTo("application/pdf");
  }

  @Test
  void forward_sendsRecipientsAndMessage() {
    invoices.forward(ForwardRequest.builder().invoiceNumber("9100000001")
        .recipients("a@example.com", "b@example.com").message("fyi").build());
    ApiRequest r = caller.last();
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/v1/invoices/9100000001/forward");
    assertThat(r.body()).contains(Map.of("recipients", List.of("a@example.com", "b@example.com"),
        "message", "fyi"));
  }

  @Test
  void approveAndDispute_carryBusinessIdempotencyKey() {
    RequestOptions key = RequestOptions.builder().idempotencyKey("dispute-9100000001").build();
    invoices.dispute(DisputeRequest.builder().invoiceNumber("9100000001")
        .reason(DisputeReason.NOT_RECEIVED).details("never arrived").build(), key);
    ApiRequest r = caller.last();
    assertThat(r.path()).isEqualTo("/v1/invoices/9100000001/dispute");
    assertThat(r.body()).contains(Map.of("reason", "NOT_RECEIVED", "details", "never arrived"));
    assertThat(r.options().idempotencyKey()).contains("dispute-9100000001");

    invoices.approve(ApproveRequest.of("9100000002"));
    assertThat(caller.last().path()).isEqualTo("/v1/invoices/9100000002/approve");
    assertThat(caller.last().body()).contains(Map.of());
    invoices.approve(ApproveRequest.builder().invoiceNumber("9100000002").comment("ok").build());
    assertThat(caller.last().body()).contains(Map.of("comment", "ok"));
  }

  @Test
  void changes_sendsSinceAndLimitOnlyWhenGiven() {
    caller.answeringJson("{\"data\":[],\"nextSince\":\"t9\",\"hasMore\":false}");
    ChangeBatch<Invoice> batch = invoices.changes(null).fetch();
    assertThat(caller.last().path()).isEqualTo("/v1/invoices/changes");
    assertThat(caller.last().query()).isEmpty();
    assertThat(batch.nextSince()).isEqualTo(SyncToken.of("t9"));

    invoices.changes(SyncToken.of("t9")).batchSize(200).fetch();
    assertThat(caller.last().query()).containsExactly(Map.entry("since", "t9"),
        Map.entry("limit", "200"));
    assertThat(caller.last().tool()).isEqualTo(Tool.INVOICES);
  }

  @Test
  void changes_isLazy() {
    invoices.changes(null);
    assertThat(caller.requests).isEmpty();
  }
}
