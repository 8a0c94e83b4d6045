package com.example.app;

/** An application's own record with a derived is-method: the module must leave it alone. */
public record AppTotal(int amount) {
  /** @return whether the amount is large */
  public boolean isBig() {
    return amount > 1000;
  }
}
