package io.csol.sdk.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.csol.sdk.core.error.ResponseDecodingException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

/**
 * The SDK's one JSON configuration and the read/write helpers the pipeline uses.
 *
 * <p>For tool modules and the core, not for application code. The shared mapper: ignores
 * unknown properties; reads every decimal as {@code BigDecimal}; writes {@code java.time}
 * values as ISO-8601 strings; leaves out null and absent values when writing; supports
 * records; rejects trailing content after the JSON value; maps enum values it does not know
 * to the enum's {@code UNKNOWN} constant whenever the enum has one (no annotation needed;
 * {@code @JsonEnumDefaultValue} also works), and reads/writes {@code Money}.
 *
 * <p>Bounded against a hostile body: one document may hold at most {@value #MAX_TOKENS} JSON
 * tokens (a page of 500 items is far below; 60 MiB of {@code [{},{},...]} would otherwise
 * expand to gigabytes of objects), and every {@code BigDecimal} (amounts, quantities) at most 200
 * digits and an exponent within +-200 ({@code 1e999999999} is refused). Exceeding either is a
 * {@code ResponseDecodingException}.
 *
 * <p>The mapper is thread-safe; do not reconfigure it ({@code mapper().copy()} gives a private
 * one).
 */
public final class Json {
  /** The most JSON tokens one document may hold. */
  public static final long MAX_TOKENS = 1_000_000;

