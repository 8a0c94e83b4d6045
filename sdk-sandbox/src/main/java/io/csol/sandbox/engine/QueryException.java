package io.csol.sandbox.engine;

/**
 * A client error in a query (filter, sort, fields, limit, cursor or changes token).
 *
 * <p>The server maps it to a {@code 400} problem whose slug is {@link #slug()} and whose
 * {@code errors} entry names {@link #field()}; {@link #getMessage()} is the human detail and
 * never contains secrets.
 */
public final class QueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Slug of a malformed or ill-typed filter. */
  public static final String INVALID_FILTER = "invalid-filter";
  /** Slug of a modified, foreign or malformed cursor or changes token. */
  public static final String INVALID_CURSOR = "invalid-cursor";
  /** Slug of any other bad parameter (sort, fields, limit). */
  public static final String INVALID_REQUEST = "invalid-request";

  private final String slug;
  private final String field;
  private final int position;

  /**
   * Creates the exception.
   *
   * @param slug problem slug: invalid-filter, invalid-cursor or invalid-request
   * @param field query parameter at fault, e.g. "filter", "cursor", "since"
   * @param position 0-based character position in that parameter, or -1
   * @param message human-readable detail
   */
  public QueryException(String slug, String field, int position, String message) {
    super(message, null, false, false);
    this.slug = slug;
    this.field = field;
    this.position = position;
  }

  /** Returns the problem slug: invalid-filter, invalid-cursor or invalid-request. */
  public String slug() {
    return slug;
  }

  /** Returns the query parameter at fault: filter, sort, fields, limit, cursor or since. */
  public String field() {
    return field;
  }

  /** Returns the 0-based position of the error in the parameter, or -1 when not applicable. */
  public int position() {
    return position;
  }

  static QueryException filter(int position, String message) {
    return new QueryException(INVALID_FILTER, "filter", position,
        position >= 0 ? message + " at position " + position : message);
  }

  static QueryException request(String field, String message) {
    return new QueryException(INVALID_REQUEST, field, -1, message);
  }

  static QueryException cursor(String field, String message) {
    return new QueryException(INVALID_CURSOR, field, -1, message);
  }
}
