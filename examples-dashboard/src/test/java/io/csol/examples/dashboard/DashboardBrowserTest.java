package io.csol.examples.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.csol.sandbox.Journal;
import io.csol.sandbox.SandboxServer;
import io.csol.sdk.invoices.DisputeInvoiceRequest;
import io.csol.sdk.invoices.DisputeReason;
import io.csol.sdk.invoices.Invoice;
import io.csol.sdk.invoices.InvoiceStatus;
import io.csol.sdk.invoices.InvoicesClient;
import io.csol.sdk.statements.StatementSummary;
import io.csol.sdk.statements.StatementsClient;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard in a real headless Chromium against the embedded sandbox: the page loads, the
 * chart shows the Statements summaries' figures, the overdue table the right invoices, a change
 * in the sandbox reaches the page through the changes feeds, and nothing goes to the console as
 * an error. Skipped, saying why, where no Chromium is installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "dashboard.page-refresh=1s",
    "dashboard.refresh-interval=1h" // the test refreshes by hand, so the journal sees only its own refresh
})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {

  static final Path SCREENSHOT = Path.of(System.getProperty("basedir", ".")).resolve("target/dashboard.png");
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final List<String> BUCKETS = List.of("current", "days1To30", "days31To60", "days61To90", "over90");

  private static HeadlessChromium chromium;
  private static HeadlessChromium.Page page;

  @LocalServerPort
  int port;
  @Autowired
  @Qualifier(EmbeddedSandbox.BEAN_NAME)
  SandboxServer sandbox;
  @Autowired
  InvoicesClient invoices;
  @Autowired
  StatementsClient statements;
  @Autowired
  ProjectionRefresher refresher;
  @Autowired
  ReceivablesProjection projection;

  @BeforeAll
  static void launchBrowser() throws Exception {
    Optional<Path> binary = HeadlessChromium.find();
    if (binary.isPresent()) {
      chromium = HeadlessChromium.launch(binary.get());
      page = chromium.newPage(1400, 1100);
    } else {
      System.err.println("DashboardBrowserTest " + skipReason()); // Surefire's console names no skip reasons
    }
  }

  /** Per test, not per class: Surefire reports a class-level assumption as 0 tests, silently. */
  @BeforeEach
  void requireBrowser() {
    Assumptions.assumeTrue(chromium != null, DashboardBrowserTest::skipReason);
  }

  private static String skipReason() {
    return "SKIPPED: no Chromium found (looked at "
        + Optional.ofNullable(System.getenv("CHROMIUM_BIN")).map(b -> "$CHROMIUM_BIN=" + b)
            .orElse(String.join(", ", HeadlessChromium.CANDIDATES))
        + "); install Debian's package with 'apt-get install chromium' (.ci/run does when it can)"
        + " to run the dashboard's browser test";
  }

  @AfterAll
  static void closeBrowser() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  @Order(1)
  void page_loaded_showsTheSandboxFiguresWithoutConsoleErrors() throws Exception {
    page.navigate("http://127.0.0.1:" + port + "/");
    page.waitUntil("document.body.dataset.state === 'ready'", WAIT);

    // the aging as the server computes it, read directly through the SDK
    List<StatementSummary> summaries = statements.listStatementSummaries().stream().collect(Collectors.toList());
    Map<String, Map<String, String>> bars = bars();
    assertThat(summaries).hasSizeGreaterThanOrEqualTo(2);
    assertThat(bars.keySet()).containsExactlyInAnyOrderElementsOf(
        summaries.stream().map(s -> s.customerNumber() + " " + s.currency()).collect(Collectors.toList()));
    for (StatementSummary s : summaries) {
      Map<String, String> shown = bars.get(s.customerNumber() + " " + s.currency());
      List<BigDecimal> expected = List.of(s.aging().current().amount(), s.aging().days1To30().amount(),
          s.aging().days31To60().amount(), s.aging().days61To90().amount(), s.aging().over90().amount());
      for (int i = 0; i < BUCKETS.size(); i++) {
        assertThat(new BigDecimal(shown.get(BUCKETS.get(i))))
            .as("%s %s %s", s.customerNumber(), s.currency(), BUCKETS.get(i)).isEqualByComparingTo(expected.get(i));
      }
    }
    assertBarHeightsFollowTheAmounts(summaries.get(0));
    assertBarHeightsFollowTheAmounts(summaries.get(summaries.size() - 1));
    assertThat(page.evaluate("document.getElementById('as-of').textContent").asText())
        .contains("Aging as of " + summaries.get(0).asOf());

    LocalDate asOf = summaries.get(0).asOf();
    Set<String> overdue = invoices.listInvoices().pageSize(500).stream()
        .filter(i -> i.openAmount().signum() > 0 && i.status() != InvoiceStatus.CANCELLED && i.dueDate().isBefore(asOf))
        .map(Invoice::number).collect(Collectors.toSet());
    assertThat(tableNumbers()).containsExactlyInAnyOrderElementsOf(overdue).isNotEmpty();

    page.screenshot(SCREENSHOT);
    assertThat(page.problems()).as("browser console errors").isEmpty();
  }

  @Test
  @Order(2)
  void page_afterSandboxChanges_showsThemFromOneFeedRequestEach() throws Exception {
    page.navigate("http://127.0.0.1:" + port + "/");
    page.waitUntil("document.body.dataset.state === 'ready'", WAIT);
    DashboardView before = projection.view();
    DashboardView.OverdueInvoice paid = before.overdue().get(0);
    DashboardView.OverdueInvoice disputed = before.overdue().stream()
        .filter(i -> i.approvalStatus().equals("PENDING") && !i.customerNumber().equals(paid.customerNumber()))
        .findFirst().orElseThrow();
    SandboxLedger.of(sandbox).payInFull(paid.number());
    invoices.disputeInvoice(DisputeInvoiceRequest.builder().invoiceNumber(disputed.number())
        .reason(DisputeReason.PRICE).details("Price differs from contract.").build());
    String oldOver90 = bars().get(paid.customerNumber() + " " + paid.currency()).get("over90");
    String syncedBefore = page.evaluate("document.body.dataset.syncedAt").asText();
    sandbox.journal().clear();

    refresher.refresh();

    List<String> requests = sandbox.journal().entries().stream()
        .map(e -> e.method() + " " + e.path()).collect(Collectors.toList());
    assertThat(requests).containsExactlyInAnyOrder("GET /v1/invoices/changes", "GET /v1/statements/lines/changes");
    // the page polls on its own (every second here) and picks the new projection up
    page.waitUntil("document.body.dataset.syncedAt !== '" + syncedBefore + "'", WAIT);
    assertThat(tableNumbers()).doesNotContain(paid.number()).contains(disputed.number());
    assertThat(page.evaluate("document.querySelector('tr[data-number=\"" + disputed.number()
        + "\"] td.approval').textContent").asText()).isEqualTo("DISPUTED");
    BigDecimal over90 = new BigDecimal(bars().get(paid.customerNumber() + " " + paid.currency()).get("over90"));
    assertThat(over90).isEqualByComparingTo(new BigDecimal(oldOver90).subtract(new BigDecimal(paid.openAmount())));
    assertThat(page.problems()).as("browser console errors").isEmpty();
  }

  /** customer + " " + currency -> bucket -> the amount the bar stands for. */
  private Map<String, Map<String, String>> bars() {
    JsonNode rects = page.evaluate("Array.from(document.querySelectorAll('#aging rect.bar')).map(r => "
        + "({key: r.dataset.customer + ' ' + r.dataset.currency, bucket: r.dataset.bucket, amount: r.dataset.amount}))");
    Map<String, Map<String, String>> bars = new HashMap<>();
    rects.forEach(r -> bars.computeIfAbsent(r.get("key").asText(), k -> new HashMap<>())
        .put(r.get("bucket").asText(), r.get("amount").asText()));
    return bars;
  }

  /** The drawn bars' heights are proportional to the amounts (the chart is not just labelled right). */
  private void assertBarHeightsFollowTheAmounts(StatementSummary s) {
    JsonNode heights = page.evaluate("Array.from(document.querySelectorAll('#aging rect.bar[data-customer=\""
        + s.customerNumber() + "\"][data-currency=\"" + s.currency() + "\"]')).map(r => r.getBBox().height)");
    List<Double> amounts = List.of(s.aging().current().amount(), s.aging().days1To30().amount(),
        s.aging().days31To60().amount(), s.aging().days61To90().amount(), s.aging().over90().amount())
        .stream().map(a -> Math.abs(a.doubleValue())).collect(Collectors.toList());
    double largest = amounts.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    int tallest = amounts.indexOf(largest);
    for (int i = 0; i < amounts.size(); i++) {
      double expectedRatio = amounts.get(i) / largest;
      double ratio = heights.get(i).asDouble() / heights.get(tallest).asDouble();
      assertThat(ratio).as("height of %s bar of %s %s", BUCKETS.get(i), s.customerNumber(), s.currency())
          .isCloseTo(expectedRatio, within(0.02));
    }
  }

  private List<String> tableNumbers() {
    List<String> numbers = new ArrayList<>();
    page.evaluate("Array.from(document.querySelectorAll('#overdue tbody tr')).map(tr => tr.dataset.number)")
        .forEach(n -> numbers.add(n.asText()));
    return numbers;
  }
}
