package io.csol.sandbox.tools.billing;

import io.csol.sandbox.spi.SandboxWorld;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Generates invoice {@code k} and its statement documents from {@code (seed, k)} alone, in O(1),
 * without generating invoices 0..k-1: each invoice draws from its own {@link SplittableRandom}.
 * The same seed, scale and as-of date give the same ledger byte for byte.
 *
 * <p>Every invoice first draws its {@link Shape} (customer, age, how many payments, credit
 * notes and adjustments), so {@link #lineCount} is cheap and {@link StatementIndex} can lay out
 * dense statement line ids. Thread-safe (immutable).
 */
public final class BillingGenerator {

  /** Invoices per unit of scale; statement lines are about three times as many. */
  static final int INVOICES_PER_SCALE = 2_000;
  private static final int[] TERMS = {14, 30, 30, 60};
  private static final String[] METHODS = {"BANK_TRANSFER", "BANK_TRANSFER", "CARD", "DIRECT_DEBIT"};
  private static final String[] CREDIT_REASONS = {"PRICE_CORRECTION", "RETURNED_GOODS", "GOODWILL"};

  /** A customer account in one currency. */
  record Account(String customerNumber, String country, String currency) { }

  /** The cheap first draws of an invoice that decide its statement layout. */
  record Shape(int account, int ageDays, int termsDays, boolean cancelled, int payments, int credits,
         boolean settled, boolean adjustment) {
    int lineCount() {
      return 1 + payments + credits + (adjustment ? 1 : 0);
    }
  }

  private final long seed;
  private final long invoiceCount;
  private final LocalDate asOf;
  private final List<Account> accounts = new ArrayList<>();

  BillingGenerator(long seed, int scale, LocalDate asOf, SandboxWorld world) {
    if (scale < 1 || scale > 10_000) {
      throw new IllegalArgumentException("scale must be 1..10000, was " + scale);
    }
    this.seed = seed;
    this.invoiceCount = (long) INVOICES_PER_SCALE * scale;
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    for (SandboxWorld.Customer customer : world.customers()) {
      for (String currency : customer.currencies()) {
        accounts.add(new Account(customer.number(), customer.country(), currency));
      }
    }
  }

  public long invoiceCount() {
    return invoiceCount;
  }

  LocalDate asOf() {
    return asOf;
  }

  List<Account> accounts() {
    return List.copyOf(accounts);
  }

  /** Returns how many statement lines invoice {@code k} has (1..5). */
  int lineCount(long k) {
    return shape(random(k)).lineCount();
  }

  /** Generates invoice {@code k} with its statement documents. */
  LedgerEntry generate(long k) {
    if (k < 0 || k >= invoiceCount) {
      throw new IllegalArgumentException("k must be 0.." + (invoiceCount - 1) + ", was " + k);
    }
    SplittableRandom rng = random(k);
    Shape shape = shape(rng);
    Account account = accounts.get(shape.account());
    String currency = account.currency();
    LocalDate issue = asOf.minusDays(shape.ageDays());
    LocalDate due = issue.plusDays(shape.termsDays());
    List<InvoiceLine> lines = lines(k, rng, currency, issue);
    long net = lines.stream().mapToLong(line -> line.amount().minor()).sum();
    long tax = Products.tax(net, account.country());
    long total = net + tax;
    long covered = shape.cancelled() || shape.settled() ? total
        : shape.payments() + shape.credits() > 0 ? total * (10 + rng.nextInt(81)) / 100 : 0;
    long credit = shape.credits() == 0 ? 0
        : shape.cancelled() || shape.payments() == 0 ? covered : covered * (5 + rng.nextInt(26)) / 100;
    long[] payments = split(covered - credit, shape.payments(), rng);
    long open = total - covered;

    String number = BillingIds.invoiceNumber(k);
    List<StatementLine> docs = new ArrayList<>();
    docs.add(null); // the INVOICE document, made last when its status is known
    int span = Math.min(shape.ageDays(), shape.termsDays() + 30);
    LocalDate last = issue;
    for (int j = 0; j < payments.length; j++) {
      LocalDate date = issue.plusDays(rng.nextInt(span + 1));
      last = date.isAfter(last) ? date : last;
      docs.add(document(k, account, "PAYMENT", BillingIds.documentNumber("PAY", k, docs.size()), date, null,
          -payments[j], 0, number, METHODS[rng.nextInt(METHODS.length)]));
    }
    if (shape.credits() > 0) {
      LocalDate date = issue.plusDays(rng.nextInt((shape.cancelled() ? Math.min(shape.ageDays(), 10) : span) + 1));
      last = date.isAfter(last) ? date : last;
      String reason = shape.cancelled() ? "CANCELLATION" : CREDIT_REASONS[rng.nextInt(CREDIT_REASONS.length)];
      docs.add(document(k, account, "CREDIT_NOTE", BillingIds.documentNumber("CN", k, docs.size()), date, null,
          -credit, 0, number, reason));
    }
    if (shape.adjustment()) {
      LocalDate date = issue.plusDays(rng.nextInt(Math.min(shape.ageDays(), 60) + 1));
      last = date.isAfter(last) ? date : last;
      long amount = Products.adjustment(currency, rng);
      docs.add(document(k, account, "ADJUSTMENT", BillingIds.documentNumber("ADJ", k, docs.size()), date,
          date.plusDays(30), amount, amount, null, null));
    }
    docs.set(0, document(k, account, "INVOICE", number, issue, due, total, open, null, null));

    String status = shape.cancelled() ? "CANCELLED" : open == 0 ? "PAID" : open < total ? "PARTIALLY_PAID"
        : due.isBefore(asOf) ? "OVERDUE" : "OPEN";
    int approvalDraw = rng.nextInt(100);
    boolean disputed = !shape.cancelled() && open > 0 && approvalDraw < 4;
    String approval = disputed ? "DISPUTED" : approvalDraw < 65 ? "APPROVED" : "PENDING";
    List<String> orders = rng.nextBoolean() ? List.of(BillingIds.orderNumber(k, 0))
        : List.of(BillingIds.orderNumber(k, 0), BillingIds.orderNumber(k, 1));
    String contract = rng.nextBoolean()
        ? BillingIds.contractNumber(account.customerNumber(), 1 + rng.nextInt(BillingIds.CONTRACTS_PER_CUSTOMER))
        : null;
    Instant updatedAt = last.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(21_600 + k % 3_600);
    Invoice invoice = new Invoice(k, number, account.customerNumber(), account.country(), issue, due, currency,
        new Amount(net, currency), new Amount(tax, currency), new Amount(total, currency),
        new Amount(covered - credit, currency), new Amount(credit, currency), new Amount(open, currency),
        status, approval, BillingIds.purchaseOrderNumber(k), orders, contract,
        disputed ? BillingIds.seededDisputeTrackingNumber(k) : null, updatedAt, lines);
    return new LedgerEntry(invoice, docs);
  }

  private SplittableRandom random(long k) {
    // mix seed and index so neighbouring (seed, k) pairs start unrelated streams
    return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + mix(k + 0x632BE59BD9B4E019L)));
  }

  private Shape shape(SplittableRandom rng) {
    int account = rng.nextInt(accounts.size());
    int age = rng.nextInt(420);
    int terms = TERMS[rng.nextInt(TERMS.length)];
    boolean cancelled = rng.nextInt(100) < 4;
    int payments = 0;
    int credits = 1;
    boolean settled = true;
    if (!cancelled) {
      int draw = rng.nextInt(100);
      payments = draw < 20 ? 0 : draw < 55 ? 1 : draw < 85 ? 2 : 3;
      credits = payments < 3 && rng.nextInt(100) < 25 ? 1 : 0;
      settled = payments + credits > 0 && rng.nextInt(100) < 70;
    }
    boolean adjustment = rng.nextInt(100) < 45;
    return new Shape(account, age, terms, cancelled, payments, credits, settled, adjustment);
  }

  private List<InvoiceLine> lines(long k, SplittableRandom rng, String currency, LocalDate issue) {
    int count = 1 + rng.nextInt(BillingIds.MAX_INVOICE_LINES);
    List<InvoiceLine> lines = new ArrayList<>(count);
    for (int n = 1; n <= count; n++) {
      Products.Product product = Products.PRODUCTS.get(rng.nextInt(Products.PRODUCTS.size()));
      int quantity = 1 + rng.nextInt(product.maxQuantity());
      long unit = Products.unitPrice(product, currency, rng);
      String serial = "HARDWARE".equals(product.kind()) ? BillingIds.serialNumber(product.machineType(), k, n) : null;
      LocalDate start = "SERVICE".equals(product.kind()) ? issue.withDayOfMonth(1) : null;
      LocalDate end = start == null ? null : start.plusMonths(12).minusDays(1);
      lines.add(new InvoiceLine(n, product.description(), product.partNumber(), product.machineType(), serial,
          quantity, new Amount(unit, currency), new Amount(unit * quantity, currency), start, end));
    }
    return lines;
  }

  private static long[] split(long amount, int parts, SplittableRandom rng) {
    long[] result = new long[parts];
    if (parts == 0) {
      return result;
    }
    long[] weights = new long[parts];
    long sum = 0;
    for (int j = 0; j < parts; j++) {
      weights[j] = 1 + rng.nextInt(9);
      sum += weights[j];
    }
    long rest = amount;
    for (int j = 0; j < parts - 1; j++) {
      result[j] = Math.max(1, amount * weights[j] / sum);
      rest -= result[j];
    }
    result[parts - 1] = rest;
    return result;
  }

  private static StatementLine document(long k, Account account, String type, String number, LocalDate date,
                      LocalDate due, long amount, long open, String appliesTo, String detail) {
    String currency = account.currency();
    String status = open == 0 ? "CLEARED" : open == amount ? "OPEN" : "PARTIALLY_CLEARED";
    return new StatementLine(-1, null, k, account.customerNumber(), currency, type, number, date, due,
        new Amount(amount, currency), new Amount(open, currency), status, appliesTo, detail);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
