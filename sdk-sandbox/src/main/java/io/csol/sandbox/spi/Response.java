package io.csol.sandbox.spi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A response a handler returns: JSON, empty, a document with known length and digests, or a
 * streamed (chunked) body. Buffered bodies are kept as bytes so idempotent replays are exact.
 */
public final class Response {

  /**
   * Writes JSON bodies like {@code internal.Json} does (ISO instants, absent nulls). The SPI keeps
   * its own writer so it does not depend on the internals (no package cycle, see PackageCyclesTest).
   */
  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

  private final int status;
  private final String contentType;
  private final byte[] body;
  private final StreamWriter writer;
  private final long length;
  private final Map<String, String> headers = new LinkedHashMap<>();

  private Response(int status, String contentType, byte[] body, StreamWriter writer) {
    this(status, contentType, body, writer, -1);
  }

  private Response(int status, String contentType, byte[] body, StreamWriter writer, long length) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be 100..599, was " + status);
    }
    this.status = status;
    this.contentType = contentType;
    this.body = body;
    this.writer = writer;
    this.length = length;
  }

  /** Creates a JSON response; {@code body} is any Jackson-serialisable value (map, record, list). */
  public static Response json(int status, Object body) {
    Objects.requireNonNull(body, "body");
    byte[] json;
    try {
      json = JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("body cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
    return new Response(status, "application/json", json, null);
  }

  /**
   * Creates a JSON response that is serialised while it is sent (chunked): the status and headers
   * go out before the body is written. Collection pages use it so that their {@code Link} header
   * reaches the client as early as a real server would send it.
   */
  public static Response jsonStream(int status, Object body) {
    Objects.requireNonNull(body, "body");
    return new Response(status, "application/json", null, out -> JSON.writeValue(out, body));
  }

  /** Creates a 204 response without body. */
  public static Response noContent() {
    return new Response(204, null, new byte[0], null);
  }

  /** Creates a document response with Content-Length, {@code ETag} and {@code Repr-Digest} (sha-256). */
  public static Response document(int status, String contentType, byte[] content) {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(content, "content");
    Response response = new Response(status, contentType, content.clone(), null);
    byte[] digest = sha256(content);
    response.header("ETag", "\"" + HexFormat.of().formatHex(digest) + "\"");
    response.header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(digest) + ":");
    return response;
  }

  /** Creates a streamed response written in chunks by {@code writer}; never replayed, never buffered. */
  public static Response stream(int status, String contentType, StreamWriter writer) {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(writer, "writer");
    return new Response(status, contentType, null, writer);
  }

  /**
   * Creates a document response streamed by {@code writer} with a known {@code Content-Length}
   * ({@code length} bytes, which the writer must write exactly), {@code ETag} and
   * {@code Repr-Digest} from {@code sha256}: a large document goes out without a second copy.
   */
  public static Response documentStream(int status, String contentType, long length, byte[] sha256,
                     StreamWriter writer) {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(writer, "writer");
    if (length < 1) {
      throw new IllegalArgumentException("length must be positive, was " + length);
    }
    if (sha256.length != 32) {
      throw new IllegalArgumentException("sha256 must be 32 bytes, was " + sha256.length);
    }
    Response response = new Response(status, contentType, null, writer, length);
    response.header("ETag", "\"" + HexFormat.of().formatHex(sha256) + "\"");
    response.header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(sha256) + ":");
    return response;
  }

  /** Creates a plain-text response (used by the sandbox for diagnostics). */
  public static Response text(int status, String text) {
    Objects.requireNonNull(text, "text");
    return new Response(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), null);
  }

  /** Adds (or replaces) a response header and returns this response. */
  public Response header(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    headers.put(name, value);
    return this;
  }

  /** Returns the status. */
  public int status() {
    return status;
  }

  /** Returns the content type, null for no body. */
  public String contentType() {
    return contentType;
  }

  /** Returns the buffered body, or null for a streamed response. */
  public byte[] body() {
    return body;
  }

  /** Returns the stream writer, or null for a buffered response. */
  public StreamWriter writer() {
    return writer;
  }

  /** Returns the length a streamed body announces in {@code Content-Length}, or -1 for chunked. */
  public long length() {
    return length;
  }

  /** Tells whether the body is streamed. */
  public boolean streamed() {
    return writer != null;
  }

  /** Returns the extra headers. */
  public Map<String, String> headers() {
    return Collections.unmodifiableMap(headers);
  }

  private static byte[] sha256(byte[] content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JRE", e);
    }
  }
}
