package io.csol.sdk.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.error.ResponseDecodingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Json.read / readStream: argument checks, Void bodies, and stream failures kept as they are. */
class JsonStreamsTest {

  /** A line of a page. */
  public record Item(int a) {
  }

  /** A page of items. */
  public record Page(List<Item> items) {
  }

  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  /** Gives {@code prefix}, then throws {@code failure}. */
  private static InputStream failingAfter(String prefix, RuntimeException runtime,
      IOException io) {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        if (io != null) {
          throw io;
        }
        throw runtime;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return read();
      }
    };
    return new SequenceInputStream(text(prefix), failing);
  }

  @Test
  void type_null_refused() {
    assertThatThrownBy(() -> Json.type(null))
        .isInstanceOf(NullPointerException.class).hasMessage("type must not be null");
  }

  @Test
  void read_nullBodyOrType_refusedNamingIt() {
    assertThatThrownBy(() -> Json.read((InputStream) null, (Type) Item.class, "r", 200))
        .isInstanceOf(NullPointerException.class).hasMessage("body must not be null");
    assertThatThrownBy(() -> Json.read(text("{}"), (Type) null, "r", 200))
        .isInstanceOf(NullPointerException.class).hasMessage("type must not be null");
  }

  @Test
  void read_voidTypes_bodyNotReadAndNullReturned() {
    assertThat((Object) Json.read(text("not json"), (Type) Void.class, "r", 200)).isNull();
    assertThat((Object) Json.read(text("not json"), (Type) void.class, "r", 200)).isNull();
  }

  @Test
  void read_record_valueRead() {
    Item item = Json.read(text("{\"a\":7}"), (Type) Item.class, "r", 200);
    assertThat(item.a()).isEqualTo(7);
  }

  @Test
  void readStream_nullBodyOrType_refusedNamingIt() {
    assertThatThrownBy(() -> Json.readStream(null, Json.type(Item.class), "r", 200))
        .isInstanceOf(NullPointerException.class).hasMessage("body must not be null");
    assertThatThrownBy(() -> Json.readStream(text("{}"), null, "r", 200))
        .isInstanceOf(NullPointerException.class).hasMessage("type must not be null");
  }

  @Test
  void readStream_streamResetInsideANestedRecord_sameIoExceptionForTheRetry() {
    IOException reset = new IOException("connection reset");
    assertThatThrownBy(() -> Json.readStream(failingAfter("{\"items\":[{\"a\":1},{\"a\":", null,
        reset), Json.type(Page.class), "r", 200))
        .isSameAs(reset);
  }

  @Test
  void readStream_sizeCapHitInsideANestedRecord_capExceptionKept() {
    ResponseDecodingException cap = new ResponseDecodingException("body over the cap", 200, "r",
        null);
    assertThatThrownBy(() -> Json.readStream(failingAfter("{\"items\":[{\"a\":1},{\"a\":", cap,
        null), Json.type(Page.class), "r", 200))
        .isSameAs(cap);
  }

  @Test
  void readStream_wrongShape_decodingExceptionNotIo() {
    assertThatThrownBy(() -> Json.readStream(text("{\"items\":[{\"a\":\"x\"}]}"),
        Json.type(Page.class), "req-9", 200))
        .isInstanceOf(ResponseDecodingException.class);
  }

  @Test
  void readStream_streamLeftOpen() throws IOException {
    boolean[] closed = {false};
    InputStream body = new java.io.FilterInputStream(text("{\"a\":3}")) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    assertThat(((Item) Json.readStream(body, Json.type(Item.class), "r", 200)).a()).isEqualTo(3);
    assertThat(closed[0]).isFalse();
  }
}
