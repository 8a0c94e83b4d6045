package io.csol.sdk.core.access;

import io.csol.sdk.core.Tool;
import io.csol.sdk.core.poll.Poller;
import io.csol.sdk.core.poll.PollTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Waiting for an entitlement request to be decided, built on {@link Poller}. A static helper
 * rather than an {@link AccessClient} method: the client's methods are exactly the spec's
 * operationIds.
 *
 * <pre>{@code
 * AccessClient access = AccessClient.of(csol);
 * access.requestEntitlement(RequestEntitlementRequest.builder()...build());
 * Entitlement e = Entitlements.awaitDecision(access, Tool.INVOICES, "1000001", Duration.ofMinutes(30));
 * if (!e.isActive()) { ... denied ... }
 * }</pre>
 */
public final class Entitlements {
  private static final Pattern CUSTOMER_NUMBER = Pattern.compile("[0-9]{7}");

  private Entitlements() {
  }

  /**
   * Returns the caller's current entitlement to a tool for a customer number.
   *
   * @param access the access client, not null
   * @param tool the tool, not null
   * @param customerNumber the 7-digit customer number
   * @return the entitlement, empty when none exists (not requested yet)
   * @throws IllegalArgumentException if {@code customerNumber} is not 7 digits
   */
  public static Optional<Entitlement> find(AccessClient access, Tool tool, String customerNumber) {
    Objects.requireNonNull(access, "access must not be null");
    Objects.requireNonNull(tool, "tool must not be null");
    checkCustomer(customerNumber);
    return access.listEntitlements().stream()
        .filter(e -> e.tool() == tool && customerNumber.equals(e.customerNumber()))
        .findFirst();
  }

  /**
   * Waits until the entitlement to {@code tool} for {@code customerNumber} is decided (its
   * status is no longer PENDING), polling {@code listEntitlements} every 2 s at first, then less
   * often (up to every 60 s).
   *
   * @param access the access client, not null
   * @param tool the tool, not null
   * @param customerNumber the 7-digit customer number
   * @param timeout how long to wait at most, positive
   * @return the decided entitlement: {@link Entitlement#isActive()} tells whether it was granted
   * @throws PollTimeoutException when still pending (or absent) at the deadline; its
   *     {@code lastValue()} is the last {@code Optional<Entitlement>} seen
   * @throws IllegalArgumentException if {@code customerNumber} is not 7 digits or
   *     {@code timeout} is not positive
   */
  public static Entitlement awaitDecision(AccessClient access, Tool tool, String customerNumber,
      Duration timeout) {
    return awaitDecision(access, tool, customerNumber, timeout, d -> Thread.sleep(d.toMillis()),
        Clock.systemUTC());
  }

  /** As the public one, waiting with {@code sleeper} and measuring with {@code clock} (tests). */
  static Entitlement awaitDecision(AccessClient access, Tool tool, String customerNumber,
      Duration timeout, Poller.Sleeper sleeper, Clock clock) {
    Objects.requireNonNull(access, "access must not be null");
    Objects.requireNonNull(tool, "tool must not be null");
    checkCustomer(customerNumber);
    return Poller.<Optional<Entitlement>>builder()
        .fetch(() -> find(access, tool, customerNumber))
        .until(e -> e.isPresent() && e.get().status() != EntitlementStatus.PENDING)
        .timeout(timeout)
        .initialDelay(Duration.ofSeconds(2))
        .maxDelay(Duration.ofSeconds(60))
        .sleeper(sleeper)
        .clock(clock)
        .build()
        .await()
        .orElseThrow();
  }

  private static void checkCustomer(String customerNumber) {
    Objects.requireNonNull(customerNumber, "customerNumber must not be null");
    if (!CUSTOMER_NUMBER.matcher(customerNumber).matches()) {
      throw new IllegalArgumentException("customerNumber must be 7 digits, e.g. 1000001");
    }
  }
}
