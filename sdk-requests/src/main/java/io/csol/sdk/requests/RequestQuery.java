package io.csol.sdk.requests;

import static io.csol.sdk.requests.RequestFields.CATEGORY;
import static io.csol.sdk.requests.RequestFields.CREATED_AT;
import static io.csol.sdk.requests.RequestFields.CUSTOMER_NUMBER;
import static io.csol.sdk.requests.RequestFields.OVERDUE;
import static io.csol.sdk.requests.RequestFields.RELATED_ID;
import static io.csol.sdk.requests.RequestFields.RELATED_TYPE;
import static io.csol.sdk.requests.RequestFields.RESPOND_BY;
import static io.csol.sdk.requests.RequestFields.STATUS;
import static io.csol.sdk.requests.RequestFields.WAITING_FOR_CUSTOMER;

import io.csol.sdk.core.query.Filter;
import io.csol.sdk.core.query.SearchRequest;
import io.csol.sdk.core.requests.RelatedRecord;
import io.csol.sdk.core.requests.RelatedRecordType;
import io.csol.sdk.core.requests.RequestCategory;
import io.csol.sdk.core.requests.RequestStatus;
import io.csol.sdk.core.requests.RequestSummary;
import io.csol.sdk.core.spi.tool.ToolOperations;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A query of my requests (operation {@code listRequests}): typed shortcuts for the common
 * conditions, {@link #where} for any other filter built from {@link RequestFields}; every
 * condition is AND-ed with the others. Newest first unless sorted otherwise.
 *
 * <pre>{@code
 * requests.listRequests()
 *     .waitingForMe()                                   // waitingForCustomer eq true
 *     .category(RequestCategory.INVOICES)               // and category eq 'INVOICES'
 *     .createdBetween(monthStart, now)                  // and createdAt ge ... and createdAt le ...
 *     .sortBy(RequestFields.RESPOND_BY.asc())
 *     .stream()
 *     .forEach(r -> System.out.println(r.trackingNumber() + " " + r.subject()));
 * }</pre>
 *
 * <p>Values are always written as escaped literals, so no value can change the filter's
 * structure. A builder is not thread-safe; {@link #list()} takes a snapshot.
 */
public final class RequestQuery extends SearchRequest<RequestSummary, RequestQuery> {

  RequestQuery(ToolOperations ops) {
    super(ops.caller(), ops.tool(), ops.path(""), ops.operationId(), RequestSummary.class);
  }

  /**
   * Keeps requests with one of these statuses.
   *
   * @param statuses one or more statuses, not {@code UNKNOWN}
   * @return this query
   * @throws NullPointerException if {@code statuses} is or contains null
   * @throws IllegalArgumentException if none is given or one is {@code UNKNOWN}
   */
  public RequestQuery status(RequestStatus... statuses) {
    Objects.requireNonNull(statuses, "statuses must not be null");
    return where(statuses.length == 1 ? STATUS.eq(statuses[0]) : STATUS.in(statuses));
  }

  /**
   * Keeps requests of one of these categories.
   *
   * @param categories one or more categories, not {@code UNKNOWN}
   * @return this query
   * @throws NullPointerException if {@code categories} is or contains null
   * @throws IllegalArgumentException if none is given or one is {@code UNKNOWN}
   */
  public RequestQuery category(RequestCategory... categories) {
    Objects.requireNonNull(categories, "categories must not be null");
    return where(categories.length == 1 ? CATEGORY.eq(categories[0]) : CATEGORY.in(categories));
  }

  /**
   * Keeps requests of these customer numbers.
   *
   * @param customerNumbers one or more customer numbers
   * @return this query
   * @throws NullPointerException if {@code customerNumbers} is or contains null
   * @throws IllegalArgumentException if none is given
   */
  public RequestQuery customerNumber(String... customerNumbers) {
    Objects.requireNonNull(customerNumbers, "customerNumbers must not be null");
    return where(customerNumbers.length == 1
        ? CUSTOMER_NUMBER.eq(customerNumbers[0]) : CUSTOMER_NUMBER.in(customerNumbers));
  }

  /**
   * Keeps requests support has answered and that wait for the customer: support wrote last and
   * the request is not closed.
   *
   * @return this query
   */
  public RequestQuery waitingForMe() {
    return where(WAITING_FOR_CUSTOMER.eq(true));
  }

  /**
   * Keeps requests support is late with: not answered by {@code respondBy}, or first answered
   * after it.
   *
   * @return this query
   */
  public RequestQuery overdue() {
    return where(OVERDUE.eq(true));
  }

  /**
   * Keeps requests about one record, e.g. {@code relatedTo(RelatedRecord.of(INVOICE,
   * "9100000001"))}.
   *
   * @param record the record's type and id, not null, type not {@code UNKNOWN}
   * @return this query
   * @throws NullPointerException if {@code record} or its members are null
   * @throws IllegalArgumentException if its type is {@code UNKNOWN}
   */
  public RequestQuery relatedTo(RelatedRecord record) {
    Objects.requireNonNull(record, "record must not be null");
    RelatedRecordType type = Objects.requireNonNull(record.type(), "record.type must not be null");
    String id = Objects.requireNonNull(record.id(), "record.id must not be null");
    return where(Filter.and(RELATED_TYPE.eq(type), RELATED_ID.eq(id)));
  }

  /**
   * Keeps requests opened from {@code from} to {@code to}, both included.
   *
   * @param from the earliest creation time, not null
   * @param to the latest creation time, not null, not before {@code from}
   * @return this query
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public RequestQuery createdBetween(Instant from, Instant to) {
    checkRange(from, to);
    return where(Filter.and(CREATED_AT.ge(utc(from)), CREATED_AT.le(utc(to))));
  }

  /**
   * Keeps requests opened at or after a time.
   *
   * @param from the earliest creation time, not null
   * @return this query
   */
  public RequestQuery createdSince(Instant from) {
    return where(CREATED_AT.ge(utc(Objects.requireNonNull(from, "from must not be null"))));
  }

  /**
   * Keeps requests whose answer is promised from {@code from} to {@code to}, both included.
   *
   * @param from the earliest respond-by time, not null
   * @param to the latest respond-by time, not null, not before {@code from}
   * @return this query
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public RequestQuery respondByBetween(Instant from, Instant to) {
    checkRange(from, to);
    return where(Filter.and(RESPOND_BY.ge(utc(from)), RESPOND_BY.le(utc(to))));
  }

  /**
   * Keeps requests whose answer is promised strictly before a time, e.g. the end of today.
   *
   * @param time the first respond-by time not included, not null
   * @return this query
   */
  public RequestQuery respondByBefore(Instant time) {
    return where(RESPOND_BY.lt(utc(Objects.requireNonNull(time, "time must not be null"))));
  }

  private static void checkRange(Instant from, Instant to) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from, was from=" + from
          + " to=" + to);
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
