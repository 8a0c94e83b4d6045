package io.csol.sandbox.tools.billing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The small in-memory store of requests opened by disputes and of forwarded invoices, kept
 * per server state. Tracking numbers are {@code R-2026-} and a sequence from 100001 (lower
 * numbers are left to the seeded world and the access tool). Thread-safe.
 */
public final class BillingRequests {

  /** A forward of an invoice to e-mail recipients. */
  public record Forward(String invoiceNumber, List<String> recipients, String message, Instant forwardedAt, String by) {
    public Forward {
      recipients = List.copyOf(recipients);
    }
  }

  private final AtomicLong sequence = new AtomicLong(100_000);
  private final Map<String, BillingRequest> requests = new ConcurrentHashMap<>();
  private final List<Forward> forwards = new CopyOnWriteArrayList<>();

  /** Opens an invoice inquiry for a dispute and returns it. */
  public BillingRequest openDispute(Invoice invoice, String reason, String details, String by, Instant now) {
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(now, "now");
    String trackingNumber = String.format("R-2026-%06d", sequence.incrementAndGet());
    BillingRequest request = new BillingRequest(trackingNumber, "INVOICES", "SUBMITTED",
        "Dispute of invoice " + invoice.number() + " (" + reason + ")", now, nextBusinessDay(now),
        invoice.number(), invoice.customerNumber(), reason, details, by);
    requests.put(trackingNumber, request);
    return request;
  }

  /** Returns the request with this tracking number, if opened here. */
  public Optional<BillingRequest> request(String trackingNumber) {
    return Optional.ofNullable(requests.get(trackingNumber));
  }

  /** Returns every request opened here, oldest first. */
  public List<BillingRequest> requests() {
    List<BillingRequest> all = new ArrayList<>(requests.values());
    all.sort((a, b) -> a.trackingNumber().compareTo(b.trackingNumber()));
    return all;
  }

  /** Records a forward. */
  public void recordForward(Forward forward) {
    forwards.add(Objects.requireNonNull(forward, "forward"));
  }

  /** Returns the recorded forwards, oldest first. */
  public List<Forward> forwards() {
    return List.copyOf(forwards);
  }

  /** Returns the same time on the next business day (Saturday and Sunday skipped), in UTC. */
  public static Instant nextBusinessDay(Instant now) {
    ZonedDateTime next = now.atZone(ZoneOffset.UTC).plusDays(1);
    while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
      next = next.plusDays(1);
    }
    return next.toInstant();
  }
}
