package io.csol.sdk.core.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a response while its connection is leased; the transport consumes or closes the body
 * afterwards on every path.
 *
 * @param <T> what the reader produces
 */
@FunctionalInterface
public interface ResponseReader<T> {
  /**
   * Reads the response.
   *
   * @param head status and headers
   * @param body the (decompressed) body; empty when the response has none
   * @return the result
   * @throws IOException when reading fails
   */
  T read(IncomingResponse head, InputStream body) throws IOException;
}
