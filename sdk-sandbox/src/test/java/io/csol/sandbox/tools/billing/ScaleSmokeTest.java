package io.csol.sandbox.tools.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.csol.sandbox.SandboxOptions;
import io.csol.sandbox.SandboxServer;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scale 170 (over a million statement lines) served from generated stores: count, first and
 * last pages by cursor, a full CSV export streamed and counted, with timings and heap printed.
 */
class ScaleSmokeTest {

  private static SandboxServer server;
  private static BillingHttp http;
  private static long lines;

  @BeforeAll
  static void start() {
    long t = System.nanoTime();
    server = SandboxServer.start(SandboxOptions.builder().port(0).seed(42).scale(170).build());
    http = new BillingHttp(server);
    lines = BillingHttp.state(server).index().lineCount();
    log("start (index of " + lines + " lines)", t);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static void log(String what, long startNanos) {
    Runtime runtime = Runtime.getRuntime();
    System.out.printf("[scale170] %s: %d ms, heap used %d MB%n", what, (System.nanoTime() - startNanos) / 1_000_000,
        (runtime.totalMemory() - runtime.freeMemory()) >> 20);
  }

  @Test
  void lines_millionPlus_lastPageAndCursorPaging() throws Exception {
    assertThat(lines).isGreaterThanOrEqualTo(1_000_000L);
    long t = System.nanoTime();
    JsonNode last = http.getJson("dana", "/v1/statements/lines?limit=1&sort=-id", 200);
    assertThat(last.get("data").get(0).get("id").asText()).isEqualTo(BillingIds.statementLineId(lines - 1));
    log("last line by sort=-id", t);

    t = System.nanoTime();
    String path = "/v1/statements/lines?limit=500&sort=-id";
    long seen = 0;
    String cursor = null;
    for (int p = 0; p < 3; p++) {
      JsonNode page = http.getJson("dana", path + (cursor == null ? "" : "&cursor=" + cursor), 200);
      for (JsonNode line : page.get("data")) {
        assertThat(line.get("id").asText()).isEqualTo(BillingIds.statementLineId(lines - 1 - seen));
        seen++;
      }
      cursor = page.get("nextCursor").asText();
    }
    assertThat(seen).isEqualTo(1_500);
    log("last 1,500 lines by cursor, newest first", t);

    t = System.nanoTime();
    cursor = null;
    for (int p = 0; p < 20; p++) {
      JsonNode page = http.getJson("dana", "/v1/statements/lines?limit=500"
          + (cursor == null ? "" : "&cursor=" + cursor), 200);
      assertThat(page.get("data").get(0).get("id").asText()).isEqualTo(BillingIds.statementLineId(p * 500L));
      cursor = page.get("nextCursor").asText();
    }
    log("first 20 pages of 500", t);
    assertThat(http.getJson("dana", "/v1/statements/lines/" + BillingIds.statementLineId(999_999), 200)
        .get("documentUrl").asText()).endsWith("/document");
  }

  @Test
  void lines_totalCountAndFullExport_streamedNotMaterialised() throws Exception {
    long t = System.nanoTime();
    JsonNode counted = http.getJson("dana",
        "/v1/statements/lines?limit=1&totalCount=true", 200);
    assertThat(counted.get("totalCount").asLong()).isEqualTo(lines);
    log("totalCount over all lines", t);

    t = System.nanoTime();
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(
            URI.create(server.baseUri() + "/v1/statements/lines/export?format=csv"))
        .header("Authorization", "Bearer " + http.token("dana")).build(), HttpResponse.BodyHandlers.ofInputStream());
    assertThat(response.statusCode()).isEqualTo(200);
    long rows = 0;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      while (reader.readLine() != null) {
        rows++;
      }
    }
    assertThat(rows).isEqualTo(lines + 1);
    log("CSV export of every line, streamed", t);

    t = System.nanoTime();
    JsonNode summaries = http.getJson("dana", "/v1/statements/summaries", 200);
    assertThat(summaries.get("data")).hasSize(10);
    log("summaries (first request streams the ledger once)", t);
  }
}
