package io.csol.sandbox.spi;

/** Handles one request of a route; a thrown {@link ProblemException} becomes a problem response. */
@FunctionalInterface
public interface Handler {

  /** Handles the request and returns the response to send. */
  Response handle(Request request) throws ProblemException;
}
