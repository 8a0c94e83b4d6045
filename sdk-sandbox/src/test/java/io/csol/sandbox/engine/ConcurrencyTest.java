package io.csol.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sandbox.engine.demo.DemoRecord;
import io.csol.sandbox.engine.demo.DemoRecords;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

  @Test
  void list_whileAnotherThreadPutsAndDeletesKeepingSortKeys_neverFailsNorRepeats() throws Exception {
    for (boolean generated : new boolean[] {false, true}) {
      Collection<DemoRecord> c = PagingTest.collection(generated);
      AtomicBoolean done = new AtomicBoolean();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        Future<Integer> writer = pool.submit(() -> {
          Random random = new Random(11);
          int writes = 0;
          while (!done.get() || writes < 500) {
            String id = DemoRecords.idOf(random.nextInt(3000));
            if (random.nextBoolean()) {
              c.delete(id);
            } else {
              // same sort keys as the base record (seed 1), other tags: paging must not repeat it
              DemoRecord r = DemoRecords.generate(1, Integer.parseInt(id.substring(1)) - 1);
              c.put(new DemoRecord(r.id(), r.name(), r.amount(), r.day(), r.at(), r.active(), r.kind(),
                  List.of("w" + writes)));
            }
            writes++;
          }
          return writes;
        });
        List<Future<Integer>> readers = new ArrayList<>();
        for (String sort : new String[] {null, "-amount", "kind,name"}) {
          readers.add(pool.submit(() -> pageAll(c, sort)));
        }
        Map<String, String> replica = new TreeMap<>();
        Future<String> feed = pool.submit(() -> {
          String since = null;
          for (int i = 0; i < 50; i++) {
            since = apply(c.changes(since, 100), replica);
          }
          return since;
        });
        for (Future<Integer> reader : readers) {
          assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
        }
        String since = feed.get(60, TimeUnit.SECONDS);
        done.set(true);
        assertThat(writer.get(60, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(500);
        ChangesResult r;
        do {
          r = c.changes(since, 500);
          since = apply(r, replica);
        } while (r.hasMore());
        Map<String, String> actual = new TreeMap<>();
        c.query(null, null, null).forEach(d -> actual.put(d.id(), String.valueOf(d.tags())));
        assertThat(replica).as("feed replayed while writing equals the final state").isEqualTo(actual);
      } finally {
        done.set(true);
        pool.shutdownNow();
      }
    }
  }

  private static String apply(ChangesResult r, Map<String, String> replica) {
    for (Map<String, Object> e : r.data()) {
      if (e.get("op").equals("DELETE")) {
        replica.remove((String) e.get("id"));
      } else {
        replica.put((String) e.get("id"), String.valueOf(((Map<?, ?>) e.get("record")).get("tags")));
      }
    }
    return r.nextSince();
  }

  private static int pageAll(Collection<DemoRecord> c, String sort) {
    Set<String> seen = new HashSet<>();
    ListRequest<DemoRecord> request = new ListRequest<>(50, null, "kind ne C", sort, null, false, null);
    while (true) {
      PageResult page = c.list(request);
      for (Map<String, Object> json : page.data()) {
        if (!seen.add((String) json.get("id"))) {
          throw new AssertionError("repeated " + json.get("id"));
        }
      }
      if (page.nextCursor() == null) {
        return seen.size();
      }
      request = request.withCursor(page.nextCursor());
    }
  }
}
