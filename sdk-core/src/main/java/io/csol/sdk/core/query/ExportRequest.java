package io.csol.sdk.core.query;

import io.csol.sdk.core.ExportFormat;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.spi.ApiRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Asks for a CSV or XLSX file of the records matching a filter, in a sort order; passed to a tool
 * client's export method, e.g.
 * {@code InvoicesClient.exportInvoices(ExportRequest<Invoice>, DocumentSink)}.
 *
 * <p>Immutable. Usually made from a search, taking its filter, sort and options as they are at
 * that moment:
 * <pre>{@code
 * InvoiceQuery open = invoices.listInvoices().status(InvoiceStatus.OPEN).currency("EUR");
 * DocumentInfo file = invoices.exportInvoices(ExportRequest.of(open, ExportFormat.CSV),
 *     DocumentSink.toFile(Path.of("open-eur.csv")));
 * DocumentInfo all = invoices.exportInvoices(ExportRequest.<Invoice>builder()
 *     .format(ExportFormat.XLSX).where(InvoiceFields.COUNTRY.eq("SE")).build(),
 *     DocumentSink.toFile(Path.of("se.xlsx")));
 * }</pre>
 *
 * @param <T> the type of the records exported, e.g. {@code Invoice}; it only ties a request to
 *     the client that accepts it
 */
public final class ExportRequest<T> {
  private final ExportFormat format;
  private final String filter;
  private final String sort;
  private final RequestOptions options;

  private ExportRequest(ExportFormat format, String filter, String sort, RequestOptions options) {
    this.format = Objects.requireNonNull(format, "format must not be null; accepted: CSV, XLSX");
    this.filter = filter;
    this.sort = sort;
    this.options = Objects.requireNonNull(options, "options must not be null");
  }

  /**
   * Creates an export of the records a search matches, in its order and with its options.
   *
   * @param <T> the record type
   * @param search the search, not null (later changes to it do not affect this export)
   * @param format CSV or XLSX, not null
   * @return the export request
   * @throws NullPointerException if an argument is null
   */
  public static <T> ExportRequest<T> of(SearchRequest<T, ?> search, ExportFormat format) {
    Objects.requireNonNull(search, "search must not be null");
    ApiRequest query = search.toApiRequest();
    return new ExportRequest<>(format, query.query().get("filter"), query.query().get("sort"),
        query.options());
  }

  /**
   * Starts a builder (no filter: every record the user may see), e.g.
   * {@code ExportRequest.<Invoice>builder()}.
   *
   * @param <T> the record type
   * @return a new builder
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * Returns a builder holding this export's values.
   *
   * @return a new builder
   */
  public Builder<T> toBuilder() {
    Builder<T> b = new Builder<T>().format(format).options(options);
    b.baseFilter = filter;
    b.baseSort = sort;
    return b;
  }

  /**
   * Returns the file format.
   *
   * @return CSV or XLSX
   */
  public ExportFormat format() {
    return format;
  }

  /**
   * Returns the filter in the query language.
   *
   * @return the expression, or empty for every record
   */
  public Optional<String> filter() {
    return Optional.ofNullable(filter);
  }

  /**
   * Returns the sort in the query language, e.g. {@code -dueDate,number}.
   *
   * @return the sort, or empty for the collection's default order
   */
  public Optional<String> sort() {
    return Optional.ofNullable(sort);
  }

  /**
   * Returns the per-call options of the download.
   *
   * @return the options
   */
  public RequestOptions options() {
    return options;
  }

  @Override
  public String toString() {
    return "ExportRequest[format=" + format + ", filter=" + filter + ", sort=" + sort + "]";
  }

  /**
   * Builds an {@link ExportRequest}. Not thread-safe.
   *
   * @param <T> the record type
   */
  public static final class Builder<T> {
    private ExportFormat format;
    private String baseFilter;
    private String baseSort;
    private final List<Filter<T>> conditions = new ArrayList<>();
    private List<SortOrder<T>> sortOrders;
    private RequestOptions options = RequestOptions.defaults();

    private Builder() {
    }

    /**
     * Sets the file format.
     *
     * @param format CSV or XLSX, not null
     * @return this builder
     */
    public Builder<T> format(ExportFormat format) {
      this.format = Objects.requireNonNull(format, "format must not be null; accepted: CSV, XLSX");
      return this;
    }

    /**
     * Adds a condition; several are AND-ed together (and with a filter taken from a search).
     *
     * @param condition a filter built from the tool's fields, e.g. {@code InvoiceFields}, not null
     * @return this builder
     */
    public Builder<T> where(Filter<T> condition) {
      conditions.add(Objects.requireNonNull(condition, "condition must not be null"));
      return this;
    }

    /**
     * Sets the order, replacing any earlier one.
     *
     * @param orders 1 to 5 sort keys from the tool's fields, e.g. {@code DUE_DATE.desc()}
     * @return this builder
     * @throws IllegalArgumentException if none or more than 5 are given
     */
    @SafeVarargs
    @SuppressWarnings("varargs") // List.of copies the array; it is never stored or exposed
    public final Builder<T> sortBy(SortOrder<T>... orders) {
      Objects.requireNonNull(orders, "orders must not be null");
      if (orders.length == 0 || orders.length > 5) {
        throw new IllegalArgumentException("orders must hold 1..5 sort keys, was " + orders.length);
      }
      this.sortOrders = List.of(orders);
      return this;
    }

    /**
     * Sets per-call options for the download (e.g. a longer timeout for a large file).
     *
     * @param options the options, not null
     * @return this builder
     */
    public Builder<T> options(RequestOptions options) {
      this.options = Objects.requireNonNull(options, "options must not be null");
      return this;
    }

    /**
     * Builds the export request.
     *
     * @return the request
     * @throws NullPointerException if no format was set
     */
    public ExportRequest<T> build() {
      String filter = baseFilter;
      if (!conditions.isEmpty()) {
        Filter<T> added = conditions.get(0);
        for (Filter<T> condition : conditions.subList(1, conditions.size())) {
          added = Filter.and(added, condition);
        }
        // A filter taken over as text can only be combined as text; parentheses keep precedence.
        filter = filter == null ? added.toExpression()
            : "(" + filter + ") and (" + added.toExpression() + ")";
      }
      String sort = sortOrders == null ? baseSort
          : sortOrders.stream().map(SortOrder::toExpression).collect(Collectors.joining(","));
      return new ExportRequest<>(format, filter, sort, options);
    }
  }
}
