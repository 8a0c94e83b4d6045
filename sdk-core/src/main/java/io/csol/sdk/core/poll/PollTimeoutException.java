package io.csol.sdk.core.poll;

import io.csol.sdk.core.error.CsolException;
import java.time.Duration;
import java.util.Optional;

/**
 * A {@link Poller} reached its deadline before the awaited condition held. Carries the last value
 * fetched (so a caller can report how far things got) and, when the last fetch failed with a
 * transient error, that error as the cause.
 */
public class PollTimeoutException extends CsolException {
  private static final long serialVersionUID = 1L;

  private final transient Object lastValue;
  private final int polls;
  private final Duration timeout;

  /**
   * Creates the exception.
   *
   * @param timeout the deadline that ran out, not null
   * @param polls how many times the value was fetched
   * @param lastValue the last value fetched, or null when none was fetched successfully
   * @param lastError the transient failure of the last fetch, or null
   */
  public PollTimeoutException(Duration timeout, int polls, Object lastValue, Throwable lastError) {
    // the value is not in the message: it may hold personal data
    super("the awaited condition did not hold within " + timeout + " (" + polls + " polls)",
        null, lastError);
    this.timeout = timeout;
    this.polls = polls;
    this.lastValue = lastValue;
  }

  /**
   * Returns the last value fetched before the deadline.
   *
   * @return the value, empty when no fetch succeeded
   */
  public Optional<Object> lastValue() {
    return Optional.ofNullable(lastValue);
  }

  /** @return how many times the value was fetched */
  public int polls() {
    return polls;
  }

  /** @return the timeout that ran out */
  public Duration timeout() {
    return timeout;
  }
}
