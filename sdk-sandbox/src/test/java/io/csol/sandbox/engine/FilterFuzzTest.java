package io.csol.sandbox.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sandbox.engine.demo.DemoRecord;
import io.csol.sandbox.engine.demo.DemoRecords;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FilterFuzzTest {
  private static final String[] PIECES = {"name", "amount", "day", "at", "active", "kind", "tags", "id",
      " eq ", " ne ", " gt ", " ge ", " lt ", " le ", " in ", " startswith ", " contains ", " and ", " or ",
      "not ", "(", ")", ",", "'", "''", "'x'", "'O''B'", "10.50", "-1", "1.", "2026-01-01", "2026-13-01",
      "2026-01-01T00:00:00Z", "2026-01-01T00:00:00+01:00", "2026-01-01T24:00:00Z", "true", "false", "A",
      "B_2", "Bx", " ", "  ", "\t", "\n", ".", "..", "a.b", "-", "\u00e9", "\uD83D\uDE00", "\uD800", "\u0000",
      "9999999999999999999999999999", "((((((((", "))))", "in(", "eq", "and", "or", "not"};
  private static final List<DemoRecord> RECORDS =
      IntStream.range(0, 50).mapToObj(i -> DemoRecords.generate(7, i)).toList();

  @Test
  void compile_10000RandomInputs_onlySucceedOrThrowQueryException() {
    Random random = new Random(20261123);
    int ok = 0;
    for (int i = 0; i < 10_000; i++) {
      String input = switch (i % 3) {
        case 0 -> fromPieces(random);
        case 1 -> fromChars(random);
        default -> mutate(random, grammar(random, 0));
      };
      try {
        Predicate<DemoRecord> p = FilterCompiler.compile(DemoRecords.spec(), input);
        RECORDS.forEach(p::test); // evaluation must not throw either
        ok++;
      } catch (QueryException e) {
        assertThat(e.slug()).isEqualTo("invalid-filter");
        assertThat(e.position()).isBetween(-1, input.length());
        assertThat(e.getMessage()).isNotBlank();
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("input " + escape(input) + " threw " + e, e);
      }
    }
    assertThat(ok).as("many random inputs should be valid filters").isGreaterThan(1000);
  }

  @Test
  void list_randomSortFieldsCursorAndSince_onlySucceedOrThrowQueryException() {
    Collection<DemoRecord> c = DemoRecords.collection(100, 1, PagingTest.CLOCK, PagingTest.SECRET);
    String cursor = c.list(new ListRequest<>(5, null, null, null, null, false, null)).nextCursor();
    Random random = new Random(7);
    for (int i = 0; i < 2_000; i++) {
      String junk = random.nextBoolean() ? fromPieces(random).replace(" ", "") : fromChars(random);
      String mutated = mutate(random, cursor);
      List<Runnable> calls = List.of(
          () -> c.list(new ListRequest<>(5, null, null, junk, null, false, null)),
          () -> c.list(new ListRequest<>(5, null, null, null, junk, false, null)),
          () -> c.list(new ListRequest<>(5, junk, null, null, null, false, null)),
          () -> c.list(new ListRequest<>(5, mutated, null, null, null, false, null)),
          () -> c.changes(junk, 5),
          () -> c.changes(mutated, 5));
      for (Runnable call : calls) {
        try {
          call.run();
        } catch (QueryException e) {
          assertThat(e.slug()).isIn("invalid-request", "invalid-cursor");
        } catch (RuntimeException e) {
          throw new AssertionError("input " + escape(junk) + " / " + escape(mutated) + " threw " + e, e);
        }
      }
    }
  }

  @Test
  void compile_deeplyNestedHostileInput_failsWithQueryException() {
    String deep = "(".repeat(4000) + "name eq 'a'";
    try {
      FilterCompiler.compile(DemoRecords.spec(), deep);
      throw new AssertionError("accepted");
    } catch (QueryException e) {
      assertThat(e.position()).isEqualTo(32);
    }
    String nots = "not ".repeat(1000);
    try {
      FilterCompiler.compile(DemoRecords.spec(), nots);
      throw new AssertionError("accepted");
    } catch (QueryException e) {
      assertThat(e.position()).isEqualTo(128);
    }
  }

  private static final String[][] COMPARISONS = {
      {"name", "'Alpha 1'", "'O''Brien 3'"}, {"amount", "10.50", "-2", "0"}, {"day", "2026-03-01", "2026-12-31"},
      {"at", "2026-06-01T00:00:00Z", "2026-06-01T02:00:00+02:00"}, {"kind", "A", "'B'", "C"},
      {"tags", "'red'", "'gold'"}, {"id", "'D0000010'"}};

  /** A random, mostly valid filter over the demo fields. */
  private static String grammar(Random random, int depth) {
    int pick = depth > 3 ? 0 : random.nextInt(5);
    if (pick == 1) {
      return grammar(random, depth + 1) + (random.nextBoolean() ? " and " : " or ") + grammar(random, depth + 1);
    }
    if (pick == 2) {
      return "not " + grammar(random, depth + 1);
    }
    if (pick == 3) {
      return "(" + grammar(random, depth + 1) + ")";
    }
    String[] c = COMPARISONS[random.nextInt(COMPARISONS.length)];
    String value = c[1 + random.nextInt(c.length - 1)];
    if (c[0].equals("active") || random.nextInt(10) == 0) {
      return "active " + (random.nextBoolean() ? "eq" : "ne") + " " + random.nextBoolean();
    }
    String[] ops = c[0].equals("kind") ? new String[] {"eq", "ne"} : new String[] {"eq", "ne", "gt", "ge", "lt", "le"};
    if (random.nextInt(4) == 0) {
      return c[0] + " in (" + value + ", " + c[1] + ")";
    }
    return c[0] + " " + ops[random.nextInt(ops.length)] + " " + value;
  }

  /** Leaves the input alone half of the time, else deletes, duplicates or replaces one char. */
  private static String mutate(Random random, String s) {
    if (random.nextBoolean() || s.isEmpty()) {
      return s;
    }
    int at = random.nextInt(s.length());
    return switch (random.nextInt(3)) {
      case 0 -> s.substring(0, at) + s.substring(at + 1);
      case 1 -> s.substring(0, at) + s.charAt(at) + s.substring(at);
      default -> s.substring(0, at) + PIECES[random.nextInt(PIECES.length)] + s.substring(at + 1);
    };
  }

  private static String fromPieces(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = 1 + random.nextInt(12);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  private static String fromChars(Random random) {
    String alphabet = "abcdeginorstwxyzABCDEF0123456789 '(),.-+:TZ_\t";
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(40);
    for (int i = 0; i < n; i++) {
      sb.append(random.nextInt(20) == 0 ? (char) random.nextInt(0x10000) : alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      sb.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return sb.append('"').toString();
  }
}
