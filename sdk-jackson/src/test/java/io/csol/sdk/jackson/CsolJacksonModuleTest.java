package io.csol.sdk.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.csol.sdk.core.Money;
import io.csol.sdk.core.access.Entitlement;
import io.csol.sdk.core.access.EntitlementStatus;
import io.csol.sdk.core.Tool;
import io.csol.sdk.invoices.ApprovalStatus;
import io.csol.sdk.invoices.Invoice;
import io.csol.sdk.invoices.InvoiceLine;
import io.csol.sdk.invoices.InvoiceStatus;
import io.csol.sdk.invoices.ServicePeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An application's own mapper (plain, as a Spring Boot app would have) with the module. */
class CsolJacksonModuleTest {
  private final ObjectMapper mapper = new ObjectMapper()
      .registerModule(new CsolJacksonModule())
      .registerModule(new JavaTimeModule());

  private static Invoice invoice() {
    Money net = Money.of("1000.10", "SEK");
    InvoiceLine line = new InvoiceLine(1, "Maintenance", "P-1", "9080", "SN-1",
        new BigDecimal("2"), Money.of("500.05", "SEK"), net,
        new ServicePeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)));
    return new Invoice("9100000001", "1000001", "SE", LocalDate.of(2026, 9, 1),
        LocalDate.of(2026, 10, 1), "SEK", net, Money.of("250.03", "SEK"),
        Money.of("1250.13", "SEK"), Money.of("0.00", "SEK"), Money.of("0.00", "SEK"),
        Money.of("1250.13", "SEK"), InvoiceStatus.OPEN, ApprovalStatus.PENDING, "PO-1",
        List.of("ORD-1"), null, null, Instant.parse("2026-11-23T10:15:30Z"), List.of(line));
  }

  @Test
  void write_invoice_moneyAsWireObjectAndDatesIso() throws Exception {
    JsonNode json = mapper.readTree(mapper.writeValueAsString(invoice()));
    assertThat(json.get("openAmount").toString())
        .isEqualTo("{\"amount\":\"1250.13\",\"currency\":\"SEK\"}");
    assertThat(json.get("dueDate").asText()).isEqualTo("2026-10-01");
    assertThat(json.get("updatedAt").asText()).isEqualTo("2026-11-23T10:15:30Z");
    assertThat(json.get("lines").get(0).get("servicePeriod").get("start").asText())
        .isEqualTo("2026-09-01");
    assertThat(json.get("lines").get(0).get("unitPrice").get("amount").asText())
        .isEqualTo("500.05");
  }

  @Test
  void roundTrip_invoice_readsBackEqual() throws Exception {
    Invoice original = invoice();
    Invoice back = mapper.readValue(mapper.writeValueAsString(original), Invoice.class);
    assertThat(back).isEqualTo(original);
  }

  @Test
  void withoutTheModule_moneyIsWrittenAsBeanProperties() throws Exception {
    // the reported problem, so this test shows what the module changes
    String plain = new ObjectMapper().registerModule(new JavaTimeModule())
        .writeValueAsString(Money.of("1.00", "EUR"));
    assertThat(plain).doesNotContain("\"amount\":\"1.00\"");
    assertThat(mapper.writeValueAsString(Money.of("1.00", "EUR")))
        .isEqualTo("{\"amount\":\"1.00\",\"currency\":\"EUR\"}");
  }

  @Test
  void read_unknownEnumValue_readsAsUnknown() throws Exception {
    String json = mapper.writeValueAsString(invoice())
        .replace("\"status\":\"OPEN\"", "\"status\":\"ARCHIVED_2027\"");
    assertThat(mapper.readValue(json, Invoice.class).status()).isEqualTo(InvoiceStatus.UNKNOWN);
  }

  @Test
  void roundTrip_recordWithDerivedIsMethod_writesComponentsOnly() throws Exception {
    Entitlement e = new Entitlement(Tool.INVOICES, "1000001", "SE", EntitlementStatus.ACTIVE,
        null, Instant.parse("2026-12-01T10:00:00Z"));
    String json = mapper.writeValueAsString(e);
    assertThat(json).doesNotContain("\"active\"");
    assertThat(mapper.readValue(json, Entitlement.class)).isEqualTo(e);
  }

  @Test
  void read_moneyWithNumberAmountOrBadCurrency_readOrRejected() throws Exception {
    assertThat(mapper.readValue("{\"amount\":12.5,\"currency\":\"EUR\"}", Money.class))
        .isEqualTo(Money.of("12.5", "EUR"));
    assertThatThrownBy(() -> mapper.readValue("{\"amount\":\"1\",\"currency\":\"XXQ\"}",
        Money.class)).isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("ISO 4217");
  }

  @Test
  void applicationEnum_withUnknownConstant_isNotAffected() {
    assertThatThrownBy(() -> mapper.readValue("\"NOPE\"", com.example.app.AppStatus.class))
        .isInstanceOf(com.fasterxml.jackson.databind.exc.InvalidFormatException.class);
  }
}
