package io.csol.sdk.core.query;

import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.paging.PageIterable;
import io.csol.sdk.core.paging.PagedIterable;
import io.csol.sdk.core.paging.Positioned;
import io.csol.sdk.core.paging.ResumeToken;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.ApiRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Base of every tool module's query builder ({@code <Item>Query}, returned by the tool client's
 * {@code listXxx()}): filter, sort, fields, page size and options of one
 * collection, run lazily with {@link #list()}.
 *
 * <p>Tool modules extend it, e.g. {@code InvoiceQuery extends SearchRequest<Invoice, InvoiceQuery>}.
 * A builder is mutable and not thread-safe, but {@link #list()} takes a snapshot: changing the
 * builder afterwards does not change an iterable already returned, and every page of that
 * iterable repeats the same query.
 *
 * @param <T> the item type
 * @param <S> the concrete builder type
 */
public abstract class SearchRequest<T, S extends SearchRequest<T, S>> {

  /** The most sort keys the server accepts. */
  public static final int MAX_SORT_KEYS = 5;
  /** The largest page size ({@link #pageSize(int)}). */
  public static final int MAX_PAGE_SIZE = 500;
  /** The page size the server uses when none is set. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  private final ApiCaller caller;
  private final Tool tool;
  private final String path;
  private final String operation;
  private final Class<T> itemType;
  private Filter<T> filter;
  private List<SortOrder<T>> sort = List.of();
  private List<String> fields = List.of();
  private Integer pageSize;
  private Long maxResults;
  private boolean totalCount;
  private RequestOptions options = RequestOptions.defaults();

  /**
   * Creates a search of one collection whose page requests carry an operationId for listeners
   * and the log MDC.
   *
   * @param caller runs the requests
   * @param tool the tool the collection belongs to
   * @param path the collection path, e.g. {@code /v1/invoices}
   * @param operation the operationId, e.g. {@code listInvoices}, or empty for none
   * @param itemType the class of one record
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code operation} is not empty and not an operationId
   */
  // for the tool modules' query builders, which the SPI is exported to; an application cannot
  // obtain an ApiCaller, so it cannot subclass a search
  @SuppressWarnings("exports")
  protected SearchRequest(ApiCaller caller, Tool tool, String path, String operation,
      Class<T> itemType) {
    this.operation = Objects.requireNonNull(operation, "operation must not be null");
    if (!operation.isEmpty()) {
      ApiRequest.get("/").operation(operation);
    }
    this.caller = Objects.requireNonNull(caller, "caller must not be null");
    this.tool = Objects.requireNonNull(tool, "tool must not be null");
    this.path = Objects.requireNonNull(path, "path must not be null");
    this.itemType = Objects.requireNonNull(itemType, "itemType must not be null");
  }

  /**
   * Adds a condition; several calls are AND-ed together.
   *
   * @param condition the condition, not null
   * @return this builder
   * @throws NullPointerException if {@code condition} is null
   */
  public S where(Filter<T> condition) {
    Objects.requireNonNull(condition, "where(filter): filter must not be null");
    filter = filter == null ? condition : Filter.and(filter, condition);
    return self();
  }

  /**
   * Sets the order, replacing any earlier one; none means the collection's default order. The
   * server appends the record id as the final tie-breaker.
   *
   * @param orders 0 to 5 sort keys on distinct fields, from {@code field.asc()} or {@code field.desc()}
   * @return this builder
   * @throws NullPointerException if {@code orders} is or contains null
   * @throws IllegalArgumentException if more than 5 keys are given or a field repeats
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // List.of copies the array; it is never stored or exposed
  public final S sortBy(SortOrder<T>... orders) {
    Objects.requireNonNull(orders, "sortBy(orders): orders must not be null");
    if (orders.length > MAX_SORT_KEYS) {
      throw new IllegalArgumentException("sortBy(orders): at most " + MAX_SORT_KEYS
          + " sort keys are accepted, was " + orders.length);
    }
    Set<String> seen = new HashSet<>();
    for (SortOrder<T> order : orders) {
      Objects.requireNonNull(order, "sortBy(orders): orders must not contain null");
      if (!seen.add(order.field().name())) {
        throw new IllegalArgumentException("sortBy(orders): field '" + order.field().name()
            + "' is given more than once");
      }
    }
    sort = List.of(orders);
    return self();
  }

  /**
   * Asks for only these top-level fields of each record (the id is always included); none means
   * complete records. Replaces any earlier selection.
   *
   * @param selected the fields to return
   * @return this builder
   * @throws NullPointerException if {@code selected} is or contains null
   * @throws IllegalArgumentException if a field is nested (contains '.')
   */
  @SafeVarargs
  public final S fields(Field<T>... selected) {
    Objects.requireNonNull(selected, "fields(fields): fields must not be null");
    List<String> names = new ArrayList<>();
    for (Field<T> field : selected) {
      Objects.requireNonNull(field, "fields(fields): fields must not contain null");
      String name = FieldNames.check(field.name());
      if (name.indexOf('.') >= 0) {
        throw new IllegalArgumentException("fields(fields): only top-level fields can be selected, was '"
            + name + "'");
      }
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    fields = List.copyOf(names);
    return self();
  }

  /**
   * Sets the page size: how many records one request fetches (sent as {@code limit}); the
   * server's default is {@value #DEFAULT_PAGE_SIZE}. It does not limit how many records the
   * iteration returns: that is {@link #maxResults(long)}.
   *
   * @param size 1 to {@value #MAX_PAGE_SIZE}
   * @return this builder
   * @throws IllegalArgumentException if {@code size} is outside 1..500
   */
  public S pageSize(int size) {
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("pageSize(size): size must be 1 to " + MAX_PAGE_SIZE
          + ", was " + size);
    }
    pageSize = size;
    return self();
  }

  /**
   * Caps how many records the iteration returns: it stops after {@code max} records and never
   * fetches a page beyond the one that reaches the cap. When the cap is below the page size,
   * pages of {@code max} records are asked for.
   *
   * @param max the most records to return, at least 1
   * @return this builder
   * @throws IllegalArgumentException if {@code max} is less than 1
   */
  public S maxResults(long max) {
    if (max < 1) {
      throw new IllegalArgumentException("maxResults(max): max must be at least 1, was " + max);
    }
    maxResults = max;
    return self();
  }

  /**
   * Asks the server to count the matching records ({@code Page.totalCount()}); it costs a count, so
   * ask only when the number is shown.
   *
   * @return this builder
   */
  public S includeTotalCount() {
    totalCount = true;
    return self();
  }

  /**
   * Sets per-call options applied to every page request.
   *
   * @param requestOptions the options, not null
   * @return this builder
   * @throws NullPointerException if {@code requestOptions} is null
   */
  public S options(RequestOptions requestOptions) {
    options = Objects.requireNonNull(requestOptions, "options(options): options must not be null");
    return self();
  }

  /**
   * Returns the matching records as a lazy iterable of the query as it is now; nothing is sent
   * until it is iterated.
   *
   * @return the records
   */
  public PagedIterable<T> list() {
    PagedIterable<T> all = caller.paged(toApiRequest(), itemType);
    return maxResults == null ? all : all.maxResults(maxResults);
  }

  /**
   * Returns the matching records as a lazy, ordered stream; close it to stop prefetching.
   *
   * @return the records
   */
  public Stream<T> stream() {
    return list().stream();
  }

  /**
   * Returns the matching records as a lazy, ordered stream, each with the position right after
   * it, so a stream-based job can checkpoint ({@link Positioned#resumeToken()}) and later continue
   * with {@link #resumeFrom(ResumeToken)}; close it to stop prefetching.
   *
   * @return the records with their positions
   */
  public Stream<Positioned<T>> streamWithPositions() {
    return list().streamWithPositions();
  }

  /**
   * Returns an iterator over the matching records of the query as it is now.
   *
   * @return the records, fetched page by page as the iterator advances
   */
  public Iterator<T> iterator() {
    return list().iterator();
  }

  /**
   * Returns the matching records page by page, e.g. to checkpoint after each page; its iterators
   * can be closed to stop prefetching when a loop ends early.
   *
   * @return the pages, lazily fetched
   */
  public PageIterable<T> byPage() {
    return list().byPage();
  }

  /**
   * Returns the pages after the position of a resume token taken from an iteration of this
   * same query.
   *
   * @param token the resume token, not null
   * @return the remaining pages
   * @throws NullPointerException if {@code token} is null
   * @throws IllegalArgumentException if the token belongs to another query
   */
  public PageIterable<T> byPage(ResumeToken token) {
    Objects.requireNonNull(token, "byPage(token): token must not be null");
    return list().byPage(token);
  }

  /**
   * Returns the records after the position of a token taken from an iteration of this same query;
   * the page size may differ from the one the token was taken with (a token is a position).
   *
   * @param token the resume token, not null
   * @return the remaining records
   * @throws NullPointerException if {@code token} is null
   * @throws IllegalArgumentException if the token belongs to another query or is not a resume token
   */
  public PagedIterable<T> resumeFrom(ResumeToken token) {
    Objects.requireNonNull(token, "resumeFrom(token): token must not be null");
    return list().resumeFrom(token);
  }

  /**
   * Builds the first-page request of the query as it is now (filter, sort, fields, page size as
   * {@code limit}, totalCount).
   *
   * @return the request; the pipeline adds the cursor per page
   */
  ApiRequest toApiRequest() {
    ApiRequest.Builder builder = ApiRequest.get(path);
    if (!operation.isEmpty()) {
      builder.operation(operation);
    }
    return builder
        .tool(tool)
        .query("filter", filter == null ? null : filter.toExpression())
        .query("sort", sort.isEmpty() ? null
            : sort.stream().map(SortOrder::toExpression).collect(Collectors.joining(",")))
        .query("fields", fields.isEmpty() ? null : String.join(",", fields))
        .query("limit", limit())
        .query("totalCount", totalCount ? "true" : null)
        .options(options)
        .build();
  }

  /** The page size to send: the one set, lowered to a smaller cap on results; null for none. */
  private String limit() {
    if (maxResults != null && maxResults < (pageSize == null ? DEFAULT_PAGE_SIZE : pageSize)) {
      return Long.toString(maxResults);
    }
    return pageSize == null ? null : pageSize.toString();
  }

  /**
   * Returns this builder as its concrete type; subclasses may override to return {@code this}.
   *
   * @return this
   */
  @SuppressWarnings("unchecked")
  protected S self() {
    return (S) this;
  }
}
