package io.csol.sandbox.tools.billing;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What the vendor sells, with base prices in euro cents and per-currency conversion (the product
 * catalogue; the generated {@code *Catalogue} classes are the collections' field catalogues).
 */
final class Products {

  /** A product; {@code kind} is HARDWARE (serial numbers), SERVICE (service period) or SOFTWARE. */
  record Product(String description, String partNumber, String machineType, String kind, long baseCents, int maxQuantity) { }

  static final List<Product> PRODUCTS = List.of(
      new Product("Server node 2U", "P-9080-220", "9080", "HARDWARE", 420_000, 4),
      new Product("Storage shelf 24-bay", "P-7320-024", "7320", "HARDWARE", 290_000, 3),
      new Product("Edge gateway", "P-5150-010", "5150", "HARDWARE", 78_000, 6),
      new Product("Maintenance, 12 months", "S-MNT-012", "9080", "SERVICE", 120_000, 2),
      new Product("Operating system subscription", "L-5765-OS1", "5765", "SOFTWARE", 35_000, 10),
      new Product("Installation service", "S-INS-001", "7320", "SERVICE", 65_000, 1),
      new Product("Support hours \"remote\", block of 10", "S-SUP-010", "5150", "SERVICE", 95_000, 5));

  /** Euro-to-currency factor times 100, and the rounding unit in minor units. */
  private static final Map<String, long[]> CURRENCIES = Map.of(
      "EUR", new long[] {100, 1},
      "USD", new long[] {110, 1},
      "SEK", new long[] {1150, 100},
      "CNY", new long[] {780, 100},
      "KRW", new long[] {145_000, 100});

  /** VAT / sales tax in basis points by country. */
  private static final Map<String, Long> TAX_BASIS_POINTS = Map.of(
      "SE", 2500L, "DE", 1900L, "FR", 2000L, "ES", 2100L, "KR", 1000L, "CN", 1300L);

  private Products() {
  }

  /** Returns a unit price in minor units of {@code currency}: base price, converted, jittered +-10 %. */
  static long unitPrice(Product product, String currency, SplittableRandom rng) {
    long[] conversion = conversion(currency);
    long jitterPercent = 90 + rng.nextInt(21);
    // euro cents -> currency minor units: cents * factor/100 * 10^digits / 100
    long perMinor = Amount.digits(currency) == 0 ? 100 : 1;
    long raw = product.baseCents() * conversion[0] / 100 * jitterPercent / 100 / perMinor;
    long unit = conversion[1];
    return Math.max(unit, raw / unit * unit);
  }

  /** Returns a small signed adjustment in minor units (1 to 50 euro equivalent, either sign). */
  static long adjustment(String currency, SplittableRandom rng) {
    long euros = 1 + rng.nextInt(50);
    long perMinor = Amount.digits(currency) == 0 ? 100 : 1;
    long minor = euros * 100 * conversion(currency)[0] / 100 / perMinor;
    return rng.nextBoolean() ? minor : -minor;
  }

  /** Returns the tax on {@code net} minor units for a country, rounded half up. */
  static long tax(long net, String country) {
    Long basisPoints = TAX_BASIS_POINTS.get(country);
    if (basisPoints == null) {
      throw new IllegalArgumentException("country must be one of " + TAX_BASIS_POINTS.keySet() + ", was " + country);
    }
    return (net * basisPoints + 5_000) / 10_000;
  }

  private static long[] conversion(String currency) {
    long[] conversion = CURRENCIES.get(currency);
    if (conversion == null) {
      throw new IllegalArgumentException("currency must be one of " + CURRENCIES.keySet() + ", was " + currency);
    }
    return conversion;
  }
}
