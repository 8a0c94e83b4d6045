package io.csol.sdk.statements;

import io.csol.sdk.core.DocumentSink;
import io.csol.sdk.testsupport.RecordingCaller;
import static io.csol.sdk.statements.StatementLineFields.DUE_DATE;
import static io.csol.sdk.statements.StatementLineFields.ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.ExportFormat;
import io.csol.sdk.core.Money;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.changes.ChangeBatch;
import io.csol.sdk.core.changes.SyncToken;
import io.csol.sdk.core.query.ExportRequest;
import io.csol.sdk.core.spi.ApiRequest;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each operation sends, checked with a recording caller (no server). */
class StatementsClientTest {
  private final RecordingCaller caller = new RecordingCaller();
  private final StatementsClient statements = StatementsClient.of(caller);

  @Test
  void lines_shortcuts_compileToExactFilter() {
    statements.listStatementLines().customerNumber("1000001").documentType(DocumentType.CREDIT_NOTE,
        DocumentType.PAYMENT).status(LineStatus.OPEN).currency("EUR").appliesTo("9100000001")
        .where(StatementLineFields.OPEN_AMOUNT.lt(Money.of("0", "EUR")))
        .sortBy(DUE_DATE.desc(), ID.asc()).pageSize(500).list();
    ApiRequest r = caller.last();
    assertThat(r.path()).isEqualTo("/v1/statements/lines");
    assertThat(r.tool()).isEqualTo(Tool.STATEMENTS);
    assertThat(r.query()).containsEntry("filter", "customerNumber eq '1000001'"
        + " and documentType in (CREDIT_NOTE, PAYMENT) and status eq OPEN"
        + " and currency eq 'EUR' and appliesTo eq '9100000001'"
        + " and (openAmount lt 0 and currency eq 'EUR')")
        .containsEntry("sort", "-dueDate,id").containsEntry("limit", "500");
  }

  @Test
  void lines_hostileValue_staysOneLiteral() {
    statements.listStatementLines().appliesTo("9' or customerNumber ne '0").list();
    assertThat(caller.last().query())
        .containsEntry("filter", "appliesTo eq '9'' or customerNumber ne ''0'");
  }

  @Test
  void summaries_allAndSearched() {
    statements.listStatementSummaries().list();
    assertThat(caller.last().path()).isEqualTo("/v1/statements/summaries");
    assertThat(caller.last().query()).isEmpty();
    statements.listStatementSummaries().customerNumber("1000001", "1000003").currency("USD").list();
    assertThat(caller.last().query()).containsEntry("filter",
        "customerNumber in ('1000001', '1000003') and currency eq 'USD'");
  }

  @Test
  void summaries_sortByCustomerNumberOrCurrency_sentAsTheSpecAllows() {
    // the spec and the sandbox sort summaries by both fields; the SDK used to refuse
    statements.listStatementSummaries()
        .sortBy(StatementSummaryFields.CURRENCY.desc(), StatementSummaryFields.CUSTOMER_NUMBER.asc())
        .list();
    assertThat(caller.last().query()).containsEntry("sort", "-currency,customerNumber");
    assertThat(StatementSummaryFields.all()).allMatch(f -> f.sortable());
  }

  @Test
  void appliesTo_isNotSortable() {
    assertThatThrownBy(() -> StatementLineFields.APPLIES_TO.desc())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not sortable");
  }

  @Test
  void readOperations_usePathsOfContract() {
    statements.getStatementLine("SL-000000001");
    assertThat(caller.last().path()).isEqualTo("/v1/statements/lines/SL-000000001");
    statements.getCreditNote("CN-1");
    assertThat(caller.last().path()).isEqualTo("/v1/credit-notes/CN-1");
    statements.getPayment("PAY-1");
    assertThat(caller.last().path()).isEqualTo("/v1/payments/PAY-1");
    statements.getStatementLineDocument("SL-000000001",
        DocumentSink.to(new ByteArrayOutputStream()));
    assertThat(caller.last().path()).isEqualTo("/v1/statements/lines/SL-000000001/document");
    assertThat(caller.last().accept()).isEqualTo("application/pdf");
    assertThat(caller.requests()).extracting(ApiRequest::tool).containsOnly(Tool.STATEMENTS);
  }

