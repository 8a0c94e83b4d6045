package io.csol.sandbox.engine.demo;

import io.csol.sandbox.engine.Collection;
import io.csol.sandbox.engine.FieldType;
import io.csol.sandbox.engine.GeneratedStore;
import io.csol.sandbox.engine.ResourceSpec;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deterministic demo resource ({@code /_sandbox/demo/records}) of up to 9,999,999 generated records.
 *
 * <p>Record {@code i} has id {@code "D" + (i + 1)} zero-padded to 7 digits and values derived
 * from {@code (seed, i)} only, so the same seed gives the same records in every run. Fields:
 * id (text, sortable), name (text, sortable), amount (number, sortable, null in about 1%),
 * day (date, sortable), at (date-time, sortable), active (boolean, sortable), kind (enum A/B/C,
 * sortable), tags (text list, filterable only). Default order: id.
 */
public final class DemoRecords {
  /** Largest number of records (ids have 7 digits). */
  public static final int MAX_SIZE = 9_999_999;

  private static final String[] WORDS = {"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot",
      "Golf", "Hotel", "India", "Juliett", "Kilo", "Lima", "O'Brien", "Mike", "November", "Oscar"};
  private static final String[] TAGS = {"red", "green", "blue", "gold"};
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
  private static final long FIRST_SECOND = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
  /** Every subset of TAGS with at most 3 elements, shared so generating a record allocates no list. */
  private static final List<List<String>> TAG_SUBSETS = tagSubsets();
  private static final ResourceSpec<DemoRecord> SPEC = buildSpec();

  private DemoRecords() {
  }

  /** Returns the spec of the demo resource (name "demo-records", id field "id"). */
  public static ResourceSpec<DemoRecord> spec() {
    return SPEC;
  }

  /** Returns the id of record {@code index}: "D" and {@code index + 1} in 7 digits. */
  public static String idOf(int index) {
    checkIndex(index);
    char[] id = {'D', '0', '0', '0', '0', '0', '0', '0'};
    for (int i = 7, v = index + 1; v > 0; i--, v /= 10) {
      id[i] = (char) ('0' + v % 10);
    }
    return new String(id);
  }

  /**
   * Generates record {@code index} for a seed.
   *
   * @param seed any value; the same seed gives the same record
   * @param index 0 .. {@value #MAX_SIZE} - 1
   * @return the record
   */
  public static DemoRecord generate(long seed, int index) {
    checkIndex(index);
    long h = mix(seed * 0x9E3779B97F4A7C15L + index);
    String name = WORDS[(int) (h & 15)] + " " + ((h >>> 4) & 1023);
    BigDecimal amount = ((h >>> 14) % 100) == 0 ? null
        : BigDecimal.valueOf((h >>> 21) % 1_000_000L, 2);
    LocalDate day = LocalDate.ofEpochDay(FIRST_DAY.toEpochDay() + (h >>> 41) % 365);
    Instant at = Instant.ofEpochSecond(FIRST_SECOND + ((h >>> 24) % (365L * 86_400)));
    boolean active = ((h >>> 50) & 1) == 1;
    DemoRecord.Kind kind = DemoRecord.Kind.values()[(int) ((h >>> 51) % 3)];
    List<String> tags = TAG_SUBSETS.get((int) ((h >>> 55) & 63) % TAG_SUBSETS.size());
    return new DemoRecord(idOf(index), name, amount, day, at, active, kind, tags);
  }

  /**
   * Returns a store of {@code size} generated records (no heap per record).
   *
   * @param size 0 .. {@value #MAX_SIZE}
   * @param seed generation seed
   * @return a new store
   */
  public static GeneratedStore<DemoRecord> store(int size, long seed) {
    if (size < 0 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be 0.." + MAX_SIZE + ", was " + size);
    }
    return new GeneratedStore<>(SPEC, size, i -> generate(seed, i));
  }

  /**
   * Returns a collection over a new generated store.
   *
   * @param size 0 .. {@value #MAX_SIZE}
   * @param seed generation seed
   * @param clock clock of the changes feed
   * @param cursorSecret HMAC key of cursors
   * @return a new collection
   */
  public static Collection<DemoRecord> collection(int size, long seed, Clock clock, byte[] cursorSecret) {
    return new Collection<>(SPEC, store(size, seed), clock, cursorSecret);
  }

  /** Returns the JSON form: day as YYYY-MM-DD, at as an ISO instant, amount as a JSON number or null. */
  public static Map<String, Object> toJson(DemoRecord r) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", r.id());
    json.put("name", r.name());
    json.put("amount", r.amount());
    json.put("day", r.day() == null ? null : r.day().toString());
    json.put("at", r.at() == null ? null : r.at().toString());
    json.put("active", r.active());
    json.put("kind", r.kind().name());
    json.put("tags", r.tags());
    return json;
  }

  private static ResourceSpec<DemoRecord> buildSpec() {
    return ResourceSpec.builder("demo-records", DemoRecord::id)
        .idField("id")
        .field("name", FieldType.TEXT, DemoRecord::name, true)
        .field("amount", FieldType.NUMBER, DemoRecord::amount, true)
        .field("day", FieldType.DATE, DemoRecord::day, true)
        .field("at", FieldType.DATE_TIME, DemoRecord::at, true)
        .field("active", FieldType.BOOLEAN, DemoRecord::active, true)
        .field("kind", FieldType.ENUM, DemoRecord::kind, true)
        .field("tags", FieldType.TEXT, DemoRecord::tags, false)
        .defaultSort("id")
        .toJson(DemoRecords::toJson)
        .build();
  }

  private static List<List<String>> tagSubsets() {
    List<List<String>> sets = new ArrayList<>();
    for (int mask = 0; mask < 16; mask++) {
      List<String> set = new ArrayList<>();
      for (int t = 0; t < TAGS.length; t++) {
        if ((mask & (1 << t)) != 0) {
          set.add(TAGS[t]);
        }
      }
      if (set.size() <= 3) {
        sets.add(List.copyOf(set));
      }
    }
    return List.copyOf(sets);
  }

  private static void checkIndex(int index) {
    if (index < 0 || index >= MAX_SIZE) {
      throw new IllegalArgumentException("index must be 0.." + (MAX_SIZE - 1) + ", was " + index);
    }
  }

  /** SplitMix64 finaliser: a cheap, well-mixed hash of (seed, index). */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
