package io.csol.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sandbox.engine.demo.DemoRecord;
import io.csol.sandbox.engine.demo.DemoRecords;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChangesFeedTest {
  private final MutableClock clock = new MutableClock();

  /** A settable clock. */
  static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-11-23T10:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private Collection<DemoRecord> memory(int n) {
    return new Collection<>(DemoRecords.spec(), new MemoryStore<>(DemoRecords.spec(),
        IntStream.range(0, n).mapToObj(i -> DemoRecords.generate(3, i)).toList()), clock, PagingTest.SECRET);
  }

  private static DemoRecord renamed(DemoRecord r, String name) {
    return new DemoRecord(r.id(), name, r.amount(), r.day(), r.at(), r.active(), r.kind(), r.tags());
  }

  @Test
  void changes_fromBeginning_listsBaseRecordsInIdOrderThenMutationsInSeqOrder() {
    Collection<DemoRecord> c = memory(5);
    List<Map<String, Object>> all = new ArrayList<>();
    String since = null;
    ChangesResult r;
    int calls = 0;
    do {
      r = c.changes(since, 2);
      all.addAll(r.data());
      since = r.nextSince();
      calls++;
    } while (r.hasMore());
    assertThat(calls).isEqualTo(3);
    assertThat(all).extracting(m -> m.get("id")).containsExactly("D0000001", "D0000002", "D0000003", "D0000004", "D0000005");
    assertThat(all).allSatisfy(m -> {
      assertThat(m.get("op")).isEqualTo("UPSERT");
      assertThat(m.get("changedAt")).isEqualTo("2026-11-23T10:00:00Z");
      assertThat(((Map<?, ?>) m.get("record")).get("id")).isEqualTo(m.get("id"));
    });

    clock.advance(Duration.ofMinutes(1));
    c.put(renamed(c.get("D0000002").orElseThrow(), "first"));
    clock.advance(Duration.ofMinutes(1));
    c.put(DemoRecords.generate(3, 8));
    clock.advance(Duration.ofMinutes(1));
    assertThat(c.delete("D0000003")).isTrue();
    assertThat(c.delete("D0000003")).isFalse();
    clock.advance(Duration.ofMinutes(1));
    c.put(renamed(c.get("D0000002").orElseThrow(), "second"));

    ChangesResult next = c.changes(since, 10);
    assertThat(next.hasMore()).isFalse();
    assertThat(next.data()).extracting(m -> m.get("op") + " " + m.get("id") + " " + m.get("changedAt")).containsExactly(
        "UPSERT D0000009 2026-11-23T10:02:00Z",
        "DELETE D0000003 2026-11-23T10:03:00Z",
        "UPSERT D0000002 2026-11-23T10:04:00Z");
    assertThat(next.data().get(1)).doesNotContainKey("record");
    assertThat(((Map<?, ?>) next.data().get(2).get("record")).get("name")).isEqualTo("second");

    ChangesResult none = c.changes(next.nextSince(), 10);
    assertThat(none.data()).isEmpty();
    assertThat(none.hasMore()).isFalse();
    assertThat(c.changes(none.nextSince(), 10).data()).isEmpty();
  }

  @Test
  void changes_randomMutationsWhilePolling_replayEqualsStoreState() {
    for (boolean generated : new boolean[] {false, true}) {
      Collection<DemoRecord> c = generated ? DemoRecords.collection(300, 5, clock, PagingTest.SECRET) : memory(300);
      Random random = new Random(generated ? 1 : 2);
      TreeMap<String, String> replica = new TreeMap<>();
      String since = null;
      for (int round = 0; round < 200; round++) {
        ChangesResult r = c.changes(since, 1 + random.nextInt(40));
        for (Map<String, Object> e : r.data()) {
          if (e.get("op").equals("DELETE")) {
            replica.remove((String) e.get("id"));
          } else {
            replica.put((String) e.get("id"), (String) ((Map<?, ?>) e.get("record")).get("name"));
          }
        }
        since = r.nextSince();
        for (int k = random.nextInt(4); k > 0; k--) {
          String id = DemoRecords.idOf(random.nextInt(400));
          if (random.nextInt(3) == 0) {
            c.delete(id);
          } else {
            c.put(renamed(DemoRecords.generate(5, Integer.parseInt(id.substring(1)) - 1), "v" + round));
          }
        }
      }
      ChangesResult r;
      do {
        r = c.changes(since, 500);
        for (Map<String, Object> e : r.data()) {
          if (e.get("op").equals("DELETE")) {
            replica.remove((String) e.get("id"));
          } else {
            replica.put((String) e.get("id"), (String) ((Map<?, ?>) e.get("record")).get("name"));
          }
        }
        since = r.nextSince();
      } while (r.hasMore());
      TreeMap<String, String> actual = new TreeMap<>();
      c.query(null, null, null).forEach(d -> actual.put(d.id(), d.name()));
      assertThat(replica).as("generated=%s", generated).isEqualTo(actual);
    }
  }

  @Test
  void changes_recordChangedManyTimes_appearsOnceWithLatestState() {
    Collection<DemoRecord> c = memory(3);
    String since = c.changes(null, 500).nextSince();
    for (int i = 0; i < 5; i++) {
      c.put(renamed(c.get("D0000001").orElseThrow(), "n" + i));
      c.put(renamed(c.get("D0000002").orElseThrow(), "m" + i));
    }
    ChangesResult r = c.changes(since, 500);
    assertThat(r.data()).extracting(m -> m.get("id")).containsExactly("D0000001", "D0000002");
    assertThat(r.data()).extracting(m -> (Object) ((Map<?, ?>) m.get("record")).get("name")).containsExactly("n4", "m4");
  }

  @Test
  void changes_withScope_hidesOutOfScopeUpsertsAndDeletes() {
    Collection<DemoRecord> c = memory(30);
    ChangesResult first = c.changes(null, 500, r -> r.kind() == DemoRecord.Kind.A);
    assertThat(first.data()).isNotEmpty().allSatisfy(m -> assertThat(((Map<?, ?>) m.get("record")).get("kind")).isEqualTo("A"));
    String outOfScope = c.query("kind ne A", null, null).findFirst().orElseThrow().id();
    String inScope = c.query("kind eq A", null, null).findFirst().orElseThrow().id();
    c.delete(outOfScope);
    c.delete(inScope);
    ChangesResult r = c.changes(first.nextSince(), 500, d -> d.kind() == DemoRecord.Kind.A);
    assertThat(r.data()).extracting(m -> m.get("op") + " " + m.get("id")).containsExactly("DELETE " + inScope);
  }

  @Test
  void changes_tamperedOrForeignToken_isInvalidCursorOnSince() {
    Collection<DemoRecord> c = memory(5);
    String token = c.changes(null, 2).nextSince();
    for (int i = 0; i < token.length(); i++) {
      String bad = token.substring(0, i) + (token.charAt(i) == 'x' ? 'y' : 'x') + token.substring(i + 1);
      assertThatThrownBy(() -> c.changes(bad, 10)).isInstanceOfSatisfying(QueryException.class, e -> {
        assertThat(e.slug()).isEqualTo("invalid-cursor");
        assertThat(e.field()).isEqualTo("since");
      });
    }
    String cursor = c.list(new ListRequest<>(1, null, null, null, null, false, null)).nextCursor();
    assertThatThrownBy(() -> c.changes(cursor, 10)).isInstanceOf(QueryException.class)
        .hasFieldOrPropertyWithValue("field", "since");
    Collection<DemoRecord> other = new Collection<>(ResourceSpec.builder("other", DemoRecord::id).build(),
        new MemoryStore<>(DemoRecords.spec()), clock, PagingTest.SECRET);
    assertThatThrownBy(() -> other.changes(token, 10)).isInstanceOf(QueryException.class)
        .hasFieldOrPropertyWithValue("slug", "invalid-cursor");
    assertThatThrownBy(() -> c.changes(null, 0)).isInstanceOf(QueryException.class)
        .hasFieldOrPropertyWithValue("field", "limit");
  }
}