  @Test
  void invalidArguments_failBeforeAnyRequest() {
    assertThatThrownBy(() -> statements.getStatementLine(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> statements.getStatementLine("changes"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("route");
    assertThatThrownBy(() -> statements.getCreditNote(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number");
    assertThatThrownBy(() -> statements.getPayment(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number");
    assertThatThrownBy(() -> statements.getStatementLineDocument("SL-1", null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("sink");
    assertThatThrownBy(() -> statements.listStatementLines().currency("Euro"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ISO 4217");
    assertThatThrownBy(() -> statements.listStatementLines().documentType(DocumentType.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> statements.listStatementLines().pageSize(501))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> statements.listStatementLineChanges(null).batchSize(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..500");
    assertThat(caller.requests()).isEmpty();
  }

  @Test
  void export_fromSearch_takesFilterSortAndFormat() {
    StatementLineQuery search = statements.listStatementLines().status(LineStatus.OPEN).sortBy(ID.desc());
    statements.exportStatementLines(ExportRequest.of(search, ExportFormat.CSV),
        DocumentSink.to(new ByteArrayOutputStream()));
    ApiRequest r = caller.last();
    assertThat(r.path()).isEqualTo("/v1/statements/lines/export");
    assertThat(r.accept()).isEqualTo("text/csv");
    assertThat(r.query()).containsExactly(Map.entry("format", "csv"),
        Map.entry("filter", "status eq OPEN"), Map.entry("sort", "-id"));
  }

  @Test
  void changes_sendsSince() {
    caller.answeringJson("{\"data\":[],\"nextSince\":\"n2\",\"hasMore\":false}");
    ChangeBatch<StatementLine> b = statements.listStatementLineChanges(SyncToken.of("n1")).fetch();
    assertThat(caller.last().path()).isEqualTo("/v1/statements/lines/changes");
    assertThat(caller.last().query()).containsExactly(Map.entry("since", "n1"));
    assertThat(b.nextSince().value()).isEqualTo("n2");
  }

  @Test
  void everyOperation_requestNamesItsOperationIdAndPathTemplate() {
    caller.answeringJson("{\"data\":[],\"nextSince\":\"t9\",\"hasMore\":false}");
    statements.listStatementSummaries().list();
    statements.listStatementLines().list();
    statements.listStatementLineChanges(null).fetch();
    statements.exportStatementLines(ExportRequest.of(statements.listStatementLines(),
        ExportFormat.CSV), DocumentSink.to(new ByteArrayOutputStream()));
    statements.getStatementLineDocument("SL-1", DocumentSink.to(new ByteArrayOutputStream()));
    caller.answeringJson("{}");
    statements.getStatementLine("SL-1");
    statements.getCreditNote("CN-1");
    statements.getPayment("PAY-1");
    // the operationIds and paths of api/openapi.yaml, and nothing filled into a template
    assertThat(caller.requests()).extracting(r -> r.operation() + " " + r.method() + " "
        + r.pathTemplate()).containsExactly(
        "listStatementSummaries GET /v1/statements/summaries",
        "listStatementLines GET /v1/statements/lines",
        "listStatementLineChanges GET /v1/statements/lines/changes",
        "exportStatementLines GET /v1/statements/lines/export",
        "getStatementLineDocument GET /v1/statements/lines/{id}/document",
        "getStatementLine GET /v1/statements/lines/{id}",
        "getCreditNote GET /v1/credit-notes/{number}",
        "getPayment GET /v1/payments/{number}");
  }
}
