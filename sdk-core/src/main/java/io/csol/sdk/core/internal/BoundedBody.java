package io.csol.sdk.core.internal;

import io.csol.sdk.core.error.ResponseDecodingException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A response body stream that refuses to deliver more than a cap, so a runaway body cannot fill
 * the heap while it is decoded on the fly (not API).
 */
final class BoundedBody extends FilterInputStream {
  private final long cap;
  private final int status;
  private final String requestId;
  private long read;

  BoundedBody(InputStream in, long cap, int status, String requestId) {
    super(in);
    this.cap = cap;
    this.status = status;
    this.requestId = requestId;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int off, int len) throws IOException {
    int n = super.read(buffer, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  /** @return the bytes delivered so far */
  long bytesRead() {
    return read;
  }

  private void count(long n) {
    read += n;
    if (read > cap) {
      throw new ResponseDecodingException("response body exceeds " + cap + " bytes", status,
          requestId, null);
    }
  }
}
