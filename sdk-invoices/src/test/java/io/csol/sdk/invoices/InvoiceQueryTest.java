package io.csol.sdk.invoices;

import io.csol.sdk.core.DocumentSink;
import io.csol.sdk.testsupport.RecordingCaller;
import static io.csol.sdk.invoices.InvoiceFields.DUE_DATE;
import static io.csol.sdk.invoices.InvoiceFields.NUMBER;
import static io.csol.sdk.invoices.InvoiceStatus.OPEN;
import static io.csol.sdk.invoices.InvoiceStatus.OVERDUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.ExportFormat;
import io.csol.sdk.core.Money;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.query.ExportRequest;
import io.csol.sdk.core.query.Filter;
import io.csol.sdk.core.spi.ApiRequest;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvoiceQueryTest {
  private final RecordingCaller caller = new RecordingCaller();
  private final InvoicesClient invoices = InvoicesClient.of(caller);

  private Map<String, String> queryOf(InvoiceQuery search) {
    search.list();
    ApiRequest r = caller.last();
    assertThat(r.path()).isEqualTo("/v1/invoices");
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.tool()).isEqualTo(Tool.INVOICES);
    return r.query();
  }

  @Test
  void search_briefExample_compilesToExactFilterAndSort() {
    Map<String, String> q = queryOf(invoices.listInvoices().status(OPEN, OVERDUE)
        .dueBefore(LocalDate.of(2026, 12, 1)).currency("EUR").sortBy(DUE_DATE.desc()));
    assertThat(q).containsEntry("filter",
            "status in (OPEN, OVERDUE) and dueDate lt 2026-12-01 and currency eq 'EUR'")
        .containsEntry("sort", "-dueDate");
  }

  @Test
  void search_everyShortcut_compilesInOrder() {
    Map<String, String> q = queryOf(invoices.listInvoices()
        .status(OPEN).approvalStatus(ApprovalStatus.PENDING, ApprovalStatus.APPROVED)
        .customerNumber("1000001", "1000002").country("SE").dueAfter(LocalDate.of(2026, 1, 1))
        .issuedBetween(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30))
        .openAmountAtLeast(Money.of("1000.50", "EUR")).purchaseOrderNumber("PO-1")
        .orderNumber("ORD-2").contractNumber("CTR-3").serialNumber("SN-78AB-0001")
        .sortBy(DUE_DATE.asc(), NUMBER.desc()).pageSize(250).includeTotalCount());
    assertThat(q.get("filter")).isEqualTo("status eq OPEN"
        + " and approvalStatus in (PENDING, APPROVED)"
        + " and customerNumber in ('1000001', '1000002') and country eq 'SE'"
        + " and dueDate gt 2026-01-01 and issueDate ge 2026-09-01 and issueDate le 2026-09-30"
        + " and (openAmount ge 1000.50 and currency eq 'EUR') and purchaseOrderNumber eq 'PO-1'"
        + " and orderNumbers eq 'ORD-2' and contractNumber eq 'CTR-3'"
        + " and lines.serialNumber eq 'SN-78AB-0001'");
    assertThat(q).containsEntry("sort", "dueDate,-number").containsEntry("limit", "250")
        .containsEntry("totalCount", "true");
  }

  @Test
  void search_hostileValue_staysOneLiteral() {
    Map<String, String> q = queryOf(invoices.listInvoices()
        .purchaseOrderNumber("x' or status eq 'PAID").customerNumber("1') or (1 eq 1"));
    assertThat(q.get("filter")).isEqualTo("purchaseOrderNumber eq 'x'' or status eq ''PAID'"
        + " and customerNumber eq '1'') or (1 eq 1'");
  }

  @Test
  void search_whereWithOr_isParenthesisedWhenAnded() {
    Map<String, String> q = queryOf(invoices.listInvoices().currency("EUR")
        .where(Filter.or(InvoiceFields.TOTAL.ge(Money.of("1000.00", "EUR")),
            InvoiceFields.CONTRACT_NUMBER.startsWith("CTR-")))
        .where(InvoiceFields.UPDATED_AT.ge(Instant.parse("2026-11-01T00:00:00Z"))));
    assertThat(q.get("filter")).isEqualTo("currency eq 'EUR'"
        + " and ((total ge 1000.00 and currency eq 'EUR') or contractNumber startswith 'CTR-')"
        + " and updatedAt ge 2026-11-01T00:00:00Z");
  }

  @Test
  void search_noConditions_sendsNoQueryParameters() {
    assertThat(queryOf(invoices.listInvoices())).isEmpty();
  }

  @Test
  void search_optionsAndFields_areCarried() {
    RequestOptions options = RequestOptions.builder().timeout(Duration.ofSeconds(5)).build();
    invoices.listInvoices().fields(NUMBER, InvoiceFields.OPEN_AMOUNT).options(options).list();
    assertThat(caller.last().query()).containsEntry("fields", "number,openAmount");
    assertThat(caller.last().options()).isSameAs(options);
  }

  @Test
  void search_invalidArguments_failBeforeAnyRequest() {
    assertThatThrownBy(() -> invoices.listInvoices().currency("eur"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ISO 4217");
    assertThatThrownBy(() -> invoices.listInvoices().country("SWE"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ISO 3166");
    assertThatThrownBy(() -> invoices.listInvoices().status())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> invoices.listInvoices().status(InvoiceStatus.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> invoices.listInvoices().issuedBetween(LocalDate.of(2026, 2, 1),
        LocalDate.of(2026, 1, 1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("to must not be before from");
    assertThatThrownBy(() -> invoices.listInvoices().pageSize(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 500");
    assertThatThrownBy(() -> invoices.listInvoices().pageSize(501))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> invoices.listInvoices().dueBefore(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("date");
    assertThatThrownBy(() -> InvoiceFields.PURCHASE_ORDER_NUMBER.asc())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not sortable");
    assertThat(caller.requests()).isEmpty();
  }

  @Test
  void export_fromSearch_takesFilterSortAndFormat() {
    InvoiceQuery search = invoices.listInvoices().status(OPEN).sortBy(DUE_DATE.desc());
    ExportRequest<Invoice> export = ExportRequest.of(search, ExportFormat.XLSX);
    search.currency("EUR"); // later changes do not leak into the export
    invoices.exportInvoices(export, DocumentSink.to(new ByteArrayOutputStream()));
    ApiRequest r = caller.last();
    assertThat(r.path()).isEqualTo("/v1/invoices/export");
    assertThat(r.tool()).isEqualTo(Tool.INVOICES);
    assertThat(r.accept()).isEqualTo(ExportFormat.XLSX.mediaType());
    assertThat(r.query()).containsExactly(Map.entry("format", "xlsx"),
        Map.entry("filter", "status eq OPEN"), Map.entry("sort", "-dueDate"));
  }
}
