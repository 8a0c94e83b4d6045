package io.csol.benchmarks;

/**
 * The three operations every measured client performs, so one harness drives all of them.
 *
 * <p>Implementations are used from one thread at a time.
 */
public interface BenchClient extends AutoCloseable {

  /** The invoice every small-GET measurement reads; it exists at every sandbox scale. */
  String INVOICE_NUMBER = "9100000001";

  /** Page size of every paged read: the largest the API allows. */
  int PAGE_SIZE = 500;

  /**
   * Reads one invoice by number, fully decoded into the client's model.
   *
   * @param number the invoice number
   * @return the decoded invoice (returned so that JMH cannot drop the work)
   */
  Object invoice(String number);

  /**
   * Reads the first page of statement lines, fully decoded.
   *
   * @param limit the page size, 1..500
   * @return the number of lines on the page
   */
  int firstPage(int limit);

  /**
   * Reads every statement line whose id is at most {@code lastId}, page by page, and hands each
   * line's id to {@code sink} in the order received.
   *
   * @param lastId the last id to read, e.g. {@code SL-000100000}, or null for every line
   * @param sink receives each line's id
   * @param pageWork what the caller does after each page (simulated processing), or null
   */
  void readAll(String lastId, IdSink sink, Runnable pageWork);

  /**
   * The filter expression for "id up to {@code lastId}" in the query language.
   *
   * @param lastId the last id, e.g. {@code SL-000100000}
   * @return e.g. {@code id le 'SL-000100000'}
   */
  static String idUpTo(String lastId) {
    return "id le '" + lastId.replace("'", "''") + "'";
  }

  /** Releases the connections. */
  @Override
  void close();

  /** Receives record ids. */
  @FunctionalInterface
  interface IdSink {
    /**
     * Accepts one record id.
     *
     * @param id the id, e.g. {@code SL-000000001}
     */
    void accept(String id);
  }
}
