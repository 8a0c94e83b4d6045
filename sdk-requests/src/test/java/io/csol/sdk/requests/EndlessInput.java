package io.csol.sdk.requests;

import java.io.InputStream;
import java.util.Arrays;

/** A stream that never ends, for the tests that prove an upload stops reading past the limit. */
final class EndlessInput extends InputStream {

  @Override
  public int read() {
    return 'x';
  }

  @Override
  public int read(byte[] b, int off, int len) {
    Arrays.fill(b, off, off + len, (byte) 'x');
    return len;
  }
}
