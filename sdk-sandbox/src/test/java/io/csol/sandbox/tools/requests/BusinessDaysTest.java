package io.csol.sandbox.tools.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BusinessDaysTest {

  // 2026-11-20 is a Friday
  private static final Instant THURSDAY = Instant.parse("2026-11-19T10:15:30Z");
  private static final Instant FRIDAY = Instant.parse("2026-11-20T10:15:30Z");
  private static final Instant SATURDAY = Instant.parse("2026-11-21T08:00:00Z");
  private static final Instant SUNDAY = Instant.parse("2026-11-22T23:59:59Z");
  private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");

  @Test
  void respondBy_saturdaySundayWeek_skipsTheWeekend() {
    assertThat(BusinessDays.respondBy(THURSDAY, "SE")).isEqualTo(Instant.parse("2026-11-20T10:15:30Z"));
    assertThat(BusinessDays.respondBy(FRIDAY, "SE")).isEqualTo(Instant.parse("2026-11-23T10:15:30Z"));
    assertThat(BusinessDays.respondBy(SATURDAY, "DE")).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
    assertThat(BusinessDays.respondBy(SUNDAY, "KR")).isEqualTo(Instant.parse("2026-11-23T23:59:59Z"));
    assertThat(BusinessDays.respondBy(MONDAY, "FR")).isEqualTo(Instant.parse("2026-11-24T08:00:00Z"));
  }

  @Test
  void respondBy_fridaySaturdayWeek_skipsFridayAndSaturday() {
    assertThat(BusinessDays.respondBy(THURSDAY, "IL")).isEqualTo(Instant.parse("2026-11-22T10:15:30Z"));
    assertThat(BusinessDays.respondBy(FRIDAY, "SA")).isEqualTo(Instant.parse("2026-11-22T10:15:30Z"));
    assertThat(BusinessDays.respondBy(SATURDAY, "EG")).isEqualTo(Instant.parse("2026-11-22T08:00:00Z"));
    assertThat(BusinessDays.respondBy(SUNDAY, "IL")).isEqualTo(Instant.parse("2026-11-23T23:59:59Z"));
    // Bangladesh and the Maldives rest on Friday and Saturday too
    assertThat(BusinessDays.respondBy(THURSDAY, "BD")).isEqualTo(Instant.parse("2026-11-22T10:15:30Z"));
    assertThat(BusinessDays.respondBy(FRIDAY, "MV")).isEqualTo(Instant.parse("2026-11-22T10:15:30Z"));
  }

  @Test
  void fridaySaturdayCountries_sameAsTheContractPromises() throws Exception {
    // the contract's respondBy description is what users read; the code must not drift from it
    String contract;
    try (InputStream in = BusinessDays.class.getResourceAsStream("/io/csol/sandbox/contract/openapi.yaml")) {
      contract = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    }
    Matcher m = Pattern.compile("Friday and Saturday off in ([A-Z, ]+);").matcher(contract);
    assertThat(m.find()).as("the respondBy description names the Friday-Saturday countries").isTrue();
    Set<String> promised = Arrays.stream(m.group(1).split(",")).map(String::strip).collect(Collectors.toSet());
    assertThat(BusinessDays.FRIDAY_SATURDAY).isEqualTo(promised);
  }

  @Test
  void respondBy_unknownCountryOrUae_usesSaturdaySunday() {
    assertThat(BusinessDays.respondBy(FRIDAY, null)).isEqualTo(Instant.parse("2026-11-23T10:15:30Z"));
    // the UAE moved its weekend to Saturday and Sunday in 2022
    assertThat(BusinessDays.respondBy(THURSDAY, "AE")).isEqualTo(Instant.parse("2026-11-20T10:15:30Z"));
  }
}
