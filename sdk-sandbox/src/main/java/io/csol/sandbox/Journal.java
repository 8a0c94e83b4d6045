package io.csol.sandbox;

import io.csol.sandbox.internal.CallJournal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the server received, newest last, bounded to the last {@value #CAPACITY} requests, for
 * assertions such as "this POST took effect once". Admin routes under {@code /_sandbox/} are not
 * recorded. Headers are kept without Authorization, cookies or anything secret. Thread-safe.
 */
public final class Journal {

  /** How many entries are kept. */
  public static final int CAPACITY = 10_000;

  /** What became of a request. */
  public enum Outcome {
    /** The handler ran (its effect, if any, took place). */
    APPLIED,
    /** An earlier response was replayed for the same Idempotency-Key; the handler did not run. */
    REPLAYED,
    /** Refused before or by the handler with a 4xx problem. */
    REJECTED,
    /** An injected fault decided the response. */
    FAULT,
    /** The handler failed with an unexpected exception (500). */
    ERROR
  }

  /** One received request. */
  public record Entry(Instant time, String method, String path, String query, String requestId,
            String idempotencyKey, String subject, int status, Outcome outcome, String fault,
            Map<String, List<String>> headers) {
    /** Copies the headers. */
    public Entry {
      headers = Map.copyOf(headers);
    }
  }

  private final ArrayDeque<Entry> entries = new ArrayDeque<>();

  /** The pipeline's view of this journal: records its calls as {@link Entry entries}. */
  CallJournal sink() {
    return call -> record(new Entry(call.time(), call.method(), call.path(), call.query(), call.requestId(),
        call.idempotencyKey(), call.subject(), call.status(), Outcome.valueOf(call.outcome().name()),
        call.fault(), call.headers()));
  }

  /** Records an entry, dropping the oldest when full. */
  public synchronized void record(Entry entry) {
    Objects.requireNonNull(entry, "entry");
    if (entries.size() == CAPACITY) {
      entries.removeFirst();
    }
    entries.addLast(entry);
  }

  /** Returns all entries, oldest first. */
  public synchronized List<Entry> entries() {
    return new ArrayList<>(entries);
  }

  /** Returns the entries matching a predicate, oldest first. */
  public List<Entry> entries(Predicate<Entry> filter) {
    Objects.requireNonNull(filter, "filter");
    return entries().stream().filter(filter).toList();
  }

  /**
   * Returns the entries of a method whose path matches a glob ({@code *} = any characters),
   * e.g. {@code find("POST", "/v1/entitlements")}.
   */
  public List<Entry> find(String method, String pathGlob) {
    Objects.requireNonNull(method, "method");
    Pattern pattern = glob(Objects.requireNonNull(pathGlob, "pathGlob"));
    return entries(e -> e.method().equalsIgnoreCase(method) && pattern.matcher(e.path()).matches());
  }

  /** Counts the requests of a method and path glob whose handler ran (outcome APPLIED). */
  public long applied(String method, String pathGlob) {
    return find(method, pathGlob).stream().filter(e -> e.outcome() == Outcome.APPLIED).count();
  }

  /** Returns the entries sent with an Idempotency-Key. */
  public List<Entry> withIdempotencyKey(String key) {
    Objects.requireNonNull(key, "key");
    return entries(e -> key.equals(e.idempotencyKey()));
  }

  /** Returns the number of entries. */
  public synchronized int size() {
    return entries.size();
  }

  /** Removes every entry. */
  public synchronized void clear() {
    entries.clear();
  }

  /** Compiles a path glob where {@code *} matches any characters (public for the sandbox internals). */
  public static Pattern glob(String glob) {
    Objects.requireNonNull(glob, "glob");
    return Pattern.compile(Arrays.stream(glob.split("\\*", -1))
        .map(part -> part.isEmpty() ? "" : Pattern.quote(part))
        .collect(Collectors.joining(".*")));
  }
}
