package io.csol.sandbox.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.sun.net.httpserver.Headers;
import io.csol.sandbox.spi.Principal;
import io.csol.sandbox.spi.ProblemException;
import io.csol.sandbox.spi.Request;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The {@link Request} the pipeline hands to handlers. */
final class RequestImpl implements Request {

  private final String method;
  private final String path;
  private final Map<String, String> params;
  private final Map<String, List<String>> query;
  private final Headers headers;
  private final byte[] body;
  private final String requestId;
  private final Principal principal;
  private final InputStream stream;

  RequestImpl(String method, String path, Map<String, String> params, Map<String, List<String>> query,
        Headers headers, byte[] body, String requestId, Principal principal, InputStream stream) {
    this.method = method;
    this.path = path;
    this.params = params;
    this.query = query;
    this.headers = headers;
    this.body = body;
    this.requestId = requestId;
    this.principal = principal;
    this.stream = stream;
  }

  @Override
  public String method() {
    return method;
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public String pathParam(String name) {
    Objects.requireNonNull(name, "name");
    String value = params.get(name);
    if (value == null) {
      throw new IllegalArgumentException("route has no path variable '" + name + "'; it has " + params.keySet());
    }
    return value;
  }

  @Override
  public Optional<String> query(String name) {
    Objects.requireNonNull(name, "name");
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  @Override
  public Map<String, List<String>> queryParams() {
    return query;
  }

  @Override
  public Optional<String> header(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(headers.getFirst(name));
  }

  @Override
  public <T> T body(Class<T> type) {
    Objects.requireNonNull(type, "type");
    if (body.length == 0) {
      throw ProblemException.invalidRequest("body", "a JSON body is required");
    }
    try {
      return Json.MAPPER.readValue(body, type);
    } catch (JacksonException e) {
      throw ProblemException.invalidRequest("body", "malformed JSON body: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ProblemException.invalidRequest("body", "unreadable body");
    }
  }

  @Override
  public byte[] rawBody() {
    return body.clone();
  }

  @Override
  public InputStream bodyStream() {
    return stream != null ? stream : InputStream.nullInputStream();
  }

  @Override
  public String requestId() {
    return requestId;
  }

  @Override
  public Principal principal() {
    if (principal == null) {
      throw new IllegalStateException("this route is open: no principal is authenticated");
    }
    return principal;
  }
}
