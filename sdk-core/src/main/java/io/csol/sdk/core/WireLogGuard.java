package io.csol.sdk.core;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses a client while HttpClient's wire or header logger is at DEBUG, because those loggers
 * print the token request's {@code client_secret} or password, the {@code access_token} response
 * and every {@code Authorization: Bearer} header in full.
 */
final class WireLogGuard {
  /** HttpClient 5 logs every byte sent and received here at DEBUG. */
  static final String WIRE = "org.apache.hc.client5.http.wire";
  /** HttpClient 5 logs every request and response header here at DEBUG. */
  static final String HEADERS = "org.apache.hc.client5.http.headers";

  private static final Logger LOG = LoggerFactory.getLogger("io.csol.sdk.core"); // by name: referring to CsolClient would tie the value types to the facade

  private WireLogGuard() {
  }

  /**
   * Checks the two loggers' levels as the logging backend reports them now.
   *
   * @param allowed whether the user accepted secrets in the log
   * @throws IllegalStateException when a logger is at DEBUG and {@code allowed} is false
   */
  static void check(boolean allowed) {
    String debug = LoggerFactory.getLogger(WIRE).isDebugEnabled() ? WIRE
        : LoggerFactory.getLogger(HEADERS).isDebugEnabled() ? HEADERS : null;
    if (debug == null) {
      return;
    }
    if (!allowed) {
      throw new IllegalStateException("logger " + debug + " is at DEBUG: HttpClient would log the"
          + " client secret or password, access and refresh tokens and Authorization headers in"
          + " full. Set the loggers " + WIRE + " and " + HEADERS + " to INFO, or accept secrets in"
          + " the log with CsolClient.builder().allowWireLogging(true) (never in production)");
    }
    LOG.warn("[csol] logger {} is at DEBUG and allowWireLogging(true) was set: secrets (client"
        + " secret or password, tokens, Authorization headers) will be written to the log", debug);
  }
}
