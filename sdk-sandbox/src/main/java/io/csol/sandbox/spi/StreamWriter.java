package io.csol.sandbox.spi;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a streamed (chunked) response body; the stream is closed by the server afterwards. */
@FunctionalInterface
public interface StreamWriter {

  /** Writes the whole body to {@code out}. */
  void write(OutputStream out) throws IOException;
}
