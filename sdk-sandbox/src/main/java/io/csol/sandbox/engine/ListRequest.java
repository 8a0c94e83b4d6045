package io.csol.sandbox.engine;

import java.util.function.Predicate;

/**
 * One page request on a {@link Collection}, holding the raw query parameters.
 *
 * @param limit page size 1..500, null for the default 100
 * @param cursor the previous page's {@code nextCursor}, or null for the first page
 * @param filter filter expression, or null/empty for all records
 * @param sort sort expression, or null/empty for the resource's default order
 * @param fields comma-separated top-level fields, or null/empty for complete records
 * @param totalCount whether to count all matches
 * @param scope extra server-side restriction (e.g. entitled customers), or null for none
 * @param <R> record type
 */
public record ListRequest<R>(Integer limit, String cursor, String filter, String sort, String fields,
    boolean totalCount, Predicate<R> scope) {

  /** Returns a request for the first page with defaults everywhere. */
  public static <R> ListRequest<R> firstPage() {
    return new ListRequest<>(null, null, null, null, null, false, null);
  }

  /** Returns a copy of this request with another cursor. */
  public ListRequest<R> withCursor(String nextCursor) {
    return new ListRequest<>(limit, nextCursor, filter, sort, fields, totalCount, scope);
  }
}
