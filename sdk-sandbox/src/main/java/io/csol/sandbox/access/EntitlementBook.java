package io.csol.sandbox.access;

import io.csol.sandbox.spi.SandboxWorld;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The entitlements of every account in the current server state: seeded from the world,
 * changed by entitlement requests, rebuilt on reset. Thread-safe (all methods synchronized).
 */
public final class EntitlementBook {

  /** One entitlement of one account. */
  public record Entry(String tool, String customerNumber, String country, String status,
            String trackingNumber, Instant updatedAt) { }

  private final SandboxWorld world;
  private final Clock clock;
  private final Map<String, List<Entry>> byAccount = new LinkedHashMap<>();

  /** Seeds the book from the world; seeded entries are dated {@code seededAt}. */
  public EntitlementBook(SandboxWorld world, Clock clock, Instant seededAt) {
    this.world = world;
    this.clock = clock;
    List<SandboxWorld.Account> accounts = new ArrayList<>(world.people());
    accounts.addAll(world.clients());
    for (SandboxWorld.Account account : accounts) {
      List<Entry> entries = new ArrayList<>();
      for (SandboxWorld.Entitlement e : account.entitlements()) {
        entries.add(new Entry(e.tool(), e.customerNumber(), country(e.customerNumber()), e.status(),
            e.trackingNumber(), seededAt));
      }
      byAccount.put(account.id(), entries);
    }
  }

  private String country(String customerNumber) {
    return world.customer(customerNumber).map(SandboxWorld.Customer::country).orElse(null);
  }

  /** Returns all entitlements of an account. */
  public synchronized List<Entry> of(String subject) {
    return List.copyOf(byAccount.getOrDefault(subject, List.of()));
  }

  /** Returns the customer numbers with an ACTIVE entitlement for a tool. */
  public synchronized Set<String> active(String subject, String tool) {
    Set<String> result = new LinkedHashSet<>();
    for (Entry e : byAccount.getOrDefault(subject, List.of())) {
      if (e.tool().equals(tool) && e.status().equals("ACTIVE")) {
        result.add(e.customerNumber());
      }
    }
    return result;
  }

  /** Returns the entitlement of a subject for a tool and customer, if any. */
  public synchronized Optional<Entry> find(String subject, String tool, String customerNumber) {
    return byAccount.getOrDefault(subject, List.of()).stream()
        .filter(e -> e.tool().equals(tool) && e.customerNumber().equals(customerNumber))
        .findFirst();
  }

  /**
   * Records a PENDING request under the tracking number of the request it opened in My requests,
   * replacing any earlier entry, and returns it.
   */
  public synchronized Entry request(String subject, String tool, String customerNumber, String tracking) {
    List<Entry> entries = byAccount.computeIfAbsent(subject, k -> new ArrayList<>());
    entries.removeIf(e -> e.tool().equals(tool) && e.customerNumber().equals(customerNumber));
    Instant now = clock.instant();
    Entry entry = new Entry(tool, customerNumber, country(customerNumber), "PENDING", tracking, now);
    entries.add(entry);
    return entry;
  }

  /** Sets a status directly (for tests that need an entitlement granted or revoked). */
  public synchronized void set(String subject, String tool, String customerNumber, String status) {
    List<Entry> entries = byAccount.computeIfAbsent(subject, k -> new ArrayList<>());
    entries.removeIf(e -> e.tool().equals(tool) && e.customerNumber().equals(customerNumber));
    entries.add(new Entry(tool, customerNumber, country(customerNumber), status, null, clock.instant()));
  }
}
