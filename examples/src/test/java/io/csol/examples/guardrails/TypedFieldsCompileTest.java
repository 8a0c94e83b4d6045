package io.csol.examples.guardrails;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sdk.core.CsolClient;
import io.csol.sdk.invoices.InvoicesClient;
import io.csol.sdk.statements.StatementsClient;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the compile-time half of the typed fields: a field is tied to its collection's record
 * type ({@code TextField<Invoice>}, {@code Filter<StatementLine>}), and a query or export of
 * invoices accepts only {@code Filter<Invoice>} and {@code SortOrder<Invoice>}, so a
 * statement-line field in an invoice query is a compile error, not a 400 at run time.
 *
 * <p>Each snippet is compiled in-process against the SDK's classes; the positive control
 * compiles, so a failing negative case fails because of the type, not the harness.
 */
class TypedFieldsCompileTest {

  @TempDir
  Path out;

  @Test
  void invoiceQuery_invoiceFields_compile() {
    assertThat(errors("""
        InvoicesClient.of(csol).listInvoices()
            .where(InvoiceFields.STATUS.eq(InvoiceStatus.OPEN))
            .where(InvoiceFields.TOTAL.ge(Money.of("1000.00", "EUR")))
            .sortBy(InvoiceFields.DUE_DATE.desc())
            .fields(InvoiceFields.NUMBER);
        ExportRequest.<Invoice>builder().format(ExportFormat.CSV)
            .where(InvoiceFields.COUNTRY.eq("SE")).sortBy(InvoiceFields.NUMBER.asc()).build();
        """)).isEmpty();
  }

  @Test
  void invoiceQuery_statementLineFilter_doesNotCompile() {
    assertThat(errors("""
        InvoicesClient.of(csol).listInvoices()
            .where(StatementLineFields.STATUS.eq(LineStatus.OPEN));
        """)).singleElement().asString().contains("StatementLine").contains("Invoice");
  }

  @Test
  void invoiceQuery_statementLineSortOrField_doesNotCompile() {
    assertThat(errors("""
        InvoicesClient.of(csol).listInvoices().sortBy(StatementLineFields.DUE_DATE.asc());
        """)).isNotEmpty();
    assertThat(errors("""
        InvoicesClient.of(csol).listInvoices().fields(StatementLineFields.ID);
        """)).isNotEmpty();
  }

  @Test
  void invoiceExport_statementLineFilter_doesNotCompile() {
    assertThat(errors("""
        InvoicesClient.of(csol).exportInvoices(ExportRequest.<Invoice>builder()
            .format(ExportFormat.CSV).where(StatementLineFields.CURRENCY.eq("EUR")).build(),
            DocumentSink.toFile(java.nio.file.Path.of("x.csv")));
        """)).isNotEmpty();
    assertThat(errors("""
        InvoicesClient.of(csol).exportInvoices(ExportRequest.<StatementLine>builder()
            .format(ExportFormat.CSV).build(), DocumentSink.toFile(java.nio.file.Path.of("x.csv")));
        """)).isNotEmpty();
  }

  @Test
  void moneyField_amountOnlyComparison_doesNotCompile() {
    assertThat(errors("""
        InvoiceFields.TOTAL.ge(new java.math.BigDecimal("1000.00"));
        """)).isNotEmpty();
  }

  /** Compiles {@code body} inside a method that has a {@code CsolClient csol}; returns errors. */
  private List<String> errors(String body) {
    String source = """
        import io.csol.sdk.core.*;
        import io.csol.sdk.core.query.*;
        import io.csol.sdk.invoices.*;
        import io.csol.sdk.statements.*;

        class Snippet {
          void run(CsolClient csol) {
        """ + body + """
          }
        }
        """;
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    String classpath = Stream.of(CsolClient.class, InvoicesClient.class, StatementsClient.class)
        .map(TypedFieldsCompileTest::location).distinct().collect(Collectors.joining(File.pathSeparator));
    boolean ok = javac.getTask(null, null, diagnostics,
        List.of("-proc:none", "-classpath", classpath, "-d", out.toString()), null,
        List.of(new Source(source))).call();
    List<String> errors = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
    assertThat(ok).as("compiled without errors, errors=" + errors).isEqualTo(errors.isEmpty());
    return errors;
  }

  private static String location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An in-memory source file. */
  private static final class Source extends SimpleJavaFileObject {
    private final String code;

    Source(String code) {
      super(URI.create("string:///Snippet.java"), Kind.SOURCE);
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
