package io.csol.sdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import io.csol.sdk.core.Money;
import io.csol.sdk.core.error.ResponseDecodingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole message of each kind of decoding failure: what went wrong, where (a JSON path with
 * member names and array indexes, then line and column), and whether a retry can help.
 */
class JsonErrorsTest {

  record Line(Money amount, Integer qty, LocalDate date) { }

  record Doc(String name, List<Line> items) { }

  record Picky(String v) {
    Picky {
      if ("bad".equals(v)) {
        throw new IllegalArgumentException("v must not be bad");
      }
    }
  }

  private static final String PREFIX = "could not decode HTTP 200 response body as ";

  private static ResponseDecodingException fromBytes(String json, Type type) {
    try {
      Json.read(json.getBytes(StandardCharsets.UTF_8), type, "r", 200);
    } catch (ResponseDecodingException e) {
      return e;
    }
    throw new AssertionError("decoded: " + json);
  }

  private static ResponseDecodingException fromStream(String json, Type type) throws IOException {
    try {
      Json.readStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Json.type(type), "r", 200);
    } catch (ResponseDecodingException e) {
      return e;
    }
    throw new AssertionError("decoded: " + json);
  }

  /** Both ways of reading say the same thing. */
  private static void assertDecodingMessage(String json, Type type, String expected, Boolean retryable)
      throws IOException {
    for (ResponseDecodingException e : List.of(fromBytes(json, type), fromStream(json, type))) {
      assertThat(e.getMessage()).isEqualTo(PREFIX + expected + " [requestId=r]");
      if (retryable != null) {
        assertThat(e.retryable()).as("retryable").isEqualTo(retryable);
      }
      assertThat(e.status()).isEqualTo(200);
      assertThat(e.getCause()).isNull();
    }
  }

  @Test
  void read_moneyMissingAmountInSecondItem_pathWithIndexAndMember() throws IOException {
    assertDecodingMessage(
        "{\"items\":[{\"amount\":{\"amount\":\"1\",\"currency\":\"EUR\"}},{\"amount\":{\"currency\":\"EUR\"}}]}",
        Doc.class,
        "JsonErrorsTest$Doc: Money requires an 'amount' at $.items[1].amount (line 1, column 81)", false);
  }

  @Test
  void read_valueNotFittingType_namesTypeAndPath() throws IOException {
    assertDecodingMessage("{\"items\":[{},{\"qty\":\"x\"}]}", Doc.class,
        "JsonErrorsTest$Doc: a value does not fit type Integer at $.items[1].qty (line 1, column 21)", false);
    assertDecodingMessage("{\"items\":[{},{\"date\":\"2026-13-01\"}]}", Doc.class,
        "JsonErrorsTest$Doc: a value does not fit type LocalDate at $.items[1].date (line 1, column 22)", false);
  }

  @Test
  void read_wrongShapes_expectedTypeAndPath() throws IOException {
    assertDecodingMessage("{\"items\":[{}, 5]}", Doc.class,
        "JsonErrorsTest$Doc: unexpected JSON shape, expected Line at $.items[1] (line 1, column 15)", false);
    assertDecodingMessage("{\"items\":{}}", Doc.class,
        "JsonErrorsTest$Doc: unexpected JSON shape, expected a JSON array at $.items (line 1, column 10)", false);
    assertDecodingMessage("5", Doc.class,
        "JsonErrorsTest$Doc: unexpected JSON shape, expected Doc at (line 1, column 1)", false);
    assertDecodingMessage("\"x\"", List.class,
        "List<Object>: unexpected JSON shape, expected a JSON array at (line 1, column 1)", false);
    assertDecodingMessage("{\"a\":1}", String[].class,
        "[LString;: unexpected JSON shape, expected a JSON array at (line 1, column 1)", false);
    assertDecodingMessage("{\"a\":1}", int.class,
        "int: unexpected JSON shape, expected int at (line 1, column 1)", false);
  }

  @Test
  void read_constructorRejectsSecondElement_couldNotCreateAtIndex() throws IOException {
    assertDecodingMessage("[{\"v\":\"ok\"},{\"v\":\"bad\"}]", new TypeReference<List<Picky>>() { }.getType(),
        "List<JsonErrorsTest$Picky>: could not create JsonErrorsTest$Picky at $[1] (line 1, column 23)", false);
  }

  @Test
  void read_syntaxErrors_nearTheLastMemberAndRetryable() throws IOException {
    assertSyntaxMessage("{\"name\":\"a\",\n \"items\": oops}",
        "malformed JSON near $.items (line 2, ");
    assertSyntaxMessage("{\"name\":\"a\"",
        "truncated JSON (unexpected end of input) near $.name (line 1, ");
    assertSyntaxMessage("{\"name\":\"a\"}x", "malformed JSON at (line 1, ");
  }

  /**
   * A syntax error's message up to its column, and retryable. The column is a number but not
   * pinned: Jackson 2.15 points at the end of a bad token, 2.18+ at its start, and both are
   * supported versions (the floor suite runs this test on 2.15).
   */
  private static void assertSyntaxMessage(String json, String expectedUpToColumn)
      throws IOException {
    for (ResponseDecodingException e : List.of(fromBytes(json, Doc.class),
        fromStream(json, Doc.class))) {
      assertThat(e.getMessage()).matches(java.util.regex.Pattern.quote(
          PREFIX + "JsonErrorsTest$Doc: " + expectedUpToColumn + "column ")
          + "[1-9][0-9]*\\) \\[requestId=r]");
      assertThat(e.retryable()).as("retryable").isTrue();
      assertThat(e.status()).isEqualTo(200);
    }
  }

  @Test
  void read_numberOutOfItsTypesRange_valueDoesNotFitAndNotRetryable() throws IOException {
    // well-formed JSON: asking again gets the same body, so it is not retried (docs/reliability.md)
    assertDecodingMessage("{\"items\":[{\"qty\":1e999999}]}", Doc.class,
        "JsonErrorsTest$Doc: a value does not fit type int at $.items[0].qty (line 1, column 26)", false);
    assertDecodingMessage("{\"items\":[{\"qty\":99999999999}]}", Doc.class,
        "JsonErrorsTest$Doc: a value does not fit type int at $.items[0].qty (line 1, column 29)", false);
  }

  @Test
  void read_nestingBeyondTheLimit_sizeOrNestingLimitNotRetryable() throws IOException {
    String deep = "[".repeat(2001) + "]".repeat(2001);
    assertDecodingMessage(deep, Object.class, "Object: the JSON exceeds a size or nesting limit", false);
  }

  @Test
  void read_emptyBody_saysEmptyWithoutLocation() throws IOException {
    assertDecodingMessage("", Map.class, "Map<Object,Object>: the body is empty", false);
  }

  @Test
  void read_arrayIntoMapOrInterface_namesWhatWasExpected() throws IOException {
    assertDecodingMessage("[1]", Map.class,
        "Map<Object,Object>: unexpected JSON shape, expected a JSON object at (line 1, column 1)", false);
    assertThat(fromBytes("{}", Runnable.class).getMessage())
        .startsWith(PREFIX + "Runnable: the JSON does not map to Runnable");
  }
}
