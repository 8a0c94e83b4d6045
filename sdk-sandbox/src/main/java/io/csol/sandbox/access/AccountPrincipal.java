package io.csol.sandbox.access;

import io.csol.sandbox.spi.Principal;
import io.csol.sandbox.spi.ProblemException;
import io.csol.sandbox.spi.SandboxWorld;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A seeded account as the principal of a request; entitlements come from the current book. */
final class AccountPrincipal implements Principal {

  private final SandboxWorld.Account account;
  private final EntitlementBook book;
  private final SandboxWorld world;

  AccountPrincipal(SandboxWorld.Account account, EntitlementBook book, SandboxWorld world) {
    this.account = account;
    this.book = book;
    this.world = world;
  }

  SandboxWorld.Account account() {
    return account;
  }

  @Override
  public String subject() {
    return account.id();
  }

  @Override
  public boolean machine() {
    return account.machine();
  }

  @Override
  public List<String> customerNumbers() {
    return account.customerNumbers();
  }

  @Override
  public Set<String> entitledCustomers(String tool) {
    Objects.requireNonNull(tool, "tool");
    return book.active(account.id(), tool);
  }

  @Override
  public void requireEntitled(String tool, String customerNumber) {
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(customerNumber, "customerNumber");
    if (!account.customerNumbers().contains(customerNumber)) {
      // another customer's record: say nothing about that customer or its country
      throw ProblemException.notFound("no such record");
    }
    if (!entitledCustomers(tool).contains(customerNumber)) {
      String country = world.customer(customerNumber).map(SandboxWorld.Customer::country).orElse(null);
      throw new ProblemException(403, "not-entitled", "Not entitled",
          "no ACTIVE " + tool + " entitlement for customer " + customerNumber
              + (country == null ? "" : " in " + country))
          .with("tool", tool).with("customerNumber", customerNumber).with("country", country);
    }
  }

  @Override
  public String toString() {
    return "Principal[" + account.id() + "]";
  }
}
