package io.csol.sdk.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.csol.sdk.core.Money;
import io.csol.sdk.core.error.ResponseDecodingException;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns Jackson and I/O failures into {@link ResponseDecodingException}s whose messages say
 * what was expected and where, but never quote the body (Jackson's own messages do).
 */
final class JsonErrors {

  private JsonErrors() {
  }

  static ResponseDecodingException decoding(IOException e, JavaType expected, String requestId, int status) {
    String what = "could not decode HTTP " + status + " response body as " + describe(expected) + ": ";
    if (!(e instanceof JsonProcessingException)) {
      // A plain I/O failure while reading carries no body content, so keep it as the cause.
      return new ResponseDecodingException(what + "reading the body failed ("
          + e.getClass().getSimpleName() + ")", status, requestId, e);
    }
    // A syntax error met while mapping a nested value arrives wrapped in a mapping error; the
    // syntax error is what happened, so it names the kind (and makes the failure retryable).
    StreamReadException syntax = syntaxError(e);
    String kind = kind(syntax != null ? syntax : e, expected);
    String message = what + kind + (kind.endsWith("empty") ? "" : where((JsonProcessingException) e));
    // Jackson exceptions are not chained: their messages and locations may quote the body.
    return new ResponseDecodingException(message, status, requestId, syntax != null, null);
  }

  /** The JSON syntax error (malformed or cut-short JSON) in the cause chain, or null. */
  private static StreamReadException syntaxError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      // a number out of its type's range is well-formed JSON: the same body would come back
      if (t instanceof StreamReadException && !(t instanceof StreamConstraintsException)
          && !(t instanceof InputCoercionException)) {
        return (StreamReadException) t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  static String kind(IOException e, JavaType expected) {
    String text = String.valueOf(e.getMessage());
    if (e instanceof MismatchedInputException && text.startsWith("No content to map")) {
      return "the body is empty";
    }
    if (e instanceof JsonEOFException || text.contains("end-of-input")) {
      return "truncated JSON (unexpected end of input)";
    }
    if (e instanceof StreamConstraintsException
        || e.getCause() instanceof StreamConstraintsException) { // wrapped when hit in an item
      return "the JSON exceeds a size or nesting limit";
    }
    InputCoercionException coercion = e instanceof InputCoercionException ? (InputCoercionException) e
        : e.getCause() instanceof InputCoercionException ? (InputCoercionException) e.getCause() : null;
    if (coercion != null) {
      return "a value does not fit type " + simpleName(coercion.getTargetType());
    }
    if (e instanceof JsonParseException) {
      return "malformed JSON";
    }
    if (e instanceof InvalidFormatException) {
      return "a value does not fit type " + simpleName(((InvalidFormatException) e).getTargetType());
    }
    if (e instanceof MismatchedInputException) {
      Class<?> target = ((MismatchedInputException) e).getTargetType();
      String original = ((MismatchedInputException) e).getOriginalMessage();
      if (target == Money.class || original.startsWith(MoneyModule.DECIMAL_TOO_BIG)) {
        // Our own Money and decimal messages never echo input, unlike Jackson's.
        return original;
      }
      if (text.startsWith("Trailing token")) {
        return "unexpected content after the JSON value";
      }
      return "unexpected JSON shape, expected " + (target == null ? describe(expected) : simpleName(target));
    }
    if (e instanceof ValueInstantiationException) {
      return "could not create " + describe(((ValueInstantiationException) e).getType());
    }
    if (e instanceof JsonMappingException) {
      return "the JSON does not map to " + describe(expected);
    }
    return "invalid JSON";
  }

  private static String where(JsonProcessingException e) {
    StringBuilder sb = new StringBuilder();
    String path = path(e);
    if (!path.isEmpty()) {
      // A parse error's path is the last member opened, so the fault is near it, not inside it.
      sb.append(e instanceof JsonParseException ? " near " : " at ").append(path);
    }
    JsonLocation loc = e.getLocation();
    if (loc != null && loc.getLineNr() > 0) {
      sb.append(sb.length() == 0 ? " at" : "").append(" (line ").append(loc.getLineNr())
          .append(", column ").append(loc.getColumnNr()).append(')');
    }
    return sb.toString();
  }

  private static String path(JsonProcessingException e) {
    if (e instanceof JsonMappingException) {
      List<JsonMappingException.Reference> refs = ((JsonMappingException) e).getPath();
      if (!refs.isEmpty()) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference ref : refs) {
          if (ref.getFieldName() != null) {
            sb.append('.').append(ref.getFieldName());
          } else if (ref.getIndex() >= 0) {
            sb.append('[').append(ref.getIndex()).append(']');
          }
        }
        return sb.toString();
      }
    }
    Object processor = e.getProcessor();
    if (processor instanceof JsonParser) {
      String pointer = ((JsonParser) processor).getParsingContext().pathAsPointer().toString();
      return pointer.isEmpty() ? "" : "$" + pointer.replace('/', '.');
    }
    return "";
  }

  private static String describe(JavaType type) {
    return type == null ? "the expected type" : type.toCanonical().replaceAll("[a-z0-9_]+\\.", "");
  }

  private static String simpleName(Class<?> type) {
    if (type == null) {
      return "the expected type";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a JSON array";
    }
    return Map.class.isAssignableFrom(type) ? "a JSON object" : type.getSimpleName();
  }
}
