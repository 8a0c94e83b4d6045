package io.csol.sandbox.tools.billing;

import io.csol.sandbox.engine.Collection;
import io.csol.sandbox.engine.GeneratedStore;
import io.csol.sandbox.engine.MemoryStore;
import io.csol.sandbox.spi.SandboxContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The billing ledger of one server state: the generator, the statement line index, the engine
 * collections over generated stores (nothing is materialised; mutated invoices live in the
 * store's overlay), the lazily computed summaries and the recorded forwards.
 *
 * <p>The as-of date is the sandbox clock's date when the state is created; statuses and aging
 * are computed against it. Thread-safe.
 */
public final class BillingState {

  private final BillingGenerator generator;
  private final StatementIndex index;
  private final Clock clock;
  private final byte[] secret;
  private final Collection<Invoice> invoices;
  private final Collection<StatementLine> lines;
  private final BillingRequests requests = new BillingRequests();
  private volatile Collection<Summary> summaries;

  /**
   * Returns the ledger of the context's server state, generating it on first use; both tool
   * modules call this, so they share one ledger.
   */
  public static BillingState of(SandboxContext context) {
    Objects.requireNonNull(context, "context");
    return context.shared(BillingState.class, () -> new BillingState(context));
  }

  BillingState(SandboxContext context) {
    Objects.requireNonNull(context, "context");
    this.clock = context.clock();
    LocalDate asOf = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    this.generator = new BillingGenerator(context.seed(), context.scale(), asOf, context.world());
    this.index = new StatementIndex(generator);
    this.secret = context.cursorKey(); // random per server start; stays across resets
    this.invoices = new Collection<>(BillingSpecs.invoices(),
        new GeneratedStore<>(BillingSpecs.invoices(), Math.toIntExact(generator.invoiceCount()),
            k -> index.entry(k).invoice()), clock, secret);
    this.lines = new Collection<>(BillingSpecs.statementLines(),
        new GeneratedStore<>(BillingSpecs.statementLines(), Math.toIntExact(index.lineCount()), index::line),
        clock, secret);
  }

  /** Returns the invoices (mutations live in the store's overlay). */
  public Collection<Invoice> invoices() {
    return invoices;
  }

  /** Returns the statement lines. */
  public Collection<StatementLine> lines() {
    return lines;
  }

  /** Returns the index of statement lines by invoice. */
  public StatementIndex index() {
    return index;
  }

  /** Returns the generator of the ledger. */
  public BillingGenerator generator() {
    return generator;
  }

  /** Returns the recorded forwards of invoices. */
  public BillingRequests requests() {
    return requests;
  }

  /** Returns the sandbox clock. */
  public Clock clock() {
    return clock;
  }

  /** Returns the summaries collection, computing the summaries on first use by streaming the ledger once. */
  public Collection<Summary> summaries() {
    Collection<Summary> result = summaries;
    if (result == null) {
      synchronized (this) {
        result = summaries;
        if (result == null) {
          result = new Collection<>(BillingSpecs.summaries(),
              new MemoryStore<>(BillingSpecs.summaries(), Summaries.compute(generator)), clock, secret);
          summaries = result;
        }
      }
    }
    return result;
  }

  /** Returns the statement document behind a CN- or PAY- number of this type, or null when unknown. */
  public StatementLine document(String prefix, String documentType, String number) {
    long[] parsed = BillingIds.parseDocumentNumber(prefix, number);
    if (parsed == null || parsed[0] >= generator.invoiceCount()) {
      return null;
    }
    var documents = index.linesOf(parsed[0]);
    int slot = (int) parsed[1];
    if (slot >= documents.size() || !documents.get(slot).documentType().equals(documentType)) {
      return null;
    }
    return documents.get(slot);
  }
}
