package io.csol.sdk.statements;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sdk.core.DocumentInfo;
import io.csol.sdk.core.DocumentSink;
import io.csol.sdk.core.ExportFormat;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.query.ExportRequest;
import io.csol.sdk.core.query.Field;
import io.csol.sdk.testsupport.RecordingCaller;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** One-value shortcuts, the field lists and what the export operations return. */
class StatementsShortcutsTest {
  private final RecordingCaller caller = new RecordingCaller();
  private final StatementsClient statements = StatementsClient.of(caller);

  @Test
  void documentType_oneType_eqNotIn() {
    statements.listStatementLines().documentType(DocumentType.PAYMENT).list();
    assertThat(caller.last().query()).containsEntry("filter", "documentType eq PAYMENT");
  }

  @Test
  void summaryCustomerNumber_oneNumber_eqNotIn() {
    statements.listStatementSummaries().customerNumber("1000001").list();
    assertThat(caller.last().query()).containsEntry("filter", "customerNumber eq '1000001'");
  }

  @Test
  void fieldsAll_everyFieldInContractOrder() {
    assertThat(StatementSummaryFields.all()).extracting(Field::name)
        .containsExactly("customerNumber", "currency");
    assertThat(StatementLineFields.all()).extracting(Field::name).containsExactly("id", "customerNumber",
        "currency", "documentType", "documentNumber", "documentDate", "dueDate", "amount", "openAmount",
        "status", "appliesTo");
  }

  @Test
  void exportStatementLines_bothOverloads_returnWhatTheDownloadReported() {
    ExportRequest<StatementLine> request = ExportRequest.of(statements.listStatementLines(), ExportFormat.CSV);
    DocumentInfo info = statements.exportStatementLines(request, DocumentSink.to(new ByteArrayOutputStream()));
    assertThat(info).isNotNull();
    assertThat(info.contentType()).isEqualTo("application/pdf");
    DocumentInfo withOptions = statements.exportStatementLines(request,
        DocumentSink.to(new ByteArrayOutputStream()), RequestOptions.builder().timeout(Duration.ofSeconds(5)).build());
    assertThat(withOptions).isNotNull();
    assertThat(caller.last().options().timeout()).contains(Duration.ofSeconds(5));
  }
}
