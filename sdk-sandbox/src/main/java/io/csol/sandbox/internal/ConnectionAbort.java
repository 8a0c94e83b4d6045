package io.csol.sandbox.internal;

/**
 * Thrown out of the HTTP handler on purpose so the JDK server closes the connection without
 * (completing) a response: that is how resets and cut bodies reach the client.
 */
final class ConnectionAbort extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ConnectionAbort(String fault) {
    super("injected fault " + fault, null, false, false);
  }
}
