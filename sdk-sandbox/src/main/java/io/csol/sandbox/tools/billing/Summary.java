package io.csol.sandbox.tools.billing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statement summary of one customer account in one currency; {@code aging} holds the five
 * buckets current, 1-30, 31-60, 61-90 and over 90 days past due, which add up to the balance.
 */
public record Summary(String customerNumber, String currency, LocalDate asOf, Amount balance, List<Amount> aging) {

  public Summary {
    aging = List.copyOf(aging);
    if (aging.size() != 5) {
      throw new IllegalArgumentException("aging must have 5 buckets, had " + aging.size());
    }
  }

  /** Returns the record id, {@code customerNumber + "-" + currency}. */
  public String id() {
    return customerNumber + "-" + currency;
  }

  /** Returns balance minus the current bucket. */
  public Amount overdue() {
    return balance.minus(aging.get(0));
  }

  /** Returns the wire form of the summary. */
  public Map<String, Object> toWire() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("customerNumber", customerNumber);
    map.put("currency", currency);
    map.put("asOf", asOf.toString());
    map.put("balance", balance.toWire());
    map.put("overdue", overdue().toWire());
    Map<String, Object> buckets = new LinkedHashMap<>();
    buckets.put("current", aging.get(0).toWire());
    buckets.put("days1To30", aging.get(1).toWire());
    buckets.put("days31To60", aging.get(2).toWire());
    buckets.put("days61To90", aging.get(3).toWire());
    buckets.put("over90", aging.get(4).toWire());
    map.put("aging", buckets);
    return map;
  }
}
