package io.csol.sdk.core;

/**
 * Counters of what a {@link CsolClient} has done since it was built, for a job's summary or a
 * metrics gauge. A snapshot: the values do not change after it is taken.
 *
 * <pre>{@code
 * ClientStatistics s = csol.statistics();
 * log.info("calls={} retries={}", s.calls(), s.retries());
 * }</pre>
 *
 * @param calls logical calls started, including token requests; one call may take several attempts
 * @param attempts HTTP requests sent (or tried), over all calls
 * @param retries attempts that were repeated after a retryable failure (attempts beyond the first)
 */
public record ClientStatistics(long calls, long attempts, long retries) {

  /**
   * Checks that no counter is negative.
   *
   * @param calls see the record description
   * @param attempts see the record description
   * @param retries see the record description
   */
  public ClientStatistics {
    if (calls < 0 || attempts < 0 || retries < 0) {
      throw new IllegalArgumentException("calls, attempts and retries must be >= 0");
    }
  }
}
