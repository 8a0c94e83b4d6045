package io.csol.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sandbox.engine.demo.DemoRecord;
import io.csol.sandbox.engine.demo.DemoRecords;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PagingTest {
  static final byte[] SECRET = "test-secret-0123456789".getBytes(StandardCharsets.UTF_8);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
  private static final int BASE = 2000;

  static Collection<DemoRecord> collection(boolean generated) {
    RecordStore<DemoRecord> store = generated ? DemoRecords.store(BASE, 1)
        : new MemoryStore<>(DemoRecords.spec(), IntStream.range(0, BASE).mapToObj(i -> DemoRecords.generate(1, i)).toList());
    return new Collection<>(DemoRecords.spec(), store, CLOCK, SECRET);
  }

  static List<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    String[] sorts = {null, "-id", "-amount", "kind,-day", "name", "active,amount"};
    String[] filters = {null, "kind ne C", "amount gt 3000 or active eq true"};
    int seed = 0;
    for (boolean generated : new boolean[] {false, true}) {
      for (String sort : sorts) {
        for (String filter : filters) {
          out.add(Arguments.of(generated, sort, filter, seed++));
        }
      }
    }
    return out;
  }

  @ParameterizedTest(name = "generated={0} sort={1} filter={2}")
  @MethodSource("cases")
  void list_mutationsBetweenPages_everyStableRecordSeenExactlyOnceInOrder(boolean generated, String sort,
      String filter, int seed) {
    Collection<DemoRecord> c = collection(generated);
    Random random = new Random(seed);
    Predicate<DemoRecord> match = c.compileFilter(filter);
    Sort<DemoRecord> order = c.sort(sort);
    Set<String> initial = ids(c);
    Set<String> touchedKeys = new HashSet<>(); // deleted (or inserted) during paging
    List<String> seen = new ArrayList<>();
    ListRequest<DemoRecord> request = new ListRequest<>(37, null, filter, sort, null, false, null);
    int nextInsert = 0;
    SortKey previous = null;
    while (true) {
      PageResult page = c.list(request);
      for (Map<String, Object> json : page.data()) {
        String id = (String) json.get("id");
        seen.add(id);
        SortKey key = order.keyOf(c.get(id).orElseThrow());
        if (previous != null) {
          assertThat(order.compare(previous, key)).as("order at %s", id).isNegative();
        }
        previous = key;
      }
      if (page.nextCursor() == null) {
        break;
      }
      for (int k = 0; k < 5; k++) { // mutate between pages
        int what = random.nextInt(3);
        if (what == 0) {
          DemoRecord r = DemoRecords.generate(99, 5000 + nextInsert++);
          touchedKeys.add(r.id());
          c.put(r);
        } else if (what == 1) {
          String id = DemoRecords.idOf(random.nextInt(BASE));
          c.get(id).ifPresent(r -> c.put(new DemoRecord(r.id(), r.name(), r.amount(), r.day(), r.at(), r.active(),
              r.kind(), List.of("upd" + random.nextInt(1000)))));
        } else {
          String id = DemoRecords.idOf(random.nextInt(BASE));
          touchedKeys.add(id);
          c.delete(id);
        }
      }
      request = request.withCursor(page.nextCursor());
    }
    assertThat(new HashSet<>(seen)).as("no duplicates").hasSize(seen.size());
    List<String> stableMatching = initial.stream().filter(id -> !touchedKeys.contains(id))
        .filter(id -> match.test(c.get(id).orElseThrow())).toList();
    Set<String> seenSet = new HashSet<>(seen);
    List<String> missed = stableMatching.stream().filter(id -> !seenSet.contains(id)).toList();
    assertThat(missed).as("stable matching records never seen").isEmpty();
    List<String> unknown = seen.stream().filter(id -> !initial.contains(id) && !touchedKeys.contains(id)).toList();
    assertThat(unknown).isEmpty();
  }

  private static Set<String> ids(Collection<DemoRecord> c) {
    Set<String> ids = new HashSet<>();
    c.query(null, null, null).forEach(r -> ids.add(r.id()));
    return ids;
  }

  @ParameterizedTest(name = "generated={0}")
  @MethodSource("stores")
  void list_resultsEqualASortedFilteredCopy(boolean generated) {
    Collection<DemoRecord> c = collection(generated);
    c.put(DemoRecords.generate(5, 7000));
    c.delete("D0000003");
    c.put(new DemoRecord("D0000004", "Zulu", null, null, null, true, DemoRecord.Kind.B, List.of()));
    for (String sort : new String[] {null, "-amount", "day,-name", "-active,at", "kind,-id"}) {
      Sort<DemoRecord> order = c.sort(sort);
      Predicate<DemoRecord> f = c.compileFilter("amount lt 5000 or kind eq B");
      List<String> expected = c.query(null, "id", null).filter(f)
          .sorted((a, b) -> order.compare(order.keyOf(a), order.keyOf(b))).map(DemoRecord::id).toList();
      List<String> actual = new ArrayList<>();
      ListRequest<DemoRecord> req = new ListRequest<>(500, null, "amount lt 5000 or kind eq B", sort, "name", true, null);
      while (true) {
        PageResult page = c.list(req);
        assertThat(page.totalCount()).isEqualTo(expected.size());
        assertThat(page.data().get(0).keySet()).containsExactly("id", "name");
        page.data().forEach(m -> actual.add((String) m.get("id")));
        if (page.nextCursor() == null) {
          break;
        }
        req = req.withCursor(page.nextCursor());
      }
      assertThat(actual).as("sort %s", sort).isEqualTo(expected);
      assertThat(c.query("amount lt 5000 or kind eq B", sort, null).map(DemoRecord::id).toList()).isEqualTo(expected);
    }
  }

  static List<Boolean> stores() {
    return List.of(false, true);
  }

  @ParameterizedTest(name = "generated={0}")
  @MethodSource("stores")
  void list_tamperedCursor_everySingleCharFlipIsInvalidCursor(boolean generated) {
    Collection<DemoRecord> c = collection(generated);
    ListRequest<DemoRecord> first = new ListRequest<>(10, null, "kind eq A", "-amount", null, false, null);
    String cursor = c.list(first).nextCursor();
    assertThat(cursor).matches("[A-Za-z0-9_-]+");
    assertThat(c.list(first.withCursor(cursor)).data()).hasSize(10);
    for (int i = 0; i < cursor.length(); i++) {
      char flipped = cursor.charAt(i) == 'A' ? 'B' : 'A';
      String bad = cursor.substring(0, i) + flipped + cursor.substring(i + 1);
      assertThatThrownBy(() -> c.list(first.withCursor(bad)))
          .isInstanceOfSatisfying(QueryException.class, e -> {
            assertThat(e.slug()).isEqualTo("invalid-cursor");
            assertThat(e.field()).isEqualTo("cursor");
          });
    }
    for (String bad : new String[] {"x", "!!!", cursor + "A", cursor.substring(1), "A".repeat(20000)}) {
      assertThatThrownBy(() -> c.list(first.withCursor(bad))).isInstanceOf(QueryException.class)
          .hasFieldOrPropertyWithValue("slug", "invalid-cursor");
    }
  }

  @ParameterizedTest(name = "generated={0}")
  @MethodSource("stores")
  void list_cursorReusedWithOtherQuery_isInvalidCursor(boolean generated) {
    Collection<DemoRecord> c = collection(generated);
    ListRequest<DemoRecord> first = new ListRequest<>(10, null, "kind eq A", "-amount", "name", false, null);
    String cursor = c.list(first).nextCursor();
    List<ListRequest<DemoRecord>> others = List.of(
        new ListRequest<>(10, cursor, "kind eq B", "-amount", "name", false, null),
        new ListRequest<>(10, cursor, null, "-amount", "name", false, null),
        new ListRequest<>(10, cursor, "kind eq A", "amount", "name", false, null),
        new ListRequest<>(10, cursor, "kind eq A", "-amount", "name,day", false, null));
    for (ListRequest<DemoRecord> other : others) {
      assertThatThrownBy(() -> c.list(other)).isInstanceOfSatisfying(QueryException.class, e -> {
        assertThat(e.slug()).isEqualTo("invalid-cursor");
        assertThat(e.field()).isEqualTo("cursor");
        assertThat(e.getMessage()).contains("another filter, sort or fields");
      });
    }
    // another limit or totalCount may change between pages
    assertThat(c.list(new ListRequest<>(3, cursor, "kind eq A", "-amount", "name", true, null)).data()).hasSize(3);
    // a cursor signed with another secret is rejected
    Collection<DemoRecord> foreign = new Collection<>(DemoRecords.spec(), DemoRecords.store(BASE, 1), CLOCK,
        "other-secret".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> foreign.list(first.withCursor(cursor))).isInstanceOf(QueryException.class)
        .hasMessageContaining("modified or was issued by another server");
  }

  @ParameterizedTest(name = "generated={0}")
  @MethodSource("stores")
  void list_badParameters_failWithNamedField(boolean generated) {
    Collection<DemoRecord> c = collection(generated);
    Map<ListRequest<DemoRecord>, String> bad = new LinkedHashMap<>();
    bad.put(new ListRequest<>(0, null, null, null, null, false, null), "limit");
    bad.put(new ListRequest<>(501, null, null, null, null, false, null), "limit");
    bad.put(new ListRequest<>(null, null, null, "tags", null, false, null), "sort");
    bad.put(new ListRequest<>(null, null, null, "colour", null, false, null), "sort");
    bad.put(new ListRequest<>(null, null, null, "a,b,c,d,e,f", null, false, null), "sort");
    bad.put(new ListRequest<>(null, null, null, "name,-name", null, false, null), "sort");
    bad.put(new ListRequest<>(null, null, null, "name ", null, false, null), "sort");
    bad.put(new ListRequest<>(null, null, null, null, "colour", false, null), "fields");
    bad.put(new ListRequest<>(null, null, null, null, "name,", false, null), "fields");
    bad.put(new ListRequest<>(null, null, "colour eq 'x'", null, null, false, null), "filter");
    bad.forEach((req, field) -> assertThatThrownBy(() -> c.list(req))
        .isInstanceOfSatisfying(QueryException.class, e -> assertThat(e.field()).as(req.toString()).isEqualTo(field)));
    assertThatThrownBy(() -> c.list(new ListRequest<>(null, null, null, "tags", null, false, null)))
        .hasMessage("not sortable field 'tags' in sort; sortable fields: id, name, amount, day, at, active, kind");
    assertThatThrownBy(() -> c.list(new ListRequest<>(null, null, null, null, "colour", false, null)))
        .hasMessage("unknown field 'colour' in fields; available fields: id, name, amount, day, at, active, kind, tags");
  }

  @ParameterizedTest(name = "generated={0}")
  @MethodSource("stores")
  void list_nullsSortLastAscendingAndFirstDescending(boolean generated) {
    Collection<DemoRecord> c = collection(generated);
    List<Map<String, Object>> asc = c.list(new ListRequest<>(500, null, null, "amount", null, false, null)).data();
    assertThat(asc.get(0).get("amount")).isNotNull();
    List<Map<String, Object>> desc = c.list(new ListRequest<>(20, null, null, "-amount", null, false, null)).data();
    assertThat(desc.get(0).get("amount")).isNull();
    List<String> nullIds = desc.stream().filter(m -> m.get("amount") == null).map(m -> (String) m.get("id")).toList();
    assertThat(nullIds).isSortedAccordingTo(String::compareTo); // id tie-breaker ascending
  }
}
