package io.csol.sdk.core.internal;

import io.csol.sdk.core.DocumentInfo;
import io.csol.sdk.core.http.IncomingResponse;
import java.io.IOException;
import java.io.InputStream;

/** Where a 2xx document body goes, once per attempt (not API). */
@FunctionalInterface
interface DocumentTarget {
  DocumentInfo write(IncomingResponse head, InputStream body, String requestId) throws IOException;
}
