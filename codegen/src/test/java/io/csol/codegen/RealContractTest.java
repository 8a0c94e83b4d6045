package io.csol.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the generator over the real api/openapi.yaml with the tool modules' configurations and
 * checks what no golden can: the output stays small, imports only the JDK and sdk-core, and
 * keeps the public names the modules have always had.
 */
class RealContractTest {
  private static final Path SPEC = Path.of("../api/openapi.yaml");
  private static final Pattern IMPORT = Pattern.compile("(?m)^import ([\\w.]+);$");

  private static Map<String, String> generate(String pkg, List<String> schemas) throws Exception {
    Config config = new Config(Config.Target.SDK, pkg, schemas, List.of(), List.of(), List.of(),
        false, "api/openapi.yaml");
    return Generator.parse(Files.readString(SPEC, StandardCharsets.UTF_8), config).emit();
  }

  @Test
  void generate_invoicesConfiguration_writesTheModuleTypes() throws Exception {
    Map<String, String> files = generate("io.csol.sdk.invoices", List.of("Invoice", "DisputeReason"));
    assertThat(files.keySet()).map(k -> k.substring(k.lastIndexOf('/') + 1))
        .containsExactlyInAnyOrder("Invoice.java", "InvoiceLine.java", "ServicePeriod.java",
            "InvoiceStatus.java", "ApprovalStatus.java", "DisputeReason.java");
    assertThat(files.get("io/csol/sdk/invoices/InvoiceLine.java"))
        .contains("public record InvoiceLine(int lineNumber,", "BigDecimal quantity",
            "ServicePeriod servicePeriod");
    checkSizeAndImports(files);
  }

  @Test
  void generate_statementsConfiguration_writesTheModuleTypes() throws Exception {
    Map<String, String> files = generate("io.csol.sdk.statements",
        List.of("StatementLine", "StatementSummary", "CreditNote", "Payment"));
    assertThat(files.keySet()).map(k -> k.substring(k.lastIndexOf('/') + 1))
        .containsExactlyInAnyOrder("StatementLine.java", "StatementSummary.java", "Aging.java",
            "CreditNote.java", "Payment.java", "DocumentType.java", "LineStatus.java",
            "PaymentMethod.java");
    checkSizeAndImports(files);
  }

  @Test
  void generate_requestsConfiguration_referencesTheSharedSummaryOfSdkCore() throws Exception {
    Config config = new Config(Config.Target.SDK, "io.csol.sdk.requests",
        List.of("Request", "RequestMessage", "Attachment"), List.of(), List.of("requests"),
        List.of("createRequest", "addRequestMessage", "closeRequest"), true, "api/openapi.yaml");
    Map<String, String> files = Generator.parse(Files.readString(SPEC, StandardCharsets.UTF_8),
        config).emit();
    // x-csol-java.package: RequestSummary and the enums it names are sdk-core's, never copied
    assertThat(files.keySet()).map(k -> k.substring(k.lastIndexOf('/') + 1))
        .containsExactlyInAnyOrder("Request.java", "RequestContact.java", "RequestMessage.java",
            "MessageAuthor.java", "Attachment.java", "RequestFields.java",
            "CreateRequestRequest.java", "CreateRequestBody.java", "AddRequestMessageRequest.java",
            "AddRequestMessageBody.java", "CloseRequestRequest.java", "CloseRequestBody.java");
    assertThat(files.get("io/csol/sdk/requests/Request.java"))
        .contains("import io.csol.sdk.core.requests.RelatedRecord;",
            "import io.csol.sdk.core.requests.RequestCategory;", "RequestCategory category,");
    assertThat(files.get("io/csol/sdk/requests/RequestFields.java"))
        .contains("EnumField<RequestSummary, RequestStatus>");
    // a message's text is the property body(); the body record is toBody()
    assertThat(files.get("io/csol/sdk/requests/AddRequestMessageRequest.java"))
        .contains("public String body()", "AddRequestMessageBody toBody(List<String> uploadedIds)");
    assertThat(files.get("io/csol/sdk/requests/CreateRequestRequest.java"))
        .contains("{@link io.csol.sdk.core.requests.RequestCategory#UNKNOWN}",
            // x-csol-request.uploads: files the client uploads before the call
            "public List<AttachmentUpload> attachments()",
            "CreateRequestBody toBody(List<String> uploadedIds)",
            "attachmentIds and attachments together must hold at most ");
    checkSizeAndImports(files);
  }

  @Test
  void generate_sandboxConfiguration_writesTheBillingCatalogues() throws Exception {
    Config config = new Config(Config.Target.SANDBOX, "io.csol.sandbox.tools.billing", List.of(),
        List.of(), List.of("invoices", "statementLines", "statementSummaries"), List.of(), false,
        "api/openapi.yaml");
    Map<String, String> files = Generator.parse(Files.readString(SPEC, StandardCharsets.UTF_8),
        config).emit();
    assertThat(files.keySet()).map(k -> k.substring(k.lastIndexOf('/') + 1))
        .containsExactlyInAnyOrder("InvoicesCatalogue.java", "StatementLinesCatalogue.java",
            "StatementSummariesCatalogue.java");
    // the contract names enum schemas (StatementDocumentType), whose Java names differ (DocumentType)
    assertThat(files.get("io/csol/sandbox/tools/billing/StatementLinesCatalogue.java"))
        .contains("new Field(\"documentType\", FieldType.ENUM, true, false)",
            "DOCUMENT_TYPE_VALUES = Set.of(\"INVOICE\", \"CREDIT_NOTE\", \"PAYMENT\", \"ADJUSTMENT\")");
  }

  private static void checkSizeAndImports(Map<String, String> files) {
    for (Map.Entry<String, String> f : files.entrySet()) {
      assertThat(f.getValue().split("\n")).as("lines of " + f.getKey()).hasSizeLessThanOrEqualTo(400);
      Matcher m = IMPORT.matcher(f.getValue());
      while (m.find()) {
        String imported = m.group(1);
        assertThat(imported.startsWith("java.") || imported.startsWith("io.csol.sdk.core.")
            || imported.equals("javax.annotation.processing.Generated"))
            .as(f.getKey() + " imports " + imported + "; generated code may use the JDK and sdk-core only")
            .isTrue();
      }
    }
  }
}
