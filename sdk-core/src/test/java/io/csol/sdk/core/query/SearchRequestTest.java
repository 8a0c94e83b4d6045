package io.csol.sdk.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.DocumentInfo;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.paging.Page;
import io.csol.sdk.core.paging.PagedIterable;
import io.csol.sdk.core.paging.PagedIterator;
import io.csol.sdk.core.paging.ResumeToken;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.ApiRequest;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

  enum Status { OPEN, OVERDUE, UNKNOWN }

  static final TextField<String> NUMBER = TextField.<String>of("number").asSortable();
  static final DateField<String> DUE_DATE = DateField.<String>of("dueDate").asSortable();
  static final MoneyField<String> TOTAL = MoneyField.<String>of("total", "currency").asSortable();
  static final EnumField<String, Status> STATUS = EnumField.<String, Status>of("status", Status.class).asSortable();
  static final TextField<String> SERIAL = TextField.<String>of("lines.serialNumber");

  /** What a tool module writes. */
  static final class InvoiceSearch extends SearchRequest<String, InvoiceSearch> {
    InvoiceSearch(ApiCaller caller) {
      super(caller, Tool.INVOICES, "/v1/invoices", "listInvoices", String.class);
    }
  }

  /** Serves 3 pages of 2 items and records every page request, as the pipeline would send it. */
  static final class StubCaller implements ApiCaller {
    final List<ApiRequest> sent = Collections.synchronizedList(new ArrayList<>());

    @Override
    public <T> PagedIterable<T> paged(ApiRequest firstPage, Class<T> itemType) {
      Map<String, String> sorted = new TreeMap<>(firstPage.query());
      sorted.remove("limit"); // as the pipeline's fingerprint: a token is a position, not a size
      return PagedIterable.create(firstPage.method() + " " + firstPage.path() + " " + sorted, cursor -> {
        ApiRequest request = cursor == null ? firstPage : firstPage.toBuilder().query("cursor", cursor).build();
        sent.add(request);
        int index = cursor == null ? 0 : Integer.parseInt(cursor);
        List<T> items = List.of(itemType.cast("i" + index + "a"), itemType.cast("i" + index + "b"));
        return Page.of(items, index < 2 ? String.valueOf(index + 1) : null, null);
      });
    }

    @Override
    public <T> T call(ApiRequest request, Class<T> type) {
      throw new AssertionError("not used");
    }

    @Override
    public <T> T call(ApiRequest request, Type type) {
      throw new AssertionError("not used");
    }

    @Override
    public <T> Page<T> callForPage(ApiRequest request, Class<T> itemType) {
      throw new AssertionError("not used");
    }

    @Override
    public DocumentInfo download(ApiRequest request, OutputStream sink) {
      throw new AssertionError("not used");
    }

    @Override
    public DocumentInfo download(ApiRequest request, Path target) {
      throw new AssertionError("not used");
    }
  }

  private final StubCaller caller = new StubCaller();

  @Test
  void list_fullQuery_sendsSameParametersOnEveryPage() {
    RequestOptions options = RequestOptions.builder().timeout(Duration.ofSeconds(5)).build();
    PagedIterable<String> result = new InvoiceSearch(caller)
        .where(STATUS.in(Status.OPEN, Status.OVERDUE))
        .where(SERIAL.eq("SN-1"))
        .sortBy(DUE_DATE.desc(), NUMBER.asc())
        .fields(NUMBER, TOTAL)
        .pageSize(2)
        .includeTotalCount()
        .options(options)
        .list();
    assertThat(caller.sent).isEmpty();

    List<String> items = result.stream().collect(Collectors.toList());

    assertThat(items).containsExactly("i0a", "i0b", "i1a", "i1b", "i2a", "i2b");
    assertThat(caller.sent).hasSize(3);
    Map<String, String> expected = Map.of(
        "filter", "status in (OPEN, OVERDUE) and lines.serialNumber eq 'SN-1'",
        "sort", "-dueDate,number",
        "fields", "number,total",
        "limit", "2",
        "totalCount", "true");
    for (ApiRequest request : caller.sent) {
      Map<String, String> withoutCursor = new HashMap<>(request.query());
      withoutCursor.remove("cursor");
      assertThat(withoutCursor).isEqualTo(expected);
      assertThat(request.method()).isEqualTo("GET");
      assertThat(request.path()).isEqualTo("/v1/invoices");
      assertThat(request.tool()).isEqualTo(Tool.INVOICES);
      assertThat(request.options()).isSameAs(options);
    }
    assertThat(caller.sent.stream().map(r -> r.query().get("cursor"))).containsExactly(null, "1", "2");
  }

  @Test
  void list_noConditions_sendsNoQueryParameters() {
    new InvoiceSearch(caller).list().iterator().next();
    assertThat(caller.sent.get(0).query()).isEmpty();
  }

  @Test
  void list_builderChangedAfterwards_doesNotChangeReturnedIterable() {
    InvoiceSearch search = new InvoiceSearch(caller).where(NUMBER.eq("1")).pageSize(10);
    PagedIterable<String> snapshot = search.list();
    search.where(STATUS.eq(Status.OPEN)).pageSize(20).sortBy(NUMBER.desc()).includeTotalCount();

    snapshot.forEach(item -> { });

    assertThat(caller.sent).allSatisfy(r -> {
      assertThat(r.query()).containsEntry("filter", "number eq '1'").containsEntry("limit", "10");
      assertThat(r.query()).doesNotContainKeys("sort", "totalCount");
    });
  }

  @Test
  void resumeFrom_tokenOfSameQuery_continuesAfterLastItem() {
    InvoiceSearch search = new InvoiceSearch(caller).where(NUMBER.startsWith("9")).pageSize(2);
    PagedIterator<String> it = search.list().iterator();
    it.next();
    it.next();
    it.next();
    ResumeToken token = ResumeToken.parse(it.resumeToken().value());

    assertThat(search.resumeFrom(token).stream().collect(Collectors.toList())).containsExactly("i1b", "i2a", "i2b");
    // a token is a position: the same query at another page size resumes from it
    assertThat(search.pageSize(3).resumeFrom(token).iterator().next()).isEqualTo("i1b");
    assertThatThrownBy(() -> search.where(NUMBER.eq("1")).resumeFrom(token))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another query");
  }

  @Test
  void maxResults_belowPageSize_sendsTheCapAsLimitAndStopsAtIt() {
    InvoiceSearch search = new InvoiceSearch(caller).pageSize(100).maxResults(3);
    assertThat(search.stream().collect(Collectors.toList())).containsExactly("i0a", "i0b", "i1a");
    assertThat(caller.sent).hasSize(2)
        .allSatisfy(r -> assertThat(r.query()).containsEntry("limit", "3"));
  }

  @Test
  void pageSize_aboveMaxResults_isSentUnchangedWhenTheCapIsLarger() {
    new InvoiceSearch(caller).pageSize(2).maxResults(1000).stream().count();
    assertThat(caller.sent).hasSize(3)
        .allSatisfy(r -> assertThat(r.query()).containsEntry("limit", "2"));
  }

  @Test
  void stream_isLazyAndOrdered() {
    InvoiceSearch search = new InvoiceSearch(caller).where(DUE_DATE.lt(LocalDate.of(2026, 12, 1)));
    assertThat(search.stream().findFirst()).contains("i0a");
    assertThat(caller.sent).hasSize(1);
  }

  @Test
  void builder_misuse_throwsNamingParameterAndAcceptedValues() {
    InvoiceSearch search = new InvoiceSearch(caller);
    assertThatThrownBy(() -> search.pageSize(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 500").hasMessageContaining("was 0");
    assertThatThrownBy(() -> search.pageSize(501)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 501");
    assertThatThrownBy(() -> search.sortBy(NUMBER.asc(), DUE_DATE.asc(), TOTAL.asc(), STATUS.asc(),
        TextField.<String>of("a").asSortable().asc(), TextField.<String>of("b").asSortable().asc()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 5");
    assertThatThrownBy(() -> search.sortBy(NUMBER.asc(), NUMBER.desc()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'number'");
    assertThatThrownBy(() -> search.sortBy(NUMBER.asc(), null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("sortBy(orders)");
    assertThatThrownBy(() -> search.where(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("where(filter)");
    assertThatThrownBy(() -> search.fields(SERIAL)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lines.serialNumber");
    assertThatThrownBy(() -> search.fields(NUMBER, null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("fields(fields)");
    assertThatThrownBy(() -> search.options(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("options");
    assertThatThrownBy(() -> search.resumeFrom(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("token");
    assertThatThrownBy(() -> new InvoiceSearch(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("caller");

    search.sortBy(NUMBER.asc(), DUE_DATE.asc(), TOTAL.asc(), STATUS.asc(), TextField.<String>of("a").asSortable().asc());
    search.sortBy();
    search.list().iterator().next();
    assertThat(caller.sent.get(0).query()).doesNotContainKey("sort");
  }
}
