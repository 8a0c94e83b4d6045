package io.csol.sandbox.tools.requests;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * The respond-by calendar: one business day after a request was opened, in the calendar week of
 * the customer number's country. Public holidays are not modelled.
 *
 * <p>The countries whose weekend is Friday and Saturday follow the table of weekend days in
 * Wikipedia's "Workweek and weekend" (2025); the UAE moved to Saturday and Sunday in 2022 and is
 * not among them. Every other country rests on Saturday and Sunday.
 */
final class BusinessDays {

  /** ISO 3166-1 alpha-2 codes of the countries whose weekend is Friday and Saturday. */
  static final Set<String> FRIDAY_SATURDAY =
      Set.of("BD", "BH", "DZ", "EG", "IL", "IQ", "JO", "KW", "LY", "MV", "OM", "QA", "SA", "SD", "SY",
          "YE");

  private BusinessDays() {
  }

  /** Tells whether {@code day} is a weekend day in {@code country}. */
  static boolean weekend(DayOfWeek day, String country) {
    Objects.requireNonNull(day, "day");
    return country != null && FRIDAY_SATURDAY.contains(country)
        ? day == DayOfWeek.FRIDAY || day == DayOfWeek.SATURDAY
        : day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }

  /**
   * Returns the same UTC time on the first business day after {@code createdAt}'s date in
   * {@code country} (null: the Saturday-Sunday week): Friday to Monday, Saturday to Monday, and
   * in IL Thursday to Sunday.
   */
  static Instant respondBy(Instant createdAt, String country) {
    Objects.requireNonNull(createdAt, "createdAt");
    ZonedDateTime next = createdAt.atZone(ZoneOffset.UTC).plusDays(1);
    while (weekend(next.getDayOfWeek(), country)) {
      next = next.plusDays(1);
    }
    return next.toInstant();
  }
}
