package io.csol.sandbox.spi;

/**
 * Where tool modules register their routes.
 *
 * <p>A pattern is a path such as {@code "/v1/invoices/{number}/image"}; {@code {name}} matches one
 * segment and is read with {@link Request#pathParam(String)}. Literal segments win over variables,
 * so {@code /v1/invoices/export} beats {@code /v1/invoices/{number}}. Every route needs a valid
 * bearer token unless registered with {@link #openForm(String, Handler)}.
 */
public interface Routes {

  /** Returns a view whose routes require an ACTIVE entitlement for {@code tool} (CONTRACTS, INVOICES, ...). */
  Routes tool(String tool);

  /**
   * Returns the tool whose ACTIVE entitlement this view's routes require (as given to
   * {@link #tool(String)}), or null for a tool-free view.
   */
  String requiredTool();

  /** Registers a GET route. */
  void get(String pattern, Handler handler);

  /** Registers a POST route (JSON body; Idempotency-Key honoured). */
  void post(String pattern, Handler handler);

  /**
   * Registers a POST route whose body the handler reads itself, as a stream
   * ({@link Request#bodyStream()}), whatever its content type: the pipeline neither buffers nor
   * checks it (uploads of up to tens of megabytes). An {@code Idempotency-Key} is honoured on the
   * request's fingerprint, its {@code Content-Digest}, {@code Content-Type} and query, instead of
   * the body: a retry with the same key and fingerprint replays the first response without
   * reading its body.
   */
  void upload(String pattern, Handler handler);

  /** Registers a PUT route. */
  void put(String pattern, Handler handler);

  /** Registers a DELETE route. */
  void delete(String pattern, Handler handler);

  /**
   * Registers a POST route that needs no bearer token and takes an
   * {@code application/x-www-form-urlencoded} body: the sign-in (OAuth token) endpoint of the
   * access module. Every other route needs a token.
   */
  void openForm(String pattern, Handler handler);
}
