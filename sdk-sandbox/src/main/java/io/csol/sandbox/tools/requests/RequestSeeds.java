package io.csol.sandbox.tools.requests;

import io.csol.sandbox.spi.SandboxWorld;
import io.csol.sandbox.tools.billing.Invoice;
import io.csol.sandbox.tools.billing.StatementIndex;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The requests a server state starts with, dated back from its first use so that their support
 * timeline has already run: per seeded customer a closed general question and an answered
 * inventory question (waiting for the customer); for 1000001 and 1000002 a late one (unanswered
 * past respond-by) and for 1000001 one just submitted; the PENDING entitlement request of the
 * seeded world (pia, {@code R-2026-000042}); and one INVOICES request for every seeded disputed
 * invoice, under the invoice's {@code disputeTrackingNumber}.
 */
final class RequestSeeds {

  private static final Duration DAY = Duration.ofDays(1);

  private RequestSeeds() {
  }

  static void seed(RequestStore store, Instant now) {
    SandboxWorld world = store.world();
    for (SandboxWorld.Customer customer : world.customers()) {
      String number = customer.number();
      RequestStore.Contact contact = contact(world, number);
      String general = open(store, new RequestStore.Draft("GENERAL", "Change of invoice address",
          "Please send our invoices to the accounts payable department from next month on.", number, null, null,
          contact, List.of()), now.minus(DAY.multipliedBy(30)));
      store.seedAdvance(general, now.minus(DAY.multipliedBy(26)));
      store.seedClose(general, now.minus(DAY.multipliedBy(25)));
      String inventory = open(store, new RequestStore.Draft("INVENTORY", "Maintenance interval of our press",
          "When is the next maintenance of this machine due, and is it covered by our contract?", number,
          "INSTALLED_ITEM", "SN-" + number + "-001", contact, List.of()), now.minus(DAY.multipliedBy(6)));
      store.seedAdvance(inventory, now);
      if (number.equals("1000001") || number.equals("1000002")) {
        RequestStore.Draft late = new RequestStore.Draft("ORDERS", "Delivery date of order " + number + "-77",
            "The confirmed delivery date has passed; when will the goods arrive?", number, "ORDER",
            "ORD-" + number + "-77", contact, List.of());
        Instant opened = now.minus(DAY.multipliedBy(4));
        String tn = store.seed(late, opened, null, now.plus(DAY)).trackingNumber();
        store.seedAdvance(tn, now);
      }
      if (number.equals("1000001")) {
        store.seed(new RequestStore.Draft("STATEMENTS", "Payment not shown on the statement",
            "We paid last week by bank transfer, but the statement still shows the amount as open.", number, null,
            null, contact, List.of()), now.minus(Duration.ofMinutes(5)), null, null);
      }
    }
    world.person("pia").ifPresent(pia -> store.seedAdvance(store.seed(new RequestStore.Draft("ACCOUNT",
        "Access to INVOICES for customer 1000002", "I need to approve our invoices.", "1000002", "ENTITLEMENT",
        "INVOICES:1000002", new RequestStore.Contact(pia.name(), pia.email()), List.of()),
        now.minus(DAY.multipliedBy(2)), "R-2026-000042", null).trackingNumber(), now));
    StatementIndex index = store.billing().index();
    long count = store.billing().generator().invoiceCount();
    for (long k = 0; k < count; k++) {
      Invoice invoice = index.entry(k).invoice();
      if (invoice.disputeTrackingNumber() == null) {
        continue;
      }
      Instant opened = invoice.updatedAt().isBefore(now) ? invoice.updatedAt() : now.minus(Duration.ofHours(1));
      String tn = store.seed(new RequestStore.Draft("INVOICES", "Dispute of invoice " + invoice.number() + " (PRICE)",
          "The unit prices of this invoice differ from our contract prices; please check and correct them.",
          invoice.customerNumber(), "INVOICE", invoice.number(), contact(world, invoice.customerNumber()),
          List.of()), opened, invoice.disputeTrackingNumber(), null).trackingNumber();
      store.seedAdvance(tn, now);
    }
  }

  /** The seeded person who holds only this customer number, else the first who holds it. */
  private static RequestStore.Contact contact(SandboxWorld world, String customerNumber) {
    SandboxWorld.Account account = world.people().stream()
        .filter(p -> p.customerNumbers().equals(List.of(customerNumber))).findFirst()
        .orElseGet(() -> world.people().stream().filter(p -> p.customerNumbers().contains(customerNumber))
            .findFirst().orElseThrow());
    return new RequestStore.Contact(account.name(), account.email());
  }

  /** Opens a seeded request with a tracking number from the store's sequence and returns that number. */
  private static String open(RequestStore store, RequestStore.Draft draft, Instant at) {
    return store.seed(draft, at, null, null).trackingNumber();
  }
}
