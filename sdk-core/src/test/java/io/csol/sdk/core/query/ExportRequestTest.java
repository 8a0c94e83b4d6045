package io.csol.sdk.core.query;

import static io.csol.sdk.core.query.SearchRequestTest.DUE_DATE;
import static io.csol.sdk.core.query.SearchRequestTest.NUMBER;
import static io.csol.sdk.core.query.SearchRequestTest.STATUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.ExportFormat;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.query.SearchRequestTest.InvoiceSearch;
import io.csol.sdk.core.query.SearchRequestTest.Status;
import io.csol.sdk.core.query.SearchRequestTest.StubCaller;
import io.csol.sdk.core.spi.ApiRequest;
import io.csol.sdk.core.spi.tool.ToolOperations;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportRequestTest {

  static final TextField<String> CURRENCY = TextField.<String>of("currency");

  private final StubCaller caller = new StubCaller();

  private InvoiceSearch search() {
    return new InvoiceSearch(caller);
  }

  @Test
  void export_fromSearch_takesFilterSortAndFormat() {
    RequestOptions options = RequestOptions.builder().timeout(Duration.ofSeconds(7)).build();
    InvoiceSearch search = search().where(STATUS.eq(Status.OPEN)).sortBy(DUE_DATE.desc())
        .options(options);
    ExportRequest<String> export = ExportRequest.of(search, ExportFormat.XLSX);
    search.where(CURRENCY.eq("EUR")); // later changes do not leak into the export
    ApiRequest r = ToolOperations.exportRequest(export, "/v1/invoices/export").build();
    assertThat(r.path()).isEqualTo("/v1/invoices/export");
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.accept()).isEqualTo(ExportFormat.XLSX.mediaType());
    assertThat(r.query()).containsExactly(Map.entry("format", "xlsx"),
        Map.entry("filter", "status eq OPEN"), Map.entry("sort", "-dueDate"));
    assertThat(r.options()).isEqualTo(options);
    assertThat(export.format()).isEqualTo(ExportFormat.XLSX);
    assertThat(export.options()).isEqualTo(options);
    assertThat(caller.sent).isEmpty();
  }

  @Test
  void exportBuilder_conditionsAddedToSearchFilter_areParenthesised() {
    ExportRequest<String> export = ExportRequest.of(search().where(STATUS.in(Status.OPEN, Status.OVERDUE)),
        ExportFormat.CSV).toBuilder().where(CURRENCY.eq("EUR")).build();
    assertThat(export.filter()).contains("(status in (OPEN, OVERDUE)) and (currency eq 'EUR')");
    ExportRequest<String> plain = ExportRequest.<String>builder().format(ExportFormat.CSV)
        .where(CURRENCY.eq("EUR")).sortBy(NUMBER.desc()).build();
    assertThat(plain.filter()).contains("currency eq 'EUR'");
    assertThat(plain.sort()).contains("-number");
    assertThatThrownBy(() -> ExportRequest.builder().build())
        .isInstanceOf(NullPointerException.class).hasMessageContaining("format");
  }

  @Test
  void export_validation_keepsMessages() {
    assertThatThrownBy(() -> ExportRequest.builder().format(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("format must not be null; accepted: CSV, XLSX");
    assertThatThrownBy(() -> ExportRequest.of(search(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("format must not be null; accepted: CSV, XLSX");
    assertThatThrownBy(() -> ExportRequest.of(null, ExportFormat.CSV))
        .isInstanceOf(NullPointerException.class).hasMessage("search must not be null");
    assertThatThrownBy(() -> ExportRequest.builder().sortBy())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("orders must hold 1..5 sort keys, was 0");
    SortOrder<String> key = NUMBER.asc();
    assertThatThrownBy(() -> ExportRequest.<String>builder().sortBy(key, key, key, key, key, key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("orders must hold 1..5 sort keys, was 6");
    assertThatThrownBy(() -> ExportRequest.builder().where(null))
        .isInstanceOf(NullPointerException.class).hasMessage("condition must not be null");
    assertThatThrownBy(() -> ExportRequest.builder().options(null))
        .isInstanceOf(NullPointerException.class).hasMessage("options must not be null");
  }

  @Test
  void toBuilder_keepsValues_andToStringShowsThem() {
    ExportRequest<String> export = ExportRequest.<String>builder().format(ExportFormat.CSV)
        .where(STATUS.eq(Status.OPEN)).sortBy(NUMBER.desc()).build();
    ExportRequest<String> copy = export.toBuilder().build();
    assertThat(copy.filter()).isEqualTo(export.filter());
    assertThat(copy.sort()).isEqualTo(export.sort());
    assertThat(copy.format()).isEqualTo(ExportFormat.CSV);
    assertThat(ToolOperations.exportRequest(
        ExportRequest.<String>builder().format(ExportFormat.CSV).build(), "/x")
        .build().query()).containsExactly(Map.entry("format", "csv"));
    assertThat(export.toString())
        .isEqualTo("ExportRequest[format=CSV, filter=status eq OPEN, sort=-number]");
  }
}
