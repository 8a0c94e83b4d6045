package io.csol.sandbox.tools.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sandbox.engine.FieldSpec;
import io.csol.sandbox.engine.ResourceSpec;
import io.csol.sandbox.spi.SandboxWorld;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link BillingSpecs} builds each engine spec from the generated catalogue plus hand-written
 * getters: a catalogued field without a getter (or a getter for a field the contract does not
 * declare) fails, and every getter returns a value of the catalogued shape (a list exactly for
 * list fields) on generated records.
 */
class BillingSpecsCatalogueTest {

  private static final StatementIndex INDEX = new StatementIndex(
      new BillingGenerator(42, 1, LocalDate.parse("2026-11-30"), new SandboxWorld()));

  @Test
  void fields_catalogueFieldWithoutGetter_failsNamingTheField() {
    Map<String, Function<Invoice, Object>> getters = new LinkedHashMap<>(BillingSpecs.invoiceGetters());
    getters.remove("openAmount");

    assertThatThrownBy(() -> BillingSpecs.fields(ResourceSpec.<Invoice>builder("invoices", Invoice::number),
        "invoices", BillingSpecs.invoiceFields(), getters))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("x-csol-collections.invoices declares field 'openAmount', which has no getter");
  }

  @Test
  void fields_getterOfAnUndeclaredField_fails() {
    Map<String, Function<Summary, Object>> getters = new LinkedHashMap<>(BillingSpecs.summaryGetters());
    getters.put("balance", s -> s.balance().decimal());

    assertThatThrownBy(() -> BillingSpecs.fields(ResourceSpec.<Summary>builder("statement-summaries", Summary::id),
        "statementSummaries", BillingSpecs.summaryFields(), getters))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[balance]").hasMessageContaining("does not declare");
  }

  @Test
  void invoices_everyCataloguedField_isOfferedWithAGetterOfItsShape() {
    assertOffered(BillingSpecs.invoices(), BillingSpecs.invoiceFields(), INDEX.entry(0).invoice());
  }

  @Test
  void statementLines_everyCataloguedField_isOfferedWithAGetterOfItsShape() {
    assertOffered(BillingSpecs.statementLines(), BillingSpecs.statementLineFields(), INDEX.line(0));
  }

  @Test
  void summaries_everyCataloguedField_isOfferedWithAGetterOfItsShape() {
    assertOffered(BillingSpecs.summaries(), BillingSpecs.summaryFields(),
        Summaries.compute(generator()).get(0));
  }

  @Test
  void generatedRecords_enumValues_areTheCataloguedOnes() {
    for (long k = 0; k < 500; k++) {
      Invoice invoice = INDEX.entry(k).invoice();
      assertThat(InvoicesCatalogue.STATUS_VALUES).as("invoice status").contains(invoice.status());
      assertThat(InvoicesCatalogue.APPROVAL_STATUS_VALUES).as("approval status").contains(invoice.approvalStatus());
      for (StatementLine line : INDEX.linesOf(k)) {
        assertThat(StatementLinesCatalogue.DOCUMENT_TYPE_VALUES).as("document type").contains(line.documentType());
        assertThat(StatementLinesCatalogue.STATUS_VALUES).as("line status").contains(line.status());
      }
    }
  }

  private static BillingGenerator generator() {
    return new BillingGenerator(42, 1, LocalDate.parse("2026-11-30"), new SandboxWorld());
  }

  private static <R> void assertOffered(ResourceSpec<R> spec, List<BillingSpecs.Catalogued> catalogue, R sample) {
    assertThat(catalogue).as(spec.name() + ": the generated catalogue is not empty").isNotEmpty();
    for (BillingSpecs.Catalogued field : catalogue) {
      FieldSpec<R> offered = spec.fields().get(field.name());
      assertThat(offered).as(spec.name() + ": field " + field.name()).isNotNull();
      assertThat(offered.type()).as(spec.name() + ": type of " + field.name()).isEqualTo(field.type());
      assertThat(offered.sortable()).as(spec.name() + ": sortable " + field.name()).isEqualTo(field.sortable());
      Object value = offered.valueOf(sample);
      if (field.list()) {
        assertThat(value).as(spec.name() + ": list field " + field.name()).isInstanceOf(List.class);
      } else {
        // may be null (absent), but never a list
        assertThat(value instanceof List).as(spec.name() + ": single-valued field " + field.name()).isFalse();
      }
    }
  }
}
