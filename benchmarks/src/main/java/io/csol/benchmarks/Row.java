package io.csol.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of the results table: a figure measured for some or all clients.
 *
 * @param scenario what was done, e.g. "GET invoice by id"
 * @param metric what was measured, with its unit, e.g. "us/call"
 * @param lowerIsBetter true for times and bytes, false for rates
 * @param values figure per client (raw, generated, sdk; extra columns allowed); missing = not measured
 * @param notes text per client shown instead of or beside the figure (e.g. "failed: ..."), may be empty
 */
record Row(String scenario, String metric, boolean lowerIsBetter, Map<String, Double> values,
    Map<String, String> notes) {

  /** Starts a row. */
  static Row of(String scenario, String metric, boolean lowerIsBetter) {
    return new Row(scenario, metric, lowerIsBetter, new LinkedHashMap<>(), new LinkedHashMap<>());
  }

  /** Sets one client's figure. */
  Row put(String client, double value) {
    values.put(client, value);
    return this;
  }

  /** Sets one client's note. */
  Row note(String client, String text) {
    notes.put(client, text);
    return this;
  }

  /** {@code a / b}, or NaN when either is missing or b is zero. */
  double ratio(String a, String b) {
    Double x = values.get(a);
    Double y = values.get(b);
    return x == null || y == null || y == 0 ? Double.NaN : x / y;
  }
}
