package io.csol.sdk.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.error.ResponseDecodingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The response size cap counts every way of consuming the body: bytes, arrays and skips. */
class BoundedBodyTest {

  private static BoundedBody body(int bytes, long cap) {
    // zero bytes: a read() of the byte 0 must count like any other
    return new BoundedBody(new ByteArrayInputStream(new byte[bytes]), cap, 200, "req-1");
  }

  @Test
  void readSingleBytes_atTheCapFine_onePastRefused() throws IOException {
    BoundedBody b = body(4, 3);
    assertThat(b.read()).isZero();
    assertThat(b.read()).isZero();
    assertThat(b.read()).isZero();
    assertThat(b.bytesRead()).isEqualTo(3);
    assertThatThrownBy(b::read)
        .isInstanceOf(ResponseDecodingException.class)
        .hasMessageContaining("response body exceeds 3 bytes");
  }

  @Test
  void readSingleBytes_endOfBodyNotCounted() throws IOException {
    BoundedBody b = body(1, 1);
    assertThat(b.read()).isZero();
    assertThat(b.read()).isEqualTo(-1);
    assertThat(b.read()).isEqualTo(-1);
    assertThat(b.bytesRead()).isEqualTo(1);
  }

  @Test
  void readArrays_atTheCapFine_onePastRefused() throws IOException {
    BoundedBody exact = body(10, 10);
    assertThat(exact.read(new byte[64], 0, 64)).isEqualTo(10);
    assertThat(exact.read(new byte[64], 0, 64)).isEqualTo(-1);
    assertThat(exact.bytesRead()).isEqualTo(10);

    BoundedBody over = body(11, 10);
    assertThatThrownBy(() -> over.read(new byte[64], 0, 64))
        .isInstanceOf(ResponseDecodingException.class)
        .hasMessageContaining("response body exceeds 10 bytes");
  }

  @Test
  void skip_countsAgainstTheCap() throws IOException {
    BoundedBody b = body(11, 10);
    assertThat(b.skip(10)).isEqualTo(10);
    assertThat(b.bytesRead()).isEqualTo(10);
    assertThatThrownBy(() -> b.skip(1))
        .isInstanceOf(ResponseDecodingException.class)
        .hasMessageContaining("response body exceeds 10 bytes");
  }

  @Test
  void refused_carriesStatusAndRequestId() {
    BoundedBody b = body(2, 1);
    assertThatThrownBy(() -> b.read(new byte[8], 0, 8))
        .isInstanceOfSatisfying(ResponseDecodingException.class, e -> {
          assertThat(e.status()).isEqualTo(200);
          assertThat(e.requestId()).contains("req-1");
        });
  }
}
