package io.csol.sandbox.spi;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One HTTP request as a handler sees it. */
public interface Request {

  /** Returns the method, e.g. {@code GET}. */
  String method();

  /** Returns the decoded path, e.g. {@code /v1/invoices/9100000001}. */
  String path();

  /** Returns a path variable of the route pattern; throws IllegalArgumentException if the pattern has none of that name. */
  String pathParam(String name);

  /** Returns the first value of a query parameter. */
  Optional<String> query(String name);

  /** Returns all query parameters, decoded. */
  Map<String, List<String>> queryParams();

  /** Returns the first value of a request header (case-insensitive name). */
  Optional<String> header(String name);

  /** Parses the JSON body; bad or missing JSON is a 400 invalid-request problem. */
  <T> T body(Class<T> type) throws ProblemException;

  /** Returns the raw body bytes (empty when there is none, and on {@link Routes#upload} routes). */
  byte[] rawBody();

  /**
   * Returns the unread request body of a {@link Routes#upload} route, to be read once as a stream;
   * on every other route the body was already read, and this is an empty stream.
   */
  InputStream bodyStream();

  /** Returns the request id (the client's X-Request-Id or one the server made). */
  String requestId();

  /** Returns the authenticated principal; throws IllegalStateException on the token route. */
  Principal principal();
}
