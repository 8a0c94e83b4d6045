package io.csol.sdk.invoices;

import io.csol.sdk.core.DocumentSink;
import io.csol.sdk.testsupport.RecordingCaller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.ExportFormat;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.changes.ChangeBatch;
import io.csol.sdk.core.changes.SyncToken;
import io.csol.sdk.core.query.ExportRequest;
import io.csol.sdk.core.spi.ApiRequest;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each operation sends, checked with a recording caller (no server). */
class InvoicesClientTest {
  private final RecordingCaller caller = new RecordingCaller();
  private final InvoicesClient invoices = InvoicesClient.of(caller);

  @Test
  void get_number_isOnePercentEncodedSegment() {
    invoices.getInvoice("91:00 1");
    ApiRequest r = caller.last();
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.path()).isEqualTo("/v1/invoices/91%3A00%201");
    assertThat(r.tool()).isEqualTo(Tool.INVOICES);
  }

  @Test
  void get_invalidNumber_failsBeforeAnyRequest() {
    assertThatThrownBy(() -> invoices.getInvoice(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("number");
    assertThatThrownBy(() -> invoices.getInvoice("  ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("number");
    assertThatThrownBy(() -> invoices.getInvoice("export")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("route");
    assertThatThrownBy(() -> invoices.getInvoice("..")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> invoices.getInvoice("../../escaped"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one path segment");
    assertThatThrownBy(() -> invoices.getInvoice("9100000001", null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("options");
    assertThatThrownBy(() -> invoices.getInvoiceImage("", DocumentSink.toFile(Path.of("x.pdf"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number");
    assertThatThrownBy(() -> invoices.getInvoiceImage("1", null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("sink");
    assertThatThrownBy(() -> invoices.forwardInvoice(null)).isInstanceOf(NullPointerException.class);
    assertThat(caller.requests()).isEmpty();
  }

  @Test
  void downloadImage_asksForPdf() {
    invoices.getInvoiceImage("9100000001", DocumentSink.to(new ByteArrayOutputStream()));
    assertThat(caller.last().path()).isEqualTo("/v1/invoices/9100000001/image");
    assertThat(caller.last().accept()).isEqualTo("application/pdf");
  }

  @Test
  void forward_sendsRecipientsAndMessage() {
    invoices.forwardInvoice(ForwardInvoiceRequest.builder().invoiceNumber("9100000001")
        .recipients("a@example.com", "b@example.com").message("fyi").build());
    ApiRequest r = caller.last();
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/v1/invoices/9100000001/forward");
    assertThat(caller.lastBodyJson())
        .contains("{\"recipients\":[\"a@example.com\",\"b@example.com\"],\"message\":\"fyi\"}");
  }

  @Test
  void approveAndDispute_carryBusinessIdempotencyKey() {
    RequestOptions key = RequestOptions.builder().idempotencyKey("dispute-9100000001").build();
    invoices.disputeInvoice(DisputeInvoiceRequest.builder().invoiceNumber("9100000001")
        .reason(DisputeReason.NOT_RECEIVED).details("never arrived").build(), key);
    ApiRequest r = caller.last();
    assertThat(r.path()).isEqualTo("/v1/invoices/9100000001/dispute");
    assertThat(caller.lastBodyJson())
        .contains("{\"reason\":\"NOT_RECEIVED\",\"details\":\"never arrived\"}");
    assertThat(r.options().idempotencyKey()).contains("dispute-9100000001");

    invoices.approveInvoice(ApproveInvoiceRequest.of("9100000002"));
    assertThat(caller.last().path()).isEqualTo("/v1/invoices/9100000002/approve");
    assertThat(caller.lastBodyJson()).contains("{}");
    invoices.approveInvoice(ApproveInvoiceRequest.builder().invoiceNumber("9100000002").comment("ok").build());
    assertThat(caller.lastBodyJson()).contains("{\"comment\":\"ok\"}");
  }

  @Test
  void changes_sendsSinceAndLimitOnlyWhenGiven() {
    caller.answeringJson("{\"data\":[],\"nextSince\":\"t9\",\"hasMore\":false}");
    ChangeBatch<Invoice> batch = invoices.listInvoiceChanges(null).fetch();
    assertThat(caller.last().path()).isEqualTo("/v1/invoices/changes");
    assertThat(caller.last().query()).isEmpty();
    assertThat(batch.nextSince()).isEqualTo(SyncToken.of("t9"));

    invoices.listInvoiceChanges(SyncToken.of("t9")).batchSize(200).fetch();
    assertThat(caller.last().query()).containsExactly(Map.entry("since", "t9"),
        Map.entry("limit", "200"));
    assertThat(caller.last().tool()).isEqualTo(Tool.INVOICES);
  }

  @Test
  void changes_isLazy() {
    invoices.listInvoiceChanges(null);
    assertThat(caller.requests()).isEmpty();
  }

  @Test
  void everyOperation_requestNamesItsOperationIdAndPathTemplate() {
    caller.answeringJson("{\"data\":[],\"nextSince\":\"t9\",\"hasMore\":false}");
    invoices.getInvoice("9100000001");
    invoices.listInvoices().list();
    invoices.exportInvoices(ExportRequest.of(invoices.listInvoices(), ExportFormat.CSV),
        DocumentSink.to(new ByteArrayOutputStream()));
    invoices.getInvoiceImage("9100000001", DocumentSink.to(new ByteArrayOutputStream()));
    invoices.listInvoiceChanges(null).fetch();
    caller.answeringJson("{}");
    invoices.forwardInvoice(ForwardInvoiceRequest.builder().invoiceNumber("9100000001")
        .recipients("a@example.com").build());
    invoices.approveInvoice(ApproveInvoiceRequest.builder().invoiceNumber("9100000001").build());
    invoices.disputeInvoice(DisputeInvoiceRequest.builder().invoiceNumber("9100000001")
        .reason(DisputeReason.NOT_RECEIVED).details("never arrived").build());
    // the operationIds and paths of api/openapi.yaml, and nothing filled into a template
    assertThat(caller.requests()).extracting(r -> r.operation() + " " + r.method() + " "
        + r.pathTemplate()).containsExactly(
        "getInvoice GET /v1/invoices/{number}",
        "listInvoices GET /v1/invoices",
        "exportInvoices GET /v1/invoices/export",
        "getInvoiceImage GET /v1/invoices/{number}/image",
        "listInvoiceChanges GET /v1/invoices/changes",
        "forwardInvoice POST /v1/invoices/{number}/forward",
        "approveInvoice POST /v1/invoices/{number}/approve",
        "disputeInvoice POST /v1/invoices/{number}/dispute");
  }
}
