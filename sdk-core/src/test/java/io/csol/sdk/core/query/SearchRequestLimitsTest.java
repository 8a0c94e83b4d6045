package io.csol.sdk.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.Tool;
import io.csol.sdk.core.paging.Page;
import io.csol.sdk.core.paging.PagedIterator;
import io.csol.sdk.core.paging.Positioned;
import io.csol.sdk.core.paging.ResumeToken;
import io.csol.sdk.core.query.SearchRequestTest.InvoiceSearch;
import io.csol.sdk.core.query.SearchRequestTest.StubCaller;
import io.csol.sdk.core.spi.ApiCaller;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** SearchRequest's limits at the limit and one past, its operation id, its entry points. */
class SearchRequestLimitsTest {
  private final StubCaller caller = new StubCaller();

  /** A search without an operation id (allowed: the SPI's generic lists). */
  static final class Anonymous extends SearchRequest<String, Anonymous> {
    Anonymous(ApiCaller caller, String operation) {
      super(caller, Tool.INVOICES, "/v1/invoices", operation, String.class);
    }
  }

  private String limitSent(InvoiceSearch search) {
    search.list().iterator().next();
    return caller.sent.get(0).query().get("limit");
  }

  @Test
  void pageSize_oneAndFiveHundred_acceptedAndSent() {
    assertThat(limitSent(new InvoiceSearch(caller).pageSize(1))).isEqualTo("1");
    caller.sent.clear();
    assertThat(limitSent(new InvoiceSearch(caller).pageSize(500))).isEqualTo("500");
  }

  @Test
  void maxResults_zeroRejected_oneAcceptedAndSentAsLimit() {
    assertThatThrownBy(() -> new InvoiceSearch(caller).maxResults(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxResults(max): max must be at least 1, was 0");
    assertThat(limitSent(new InvoiceSearch(caller).maxResults(1))).isEqualTo("1");
  }

  @Test
  void maxResults_belowTheDefaultPageSize_sentAsLimit_atItNoLimitIsSent() {
    assertThat(limitSent(new InvoiceSearch(caller).maxResults(99))).isEqualTo("99");
    caller.sent.clear();
    assertThat(limitSent(new InvoiceSearch(caller).maxResults(100))).isNull();
    caller.sent.clear();
    assertThat(limitSent(new InvoiceSearch(caller).maxResults(1000))).isNull();
  }

  @Test
  void includeTotalCount_sentAsTrue_otherwiseAbsent() {
    new InvoiceSearch(caller).includeTotalCount().list().iterator().next();
    new InvoiceSearch(caller).list().iterator().next();
    assertThat(caller.sent.get(0).query()).containsEntry("totalCount", "true");
    assertThat(caller.sent.get(1).query()).doesNotContainKey("totalCount");
  }

  @Test
  void operation_namedOnEveryRequest_emptyLeftUnset_invalidRejectedAtOnce() {
    new InvoiceSearch(caller).list().iterator().next();
    assertThat(caller.sent.get(0).operation()).isEqualTo("listInvoices");
    new Anonymous(caller, "").list().iterator().next();
    assertThat(caller.sent.get(1).operation()).isNotEqualTo("listInvoices");
    assertThatThrownBy(() -> new Anonymous(caller, "list invoices"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("operationId must be 1..100 ASCII letters and digits");
  }

  @Test
  void entryPoints_iteratorByPageAndPositions_sameItems() {
    Iterator<String> it = new InvoiceSearch(caller).iterator();
    List<String> items = new ArrayList<>();
    it.forEachRemaining(items::add);
    assertThat(items).containsExactly("i0a", "i0b", "i1a", "i1b", "i2a", "i2b");

    List<Page<String>> pages = new ArrayList<>();
    new InvoiceSearch(caller).byPage().forEach(pages::add);
    assertThat(pages).hasSize(3);
    assertThat(pages.get(1).items()).containsExactly("i1a", "i1b");

    List<Positioned<String>> positioned = new InvoiceSearch(caller).streamWithPositions()
        .collect(Collectors.toList());
    assertThat(positioned).extracting(Positioned::item).containsExactlyElementsOf(items);

    PagedIterator<String> first = new InvoiceSearch(caller).list().iterator();
    first.next();
    first.next();
    ResumeToken afterPageOne = first.resumeToken();
    List<Page<String>> rest = new ArrayList<>();
    new InvoiceSearch(caller).byPage(afterPageOne).forEach(rest::add);
    assertThat(rest).extracting(p -> p.items().get(0)).containsExactly("i1a", "i2a");
    assertThatThrownBy(() -> new InvoiceSearch(caller).byPage(null))
        .isInstanceOf(NullPointerException.class).hasMessage("byPage(token): token must not be null");
  }

  @Test
  void numberField_longOverloads_sameAsTheDecimalOnes() {
    NumberField<Object> q = NumberField.of("quantity");
    assertThat(q.eq(5).toExpression()).isEqualTo(q.eq(BigDecimal.valueOf(5)).toExpression())
        .isEqualTo("quantity eq 5");
    assertThat(q.ne(5).toExpression()).isEqualTo(q.ne(BigDecimal.valueOf(5)).toExpression());
    assertThat(q.gt(5).toExpression()).isEqualTo(q.gt(BigDecimal.valueOf(5)).toExpression());
    assertThat(q.ge(5).toExpression()).isEqualTo(q.ge(BigDecimal.valueOf(5)).toExpression());
    assertThat(q.lt(5).toExpression()).isEqualTo(q.lt(BigDecimal.valueOf(5)).toExpression());
    assertThat(q.le(5).toExpression()).isEqualTo(q.le(BigDecimal.valueOf(5)).toExpression());
    assertThat(q.asSortable().asc().toExpression()).isEqualTo("quantity");
  }

  @Test
  void dateTimeField_offsetOverloads_sameAsTheInstantOnes() {
    DateTimeField<Object> u = DateTimeField.of("updatedAt");
    OffsetDateTime t = OffsetDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneOffset.ofHours(2));
    Instant i = t.toInstant();
    assertThat(u.eq(t).toExpression()).isEqualTo(u.eq(i).toExpression());
    assertThat(u.ne(t).toExpression()).isEqualTo(u.ne(i).toExpression());
    assertThat(u.gt(t).toExpression()).isEqualTo(u.gt(i).toExpression());
    assertThat(u.ge(t).toExpression()).isEqualTo(u.ge(i).toExpression());
    assertThat(u.lt(t).toExpression()).isEqualTo(u.lt(i).toExpression());
    assertThat(u.le(t).toExpression()).isEqualTo(u.le(i).toExpression());
    assertThat(u.asSortable().desc().toExpression()).isEqualTo("-updatedAt");
    assertThatThrownBy(() -> u.lt((OffsetDateTime) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("updatedAt.lt(value): value must not be null");
  }
}
