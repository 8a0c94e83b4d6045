package io.csol.sandbox;

import static io.csol.sandbox.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.csol.sandbox.engine.demo.DemoRecord;
import io.csol.sandbox.engine.demo.DemoRecords;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pages through 1,000,000 generated records over HTTP while records are inserted. */
class DemoRecordsAtScaleTest {

  static final int SIZE = 1_000_000;
  static SandboxServer server;
  static Http http;

  @BeforeAll
  static void start() {
    long t0 = System.nanoTime();
    server = SandboxServer.start(SandboxOptions.builder().demoRecords(SIZE).build());
    System.out.printf("[scale] start with %,d demo records took %d ms%n", SIZE, (System.nanoTime() - t0) / 1_000_000);
    http = new Http(server.baseUri());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void paging_allRecordsWithInsertsDuringPaging_noSkipNoRepeat() {
    String token = http.token("dana", "demo-password-1");
    BitSet seen = new BitSet(SIZE);
    Set<String> inserted = new HashSet<>();
    Set<String> insertedSeen = new HashSet<>();
    int pages = 0;
    String cursor = null;
    long t0 = System.nanoTime();
    do {
      String path = "/_sandbox/demo/records?limit=500&fields=id"
          + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
      HttpResponse<String> r = http.get(path, token);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      JsonNode page = json(r);
      for (JsonNode rec : page.get("data")) {
        String id = rec.get("id").asText();
        if (id.startsWith("D")) {
          int index = Integer.parseInt(id.substring(1)) - 1;
          assertThat(seen.get(index)).as("repeated " + id).isFalse();
          seen.set(index);
        } else {
          assertThat(insertedSeen.add(id)).as("repeated " + id).isTrue();
        }
      }
      pages++;
      if (pages % 200 == 0) {
        // one insert ahead of the cursor (must show up) and one far behind (must not disturb)
        String ahead = "E" + String.format("%07d", pages);
        server.demoRecords().put(copy(DemoRecords.generate(42, 5), ahead));
        inserted.add(ahead);
        server.demoRecords().put(copy(DemoRecords.generate(42, 6), "A" + pages));
      }
      cursor = page.has("nextCursor") ? page.get("nextCursor").asText() : null;
    } while (cursor != null);
    double seconds = (System.nanoTime() - t0) / 1e9;
    Runtime rt = Runtime.getRuntime();
    System.out.printf("[scale] %d pages of 500 in %.1f s = %.0f pages/s; heap used %d MiB of max %d MiB%n",
        pages, seconds, pages / seconds, (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    assertThat(seen.cardinality()).isEqualTo(SIZE);
    assertThat(insertedSeen).containsExactlyInAnyOrderElementsOf(inserted);
    assertThat(seconds).isLessThan(60);
  }

  @Test
  void list_filterSortTotalCount_overMillionRecords() {
    String token = http.token("dana", "demo-password-1");
    String filter = URLEncoder.encode("kind eq A and active eq true", StandardCharsets.UTF_8);
    JsonNode page = json(http.get("/_sandbox/demo/records?limit=5&totalCount=true&sort=-amount&filter=" + filter, token));
    assertThat(page.get("data")).hasSize(5);
    assertThat(page.get("totalCount").asLong()).isBetween(100_000L, 250_000L);
    List<String> kinds = page.get("data").findValuesAsText("kind");
    assertThat(kinds).containsOnly("A");
    HttpResponse<String> one = http.get("/_sandbox/demo/records/D0000007", token);
    assertThat(json(one).get("id").asText()).isEqualTo("D0000007");
    assertThat(http.get("/_sandbox/demo/records/D9999998", token).statusCode()).isEqualTo(404);
  }

  private static DemoRecord copy(DemoRecord r, String id) {
    return new DemoRecord(id, r.name(), r.amount(), r.day(), r.at(), r.active(), r.kind(), r.tags());
  }
}
