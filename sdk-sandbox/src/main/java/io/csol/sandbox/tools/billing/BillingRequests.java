package io.csol.sandbox.tools.billing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The recorded forwards of invoices, kept per server state. (Disputes open their inquiry in the
 * one request store of My requests, {@code tools.requests.RequestStore}.) Thread-safe.
 */
public final class BillingRequests {

  /** A forward of an invoice to e-mail recipients. */
  public record Forward(String invoiceNumber, List<String> recipients, String message, Instant forwardedAt, String by) {
    /** Copies the recipients. */
    public Forward {
      recipients = List.copyOf(recipients);
    }
  }

  private final List<Forward> forwards = new CopyOnWriteArrayList<>();

  /** Records a forward. */
  public void recordForward(Forward forward) {
    forwards.add(Objects.requireNonNull(forward, "forward"));
  }

  /** Returns the recorded forwards, oldest first. */
  public List<Forward> forwards() {
    return List.copyOf(forwards);
  }
}
