package io.csol.sandbox.internal;

import com.sun.net.httpserver.HttpExchange;
import io.csol.sandbox.spi.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/** Writes a response on the wire, applying a response-phase fault when one was decided. */
final class ResponseSender {

  private static final int SLOW_PIECES = 10;

  private ResponseSender() {
  }

  /** Tells whether a fault acts on the response (the handler runs first). */
  static boolean responsePhase(FaultHook.Kind kind) {
    return kind == FaultHook.Kind.RESET_AFTER_HANDLER || kind == FaultHook.Kind.RESET_MID_BODY
        || kind == FaultHook.Kind.TRUNCATED_BODY || kind == FaultHook.Kind.MALFORMED_JSON
        || kind == FaultHook.Kind.SLOW_BODY;
  }

  /** Sends the response; {@code fault} is null or a response-phase rule. */
  static void send(HttpExchange exchange, Response response, FaultHook.Fault fault) throws IOException {
    FaultHook.Kind kind = fault == null ? null : fault.kind();
    if (kind == FaultHook.Kind.RESET_AFTER_HANDLER) {
      throw new ConnectionAbort(kind.name());
    }
    if (response.contentType() != null) {
      exchange.getResponseHeaders().set("Content-Type", response.contentType());
    }
    response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    if (response.streamed() && kind != FaultHook.Kind.MALFORMED_JSON && kind != FaultHook.Kind.SLOW_BODY) {
      sendStream(exchange, response, kind);
      return;
    }
    byte[] body = response.streamed() ? buffered(response) : response.body();
    if (body.length == 0 || response.status() == 204 || response.status() == 304) {
      exchange.sendResponseHeaders(response.status(), -1);
      exchange.close();
      return;
    }
    if (kind == null) {
      exchange.sendResponseHeaders(response.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
      return;
    }
    sendFaulty(exchange, response.status(), body, fault);
  }

  /** A streamed body rendered in memory, for faults that need the whole body to corrupt it. */
  private static byte[] buffered(Response response) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    response.writer().write(out);
    return out.toByteArray();
  }

  private static void sendStream(HttpExchange exchange, Response response, FaultHook.Kind kind) throws IOException {
    // a known length goes out as Content-Length, otherwise chunked
    exchange.sendResponseHeaders(response.status(), Math.max(0, response.length()));
    OutputStream out = exchange.getResponseBody();
    if (kind == FaultHook.Kind.RESET_MID_BODY || kind == FaultHook.Kind.TRUNCATED_BODY) {
      // write through a stream that aborts after a few KiB: the client sees a cut chunked body
      response.writer().write(new AbortingStream(out, 4096));
      throw new ConnectionAbort(kind.name());
    }
    try (out) {
      response.writer().write(out);
    }
  }

  private static void sendFaulty(HttpExchange exchange, int status, byte[] body, FaultHook.Fault fault)
      throws IOException {
    switch (fault.kind()) {
      case TRUNCATED_BODY -> {
        exchange.sendResponseHeaders(status, body.length);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, body.length / 2);
        out.flush();
        throw new ConnectionAbort(fault.kind().name());
      }
      case RESET_MID_BODY -> {
        exchange.sendResponseHeaders(status, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, body.length / 2);
        out.flush();
        throw new ConnectionAbort(fault.kind().name());
      }
      case MALFORMED_JSON -> {
        byte[] bad = malformed(body);
        exchange.sendResponseHeaders(status, bad.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bad);
        }
      }
      case SLOW_BODY -> {
        exchange.sendResponseHeaders(status, body.length);
        long pause = Math.max(1, fault.delayMillis() / SLOW_PIECES);
        try (OutputStream out = exchange.getResponseBody()) {
          int piece = Math.max(1, (body.length + SLOW_PIECES - 1) / SLOW_PIECES);
          for (int off = 0; off < body.length; off += piece) {
            out.write(body, off, Math.min(piece, body.length - off));
            out.flush();
            sleep(pause);
          }
        }
      }
      default -> throw new IllegalStateException("not a response-phase fault: " + fault.kind());
    }
  }

  /**
   * Keeps the first half of the JSON and appends a stray {@code #}: the outer object or array is
   * never closed, so the document is invalid wherever the cut falls, yet the HTTP message is complete.
   */
  static byte[] malformed(byte[] body) {
    byte[] cut = Arrays.copyOf(body, Math.max(1, body.length / 2) + 1);
    cut[cut.length - 1] = '#';
    return cut;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectionAbort("interrupted");
    }
  }

  /** An output stream that aborts the connection after {@code limit} bytes. */
  private static final class AbortingStream extends OutputStream {
    private final OutputStream out;
    private long left;

    AbortingStream(OutputStream out, long limit) {
      this.out = out;
      this.left = limit;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      int n = (int) Math.min(len, left);
      out.write(b, off, n);
      left -= n;
      if (left == 0) {
        out.flush();
        throw new ConnectionAbort("RESET_MID_BODY");
      }
    }
  }
}
