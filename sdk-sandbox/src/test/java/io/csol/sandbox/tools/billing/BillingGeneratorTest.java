package io.csol.sandbox.tools.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sandbox.internal.Json;
import io.csol.sandbox.spi.SandboxWorld;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BillingGeneratorTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
  private static final SandboxWorld WORLD = new SandboxWorld();

  private static String json(StatementIndex index, long k) {
    LedgerEntry entry = index.entry(k);
    List<Object> wire = new ArrayList<>();
    wire.add(entry.invoice().toWire(true));
    index.linesOf(k).forEach(line -> wire.add(line.toWire()));
    return new String(Json.write(wire), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void generate_sameSeed_identicalRecords() {
    StatementIndex a = new StatementIndex(new BillingGenerator(42, 1, AS_OF, WORLD));
    StatementIndex b = new StatementIndex(new BillingGenerator(42, 1, AS_OF, WORLD));
    SplittableRandom pick = new SplittableRandom(7);
    List<Long> ks = new ArrayList<>(List.of(0L, 1999L));
    for (int i = 0; i < 50; i++) {
      ks.add((long) pick.nextInt(2000));
    }
    for (long k : ks) {
      assertThat(json(b, k)).isEqualTo(json(a, k));
    }
    assertThat(b.line(b.lineCount() - 1).toWire()).isEqualTo(a.line(a.lineCount() - 1).toWire());
  }

  @Test
  void generate_differentSeed_differentRecords() {
    StatementIndex a = new StatementIndex(new BillingGenerator(42, 1, AS_OF, WORLD));
    StatementIndex b = new StatementIndex(new BillingGenerator(43, 1, AS_OF, WORLD));
    assertThat(json(b, 0)).isNotEqualTo(json(a, 0));
    assertThat(json(b, 1999)).isNotEqualTo(json(a, 1999));
  }

  @Test
  void generate_outOfRange_throwsNamingK() {
    BillingGenerator generator = new BillingGenerator(42, 1, AS_OF, WORLD);
    assertThatThrownBy(() -> generator.generate(2000)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("k must be 0..1999");
    assertThatThrownBy(() -> new BillingGenerator(42, 0, AS_OF, WORLD))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale");
  }

  @Test
  void ledger_scale1_everyInvoiceConsistentWithItsLines() {
    StatementIndex index = new StatementIndex(new BillingGenerator(42, 1, AS_OF, WORLD));
    Set<String> statuses = new HashSet<>();
    Set<String> approvals = new HashSet<>();
    Set<String> currencies = new HashSet<>();
    Set<String> types = new HashSet<>();
    int contracts = 0;
    for (long k = 0; k < 2000; k++) {
      Invoice invoice = index.entry(k).invoice();
      List<StatementLine> lines = index.linesOf(k);
      LedgerInvariants.check(invoice, lines, AS_OF);
      statuses.add(invoice.status());
      approvals.add(invoice.approvalStatus());
      currencies.add(invoice.currency());
      lines.forEach(line -> types.add(line.documentType()));
      contracts += invoice.contractNumber() == null ? 0 : 1;
    }
    assertThat(statuses).containsExactlyInAnyOrder("OPEN", "PARTIALLY_PAID", "PAID", "OVERDUE", "CANCELLED");
    assertThat(approvals).containsExactlyInAnyOrder("PENDING", "APPROVED", "DISPUTED");
    assertThat(currencies).containsExactlyInAnyOrder("SEK", "EUR", "USD", "KRW", "CNY");
    assertThat(types).containsExactlyInAnyOrder("INVOICE", "PAYMENT", "CREDIT_NOTE", "ADJUSTMENT");
    assertThat(contracts).isBetween(800, 1200);
    assertThat(index.lineCount()).isBetween(5_700L, 6_500L);
  }

  @Test
  void statementIndex_scale1_denseAscendingIdsMatchingInvoiceLines() {
    StatementIndex index = new StatementIndex(new BillingGenerator(42, 1, AS_OF, WORLD));
    long i = 0;
    for (long k = 0; k < 2000; k++) {
      for (StatementLine line : index.linesOf(k)) {
        assertThat(line.index()).isEqualTo(i);
        assertThat(line.id()).isEqualTo(BillingIds.statementLineId(i));
        assertThat(index.line(i)).isEqualTo(line);
        i++;
      }
    }
    assertThat(i).isEqualTo(index.lineCount());
    long end = i;
    assertThatThrownBy(() -> index.line(end)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void summaries_scale1_bucketsAddUpToBalanceOfLineOpenAmounts() {
    BillingGenerator generator = new BillingGenerator(42, 1, AS_OF, WORLD);
    StatementIndex index = new StatementIndex(generator);
    Map<String, Long> open = new HashMap<>();
    for (long i = 0; i < index.lineCount(); i++) {
      StatementLine line = index.line(i);
      open.merge(line.customerNumber() + "-" + line.currency(), line.openAmount().minor(), Long::sum);
    }
    List<Summary> summaries = Summaries.compute(generator);
    assertThat(summaries).hasSize(10);
    for (Summary summary : summaries) {
      long buckets = summary.aging().stream().mapToLong(Amount::minor).sum();
      assertThat(buckets).isEqualTo(summary.balance().minor());
      assertThat(summary.balance().minor()).isEqualTo(open.get(summary.id()));
      assertThat(summary.overdue().minor()).isEqualTo(summary.balance().minor() - summary.aging().get(0).minor());
      assertThat(summary.aging().stream().filter(a -> !a.isZero()).count()).isGreaterThan(2);
    }
  }

  @Test
  void ledger_scale170_millionLinesAndSampledInvariants() {
    BillingGenerator generator = new BillingGenerator(42, 170, AS_OF, WORLD);
    StatementIndex index = new StatementIndex(generator);
    assertThat(index.lineCount()).isGreaterThanOrEqualTo(1_000_000L);
    SplittableRandom pick = new SplittableRandom(11);
    for (int n = 0; n < 3_000; n++) {
      long k = pick.nextLong(generator.invoiceCount());
      LedgerInvariants.check(index.entry(k).invoice(), index.linesOf(k), AS_OF);
      long i = pick.nextLong(index.lineCount());
      StatementLine line = index.line(i);
      assertThat(line.id()).isEqualTo(BillingIds.statementLineId(i));
      assertThat(index.linesOf(line.invoiceIndex())).contains(line);
    }
    StatementLine last = index.line(index.lineCount() - 1);
    assertThat(last.invoiceIndex()).isEqualTo(generator.invoiceCount() - 1);
    for (Summary summary : Summaries.compute(generator)) {
      assertThat(summary.aging().stream().mapToLong(Amount::minor).sum()).isEqualTo(summary.balance().minor());
    }
  }
}
