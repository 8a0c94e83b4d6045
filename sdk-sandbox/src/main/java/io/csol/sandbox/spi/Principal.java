package io.csol.sandbox.spi;

import java.util.List;
import java.util.Set;

/** Who sent the request: a person (password grant) or a machine client. */
public interface Principal {

  /** Returns the user name or client id. */
  String subject();

  /** Tells whether this is a machine client. */
  boolean machine();

  /** Returns the customer numbers the principal belongs to, in seeded order. */
  List<String> customerNumbers();

  /** Returns the customer numbers with an ACTIVE entitlement for {@code tool}. */
  Set<String> entitledCustomers(String tool);

  /**
   * Guards a record of {@code customerNumber}: throws 404 not-found (naming nothing) when the
   * principal does not hold that customer number, and 403 not-entitled naming the tool, customer
   * and its country when it holds it without an ACTIVE entitlement for {@code tool}.
   */
  void requireEntitled(String tool, String customerNumber) throws ProblemException;
}
