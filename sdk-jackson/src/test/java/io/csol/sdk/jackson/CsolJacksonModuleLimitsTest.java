package io.csol.sdk.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.csol.sdk.core.Money;
import io.csol.sdk.invoices.InvoiceStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module's Money limits at the limit and one past it, its identity, and UNKNOWN edge cases. */
class CsolJacksonModuleLimitsTest {
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new CsolJacksonModule());

  private Money money(String amountJson) throws Exception {
    return mapper.readValue("{\"amount\":" + amountJson + ",\"currency\":\"EUR\"}", Money.class);
  }

  private void assertRejected(String amountJson, String message) {
    assertThatThrownBy(() -> money(amountJson)).isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining(message);
  }

  @Test
  void read_amount200DigitsAccepted_201Rejected() throws Exception {
    assertThat(money("\"" + "9".repeat(200) + "\"").amount().precision()).isEqualTo(200);
    assertRejected("\"" + "9".repeat(201) + "\"", "too many digits");
  }

  @Test
  void read_amountScale200AndMinus200Accepted_201Rejected() throws Exception {
    assertThat(money("\"1E-200\"").amount().scale()).isEqualTo(200);
    assertThat(money("\"1E+200\"").amount().scale()).isEqualTo(-200);
    assertRejected("\"1E-201\"", "too many digits");
    assertRejected("\"1E+201\"", "too many digits");
  }

  @Test
  void read_amountText400CharactersRead_401Rejected() throws Exception {
    assertThat(money("\"1" + " ".repeat(399) + "\"").amount()).isEqualByComparingTo("1");
    assertRejected("\"1" + " ".repeat(400) + "\"", "must be a decimal string or number");
  }

  @Test
  void read_moneyNotAnObjectOrMissingMembers_rejectedWithReason() {
    assertThatThrownBy(() -> mapper.readValue("\"12 EUR\"", Money.class))
        .isInstanceOf(MismatchedInputException.class).hasMessageContaining("must be a JSON object");
    assertThatThrownBy(() -> mapper.readValue("{\"amount\":\"1\"}", Money.class))
        .isInstanceOf(MismatchedInputException.class).hasMessageContaining("requires an 'amount'");
    assertThatThrownBy(() -> mapper.readValue("{\"currency\":\"EUR\"}", Money.class))
        .isInstanceOf(MismatchedInputException.class).hasMessageContaining("requires an 'amount'");
    assertThatThrownBy(() -> mapper.readValue("{\"amount\":\"1\",\"currency\":7}", Money.class))
        .isInstanceOf(MismatchedInputException.class).hasMessageContaining("requires an 'amount'");
    assertThatThrownBy(() -> mapper.readValue("{\"amount\":\"x\",\"currency\":\"EUR\"}", Money.class))
        .isInstanceOf(MismatchedInputException.class).hasMessageContaining("not a decimal number");
  }

  @Test
  void read_extraMembersSkipped() throws Exception {
    assertThat(mapper.readValue("{\"note\":{\"a\":[1]},\"amount\":\"1.5\",\"currency\":\"EUR\"}", Money.class))
        .isEqualTo(Money.of("1.5", "EUR"));
  }

  @Test
  void registerTwice_oneModuleId() {
    ObjectMapper twice = new ObjectMapper().registerModule(new CsolJacksonModule())
        .registerModule(new CsolJacksonModule());
    assertThat(twice.getRegisteredModuleIds()).containsExactly(CsolJacksonModule.class.getName());
    assertThat(new CsolJacksonModule().getModuleName()).isEqualTo("csol-sdk");
    assertThat(new CsolJacksonModule().version().getArtifactId()).isEqualTo("sdk-jackson");
  }

  @Test
  void read_sdkEnumGivenAnObject_shapeErrorNotUnknown() {
    assertThatThrownBy(() -> mapper.readValue("{\"a\":1}", InvoiceStatus.class))
        .isInstanceOf(MismatchedInputException.class);
    assertThatThrownBy(() -> mapper.readValue("[{\"a\":1}]",
        mapper.getTypeFactory().constructCollectionType(List.class, InvoiceStatus.class)))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void read_unknownSdkEnumWhenTheMapperReadsUnknownsAsNull_stillUnknown() throws Exception {
    ObjectMapper asNull = new ObjectMapper().registerModule(new CsolJacksonModule())
        .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);
    assertThat(asNull.readValue("\"ARCHIVED_2027\"", InvoiceStatus.class)).isEqualTo(InvoiceStatus.UNKNOWN);
    assertThat(asNull.readValue("\"OPEN\"", InvoiceStatus.class)).isEqualTo(InvoiceStatus.OPEN);
  }

  @Test
  void write_applicationRecord_keepsItsDerivedProperties() throws Exception {
    assertThat(mapper.writeValueAsString(new com.example.app.AppTotal(2000)))
        .isEqualTo("{\"amount\":2000,\"big\":true}");
  }

  @Test
  void read_applicationEnum_readByJacksonAsUsual() throws Exception {
    assertThat(mapper.readValue("\"OK\"", com.example.app.AppStatus.class)).isEqualTo(com.example.app.AppStatus.OK);
  }
}
