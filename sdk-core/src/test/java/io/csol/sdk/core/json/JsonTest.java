package io.csol.sdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import io.csol.sdk.core.Money;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.error.ResponseDecodingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class JsonTest {

  enum Colour { RED, GREEN, UNKNOWN }

  enum Strict { A, B }

  enum Annotated { X, @JsonEnumDefaultValue OTHER }

  record Item(String name, Tool tool, Colour colour, LocalDate date, Instant at, Money price,
      List<Colour> colours) { }

  record Holder(Strict strict, Annotated annotated, Object any) { }

  @Test
  void read_unknownProperties_ignored() {
    Item item = read("{\"name\":\"a\",\"brandNew\":{\"x\":[1,2]},\"tool\":\"INVOICES\"}", Item.class);
    assertThat(item.name()).isEqualTo("a");
    assertThat(item.tool()).isEqualTo(Tool.INVOICES);
  }

  @Test
  void read_unknownEnumValue_mapsToUnknownConstant() {
    Item item = read("{\"tool\":\"TELEPORTS\",\"colour\":\"MAUVE\",\"colours\":[\"RED\",\"PINK\"]}", Item.class);
    assertThat(item.tool()).isEqualTo(Tool.UNKNOWN);
    assertThat(item.colour()).isEqualTo(Colour.UNKNOWN);
    assertThat(item.colours()).containsExactly(Colour.RED, Colour.UNKNOWN);
  }

  @Test
  void read_unknownEnumWithoutUnknownConstant_usesDefaultOrFails() {
    Holder h = read("{\"annotated\":\"NEW\"}", Holder.class);
    assertThat(h.annotated()).isEqualTo(Annotated.OTHER);
    assertThatThrownBy(() -> read("{\"strict\":\"C\"}", Holder.class))
        .isInstanceOf(ResponseDecodingException.class).hasMessageContaining("$.strict");
  }

  @Test
  void read_enumGivenAnObject_isShapeErrorNotUnknown() {
    assertThatThrownBy(() -> read("{\"colour\":{\"a\":1},\"name\":\"n\"}", Item.class))
        .isInstanceOf(ResponseDecodingException.class).hasMessageContaining("$.colour");
  }

  @Test
  void read_missingFields_areNullAndNullEnumStaysNull() {
    Item item = read("{}", Item.class);
    assertThat(item.name()).isNull();
    assertThat(item.colour()).isNull();
    assertThat(item.price()).isNull();
  }

  @Test
  void read_javaTimeAndDecimals_exact() {
    Item item = read("{\"date\":\"2026-09-01\",\"at\":\"2026-11-23T10:15:30Z\"}", Item.class);
    assertThat(item.date()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(item.at()).isEqualTo(Instant.parse("2026-11-23T10:15:30Z"));
    Holder h = read("{\"any\":0.1}", Holder.class);
    assertThat(h.any()).isEqualTo(new BigDecimal("0.1"));
  }

  @Test
  void read_moneyWithoutAmount_throwsDecodingNamingMember() {
    assertThatThrownBy(() -> read("{\"price\":{\"currency\":\"EUR\"}}", Item.class))
        .isInstanceOf(ResponseDecodingException.class)
        .hasMessageContaining("amount").hasMessageContaining("$.price");
    assertThatThrownBy(() -> read("{\"price\":{\"amount\":\"1\"}}", Item.class))
        .isInstanceOf(ResponseDecodingException.class).hasMessageContaining("currency");
    assertThatThrownBy(() -> read("{\"price\":{\"amount\":\"1\",\"currency\":\"QQQ\"}}", Item.class))
        .isInstanceOf(ResponseDecodingException.class).hasMessageContaining("ISO 4217");
    assertThatThrownBy(() -> read("{\"price\":{\"amount\":\"abc\",\"currency\":\"EUR\"}}", Item.class))
        .isInstanceOf(ResponseDecodingException.class).hasMessageContaining("decimal");
    assertThatThrownBy(() -> read("{\"price\":\"12 EUR\"}", Item.class))
        .isInstanceOf(ResponseDecodingException.class).hasMessageContaining("JSON object");
  }

  @Test
  void read_malformedJson_throwsWithStatusRequestIdAndNoBodyContent() {
    byte[] body = "{\"name\":\"secret-customer-data\", oops}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Json.read(body, Item.class, "req-42", 200))
        .isInstanceOfSatisfying(ResponseDecodingException.class, e -> {
          assertThat(e.status()).isEqualTo(200);
          assertThat(e.requestId()).contains("req-42");
          assertThat(e.getMessage()).contains("malformed JSON", "HTTP 200", "Item", "line 1",
              "[requestId=req-42]").doesNotContain("secret", "oops");
          assertThat(e.getCause()).isNull();
        });
  }

  @Test
  void read_truncatedJson_saysTruncatedWithPath() {
    byte[] body = "{\"name\":\"abc\",\"colours\":[\"RED\",".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Json.read(body, Item.class, "r1", 201))
        .isInstanceOfSatisfying(ResponseDecodingException.class, e -> {
          assertThat(e.status()).isEqualTo(201);
          assertThat(e.getMessage()).contains("truncated").doesNotContain("abc");
        });
  }

  @Test
  void read_emptyBodyAndTrailingGarbage_throw() {
    assertThatThrownBy(() -> Json.read(new byte[0], Item.class, null, 200))
        .isInstanceOf(ResponseDecodingException.class).hasMessageContaining("empty")
        .hasMessageNotContaining("requestId");
    assertThatThrownBy(() -> Json.read((byte[]) null, Item.class, null, 200))
        .isInstanceOf(ResponseDecodingException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> read("{\"name\":\"a\"} {\"name\":\"b\"}", Item.class))
        .isInstanceOf(ResponseDecodingException.class).hasMessageContaining("after the JSON value");
  }

  @Test
  void read_wrongShape_namesExpectedTypeAndPath() {
    assertThatThrownBy(() -> read("{\"colours\":\"RED\"}", Item.class))
        .isInstanceOf(ResponseDecodingException.class).hasMessageContaining("$.colours");
    assertThatThrownBy(() -> read("{\"name\":{\"a\":1}}", Item.class))
        .isInstanceOf(ResponseDecodingException.class).hasMessageContaining("$.name")
        .hasMessageContaining("expected String");
    assertThatThrownBy(() -> read("[1,2]", Item.class))
        .isInstanceOf(ResponseDecodingException.class).hasMessageContaining("Item");
    assertThatThrownBy(() -> read("{\"date\":\"01.09.2026 private\"}", Item.class))
        .isInstanceOf(ResponseDecodingException.class).hasMessageContaining("$.date")
        .hasMessageNotContaining("private");
  }

  @Test
  void read_genericType_andVoid() {
    Map<String, List<Colour>> m = Json.read("{\"a\":[\"GREEN\",\"BLUE\"]}".getBytes(StandardCharsets.UTF_8),
        Json.mapper().getTypeFactory().constructMapType(Map.class, Json.type(String.class),
            Json.mapper().getTypeFactory().constructCollectionType(List.class, Colour.class)), "r", 200);
    assertThat(m.get("a")).containsExactly(Colour.GREEN, Colour.UNKNOWN);
    assertThat(Json.read("not json".getBytes(StandardCharsets.UTF_8), Void.class, "r", 204)).isNull();
  }

  @Test
  void read_inputStream_readsAndCloses() {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream in = new ByteArrayInputStream("{\"name\":\"s\"}".getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed.set(true);
      }
    };
    assertThat(Json.read(in, Item.class, "r", 200).name()).isEqualTo("s");
    assertThat(closed).isTrue();
  }

  @Test
  void read_inputStreamFailing_throwsDecodingWithIoCause() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("connection reset");
      }
    };
    assertThatThrownBy(() -> Json.read(broken, Item.class, "r9", 200))
        .isInstanceOf(ResponseDecodingException.class).hasMessageContaining("reading the body failed")
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void write_omitsNullsAndWritesIsoDates() {
    Item item = new Item("n", Tool.ORDERS, null, LocalDate.of(2026, 1, 2),
        Instant.parse("2026-11-23T10:15:30Z"), Money.of("1.5", "SEK"), null);
    String json = new String(Json.write(item), StandardCharsets.UTF_8);
    assertThat(json).isEqualTo("{\"name\":\"n\",\"tool\":\"ORDERS\",\"date\":\"2026-01-02\","
        + "\"at\":\"2026-11-23T10:15:30Z\",\"price\":{\"amount\":\"1.50\",\"currency\":\"SEK\"}}");
  }

  @Test
  void write_null_throwsNamingParameter() {
    assertThatThrownBy(() -> Json.write(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("value");
  }

  private static <T> T read(String json, Class<T> type) {
    return Json.read(json.getBytes(StandardCharsets.UTF_8), type, "req-1", 200);
  }
}
