package io.csol.sdk.core.error;

/**
 * One rejected input of a request, from the {@code errors} member of a problem body.
 *
 * @param field the name of the offending field or query parameter, e.g. {@code limit}
 * @param message why the server rejected it
 */
public record FieldError(String field, String message) {

  /** Returns {@code field: message}. */
  @Override
  public String toString() {
    return field + ": " + message;
  }
}
