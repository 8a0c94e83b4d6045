package io.csol.sandbox.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The seeded world of the sandbox: customers, people, machine clients, tool offering and the
 * entitlements everyone starts with (CONTRACT section 1, "Seeded world").
 *
 * <p>The world is the same in every run and immutable; entitlement changes made through the API
 * live in the server state and disappear on {@link io.csol.sandbox.SandboxServer#reset()}. Thread-safe.
 */
public final class SandboxWorld {

  /** The tools of the product, as written on the wire. */
  public static final List<String> TOOLS =
      List.of("CONTRACTS", "ORDERS", "INVOICES", "STATEMENTS", "INVENTORY", "REQUESTS");

  /** A customer of the seeded world. */
  public record Customer(String number, String name, String country, List<String> currencies) {
    /** Validates and copies the currencies. */
    public Customer {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(country, "country");
      currencies = List.copyOf(currencies);
    }
  }

  /** A seeded entitlement: {@code status} is ACTIVE, PENDING, DENIED or REVOKED. */
  public record Entitlement(String tool, String customerNumber, String status, String trackingNumber) { }

  /**
   * A person (password grant) or machine client (client credentials grant).
   *
   * <p>{@code toString()} never shows the secret.
   */
  public record Account(String id, String secret, boolean machine, String name, String company,
              String email, List<String> customerNumbers, List<Entitlement> entitlements) {
    /** Copies the lists. */
    public Account {
      customerNumbers = List.copyOf(customerNumbers);
      entitlements = List.copyOf(entitlements);
    }

    @Override
    public String toString() {
      return "Account[id=" + id + ", machine=" + machine + ", customers=" + customerNumbers + "]";
    }
  }

  private static final Set<String> NOT_OFFERING_CONTRACTS = Set.of("CN", "KR");

  private final Map<String, Customer> customers = new LinkedHashMap<>();
  private final Map<String, Account> people = new LinkedHashMap<>();
  private final Map<String, Account> clients = new LinkedHashMap<>();

  /** Creates the seeded world (always the same). */
  public SandboxWorld() {
    add(new Customer("1000001", "Nordic Freight AB", "SE", List.of("SEK", "EUR")));
    add(new Customer("1000002", "Rheinwerk GmbH", "DE", List.of("EUR")));
    add(new Customer("1000003", "Atelier Lumiere SA", "FR", List.of("EUR", "USD")));
    add(new Customer("1000004", "Iberia Datos SL", "ES", List.of("EUR")));
    add(new Customer("1000005", "Hanyang Precision Co", "KR", List.of("KRW", "USD")));
    add(new Customer("1000006", "Shenzhen Meridian Ltd", "CN", List.of("CNY", "USD")));
    List<String> all = List.copyOf(customers.keySet());
    people.put("dana", new Account("dana", "demo-password-1", false, "Dana Berg", "Nordic Freight AB",
        "dana@example.com", all, activeEverywhere(all)));
    people.put("lars", new Account("lars", "demo-password-2", false, "Lars Holm", "Nordic Freight AB",
        "lars@example.com", List.of("1000001"), List.of(
            new Entitlement("INVOICES", "1000001", "ACTIVE", null),
            new Entitlement("STATEMENTS", "1000001", "ACTIVE", null),
            new Entitlement("ORDERS", "1000001", "DENIED", null),
            new Entitlement("CONTRACTS", "1000001", "REVOKED", null))));
    people.put("pia", new Account("pia", "demo-password-3", false, "Pia Vogel", "Rheinwerk GmbH",
        "pia@example.com", List.of("1000002"), List.of(
            new Entitlement("INVOICES", "1000002", "PENDING", "R-2026-000042"),
            new Entitlement("STATEMENTS", "1000002", "ACTIVE", null))));
    people.put("wei", new Account("wei", "demo-password-4", false, "Wei Zhang", "Shenzhen Meridian Ltd",
        "wei@example.com", List.of("1000006"), activeEverywhere(List.of("1000006"))));
    clients.put("recon-job", new Account("recon-job", "recon-secret-1", true, "Reconciliation job",
        "Nordic Freight AB", "recon-job@example.com", all, activeEverywhere(all)));
  }

  private void add(Customer customer) {
    customers.put(customer.number(), customer);
  }

  private List<Entitlement> activeEverywhere(List<String> customerNumbers) {
    List<Entitlement> result = new ArrayList<>();
    for (String number : customerNumbers) {
      for (String tool : TOOLS) {
        if (offered(tool, customers.get(number).country())) {
          result.add(new Entitlement(tool, number, "ACTIVE", null));
        }
      }
    }
    return result;
  }

  /** Returns the six seeded customers in number order. */
  public List<Customer> customers() {
    return List.copyOf(customers.values());
  }

  /** Returns the customer with this number, if seeded. */
  public Optional<Customer> customer(String number) {
    Objects.requireNonNull(number, "number");
    return Optional.ofNullable(customers.get(number));
  }

  /** Returns the people who sign in with the password grant. */
  public List<Account> people() {
    return List.copyOf(people.values());
  }

  /** Returns the machine clients that sign in with the client credentials grant. */
  public List<Account> clients() {
    return List.copyOf(clients.values());
  }

  /** Returns the person with this user name, if seeded. */
  public Optional<Account> person(String username) {
    Objects.requireNonNull(username, "username");
    return Optional.ofNullable(people.get(username));
  }

  /** Returns the machine client with this client id, if seeded. */
  public Optional<Account> client(String clientId) {
    Objects.requireNonNull(clientId, "clientId");
    return Optional.ofNullable(clients.get(clientId));
  }

  /** Returns the account (person or machine client) with this id, if seeded. */
  public Optional<Account> account(String id) {
    Objects.requireNonNull(id, "id");
    return person(id).or(() -> client(id));
  }

  /**
   * Tells whether a tool is offered in a country: every tool everywhere, except CONTRACTS,
   * which is not offered in CN and KR.
   */
  public boolean offered(String tool, String country) {
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(country, "country");
    if (!TOOLS.contains(tool)) {
      return false;
    }
    return !("CONTRACTS".equals(tool) && NOT_OFFERING_CONTRACTS.contains(country));
  }

  /** Returns the demo credentials as lines for printing (sandbox only, these are public demo values). */
  public List<String> demoCredentials() {
    List<String> lines = new ArrayList<>();
    people.values().forEach(a -> lines.add("password grant      " + a.id() + " / " + a.secret()
        + "  customers " + a.customerNumbers()));
    clients.values().forEach(a -> lines.add("client credentials  " + a.id() + " / " + a.secret()
        + "  customers " + a.customerNumbers()));
    return Collections.unmodifiableList(lines);
  }
}