  private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(readConstraints())
          .build())
      .addModule(new JavaTimeModule())
      .addModule(new MoneyModule())
      .addModule(new UnknownEnumModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      // Locations in exception messages must never quote the body.
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
          JsonInclude.Include.NON_ABSENT))
      .build();

  private Json() {
  }

  /**
   * The token bound, where this Jackson has it. {@code maxTokenCount} exists from Jackson 2.18 on;
   * the supported floor (Spring Boot 3.2 and 3.3 manage 2.15 and 2.17) lacks it, so it is set
   * reflectively: a direct call would not compile against the floor and would fail every client
   * there with {@code NoSuchMethodError}. Below 2.18 the other bounds still hold (64 MiB body,
   * items per page, decimals, Jackson's own nesting and string limits).
   */
  private static StreamReadConstraints readConstraints() {
    StreamReadConstraints.Builder builder = StreamReadConstraints.builder();
    try {
      StreamReadConstraints.Builder.class.getMethod("maxTokenCount", long.class)
          .invoke(builder, MAX_TOKENS);
    } catch (NoSuchMethodException e) {
      // Jackson before 2.18: no token bound (docs/security.md)
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot bound JSON tokens", e);
    }
    return builder.build();
  }

  /**
   * Returns the shared, preconfigured mapper.
   *
   * @return the mapper; never reconfigure it
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Returns the Jackson type for a Java type, e.g. a {@code ParameterizedType}.
   *
   * @param type the type, not null
   * @return the Jackson type
   */
  public static JavaType type(Type type) {
    if (type == null) {
      throw new NullPointerException("type must not be null");
    }
    return MAPPER.getTypeFactory().constructType(type);
  }

  /**
   * Reads a response body as a type.
   *
   * @param body the body bytes; null counts as empty
   * @param type the expected type; {@code Void.class} reads nothing and returns null
   * @param requestId the call's request id for the error message, or null
   * @param status the HTTP status of the response, for the error message
   * @param <T> the result type
   * @return the value
   * @throws ResponseDecodingException when the body is empty, malformed, truncated or of
   *     another shape
   */
  public static <T> T read(byte[] body, Class<T> type, String requestId, int status) {
    return read(body, (Type) type, requestId, status);
  }

  /**
   * Reads a response body as a (generic) type such as a Jackson {@link JavaType}.
   *
   * @param body the body bytes; null counts as empty
   * @param type the expected type; {@code Void} reads nothing and returns null
   * @param requestId the call's request id for the error message, or null
   * @param status the HTTP status of the response, for the error message
   * @param <T> the result type
   * @return the value
   * @throws ResponseDecodingException when the body cannot be read as the type
   */
  public static <T> T read(byte[] body, Type type, String requestId, int status) {
    JavaType javaType = type(type);
    if (isVoid(javaType)) {
      return null;
    }
    try {
      return MAPPER.readValue(body == null ? new byte[0] : body, javaType);
    } catch (IOException e) {
      throw JsonErrors.decoding(e, javaType, requestId, status);
    }
  }

  /**
   * Reads a streamed response body as a type and closes the stream.
   *
   * @param body the body stream, not null
   * @param type the expected type; {@code Void.class} reads nothing and returns null
   * @param requestId the call's request id for the error message, or null
   * @param status the HTTP status of the response, for the error message
   * @param <T> the result type
   * @return the value
   * @throws ResponseDecodingException when the body cannot be read as the type or reading fails
   */
  public static <T> T read(InputStream body, Class<T> type, String requestId, int status) {
    return read(body, (Type) type, requestId, status);
  }

  /**
   * Reads a streamed response body as a (generic) type and closes the stream.
   *
   * @param body the body stream, not null
   * @param type the expected type; {@code Void} reads nothing and returns null
   * @param requestId the call's request id for the error message, or null
   * @param status the HTTP status of the response, for the error message
   * @param <T> the result type
   * @return the value
   * @throws ResponseDecodingException when the body cannot be read as the type or reading fails
   */
  public static <T> T read(InputStream body, Type type, String requestId, int status) {
    if (body == null) {
      throw new NullPointerException("body must not be null");
    }
    JavaType javaType = type(type);
    try (InputStream in = body) {
      return isVoid(javaType) ? null : MAPPER.readValue(in, javaType);
    } catch (IOException e) {
      throw JsonErrors.decoding(e, javaType, requestId, status);
    }
  }

  /**
   * Reads a body straight from a connection's stream, leaving the stream open for its owner.
   *
   * <p>Unlike {@link #read(InputStream, Type, String, int)}, a failure of the stream itself (reset,
   * truncated body) stays an {@link IOException} so that the caller can retry the attempt, also
   * when Jackson met it while mapping a nested value; only a body that arrived but is not the
   * expected JSON becomes a {@link ResponseDecodingException} ({@link
   * ResponseDecodingException#retryable()} when it is not well-formed JSON).
   *
   * @param body the body stream, not null; not closed
   * @param type the expected type, not null
   * @param requestId the call's request id for the error message, or null
   * @param status the HTTP status of the response, for the error message
   * @return the value, null for a JSON {@code null}
   * @throws IOException when reading the stream fails
   * @throws ResponseDecodingException when the body is not JSON of the type
   */
  public static Object readStream(InputStream body, JavaType type, String requestId, int status)
      throws IOException {
    if (body == null || type == null) {
      throw new NullPointerException(body == null ? "body must not be null" : "type must not be null");
    }
    try {
      return MAPPER.readValue(new NonClosing(body), type);
    } catch (JsonProcessingException e) {
      // Jackson wraps what the stream threw while it maps a nested value (e.g. a record of a
      // page's data array): a broken connection must stay an I/O failure, so it is retried and
      // keeps its cause, and a body over the size cap keeps its own message.
      for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
        if (t instanceof ResponseDecodingException) {
          throw (ResponseDecodingException) t;
        }
        if (t instanceof IOException && !(t instanceof JsonProcessingException)) {
          throw (IOException) t;
        }
      }
      throw JsonErrors.decoding(e, type, requestId, status);
    }
  }

  /** Keeps Jackson from closing (and so draining) a connection's stream after an error. */
  private static final class NonClosing extends FilterInputStream {
    NonClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the stream's owner closes it
    }
  }

  /**
   * Writes a value as UTF-8 JSON.
   *
   * @param value the value, not null
   * @return the JSON bytes
   * @throws IllegalArgumentException when the value cannot be written as JSON
   */
  public static byte[] write(Object value) {
    if (value == null) {
      throw new NullPointerException("value must not be null");
    }
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (IOException e) {
      // The Jackson exception stays out: its message may quote the value being written.
      throw new IllegalArgumentException("value of type " + value.getClass().getName()
          + " cannot be written as JSON: " + JsonErrors.kind(e, type(value.getClass())));
    }
  }

  private static boolean isVoid(JavaType type) {
    return type.hasRawClass(Void.class) || type.hasRawClass(void.class);
  }
}
