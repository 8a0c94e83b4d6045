package io.csol.sdk.invoices;

import io.csol.sdk.testsupport.RecordingCaller;
import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sdk.core.Money;
import io.csol.sdk.core.changes.Change;
import io.csol.sdk.core.changes.ChangeBatch;
import io.csol.sdk.core.changes.ChangeOp;
import io.csol.sdk.core.changes.SyncToken;
import io.csol.sdk.core.json.Json;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InvoiceJsonTest {

  private static final String FULL = """
      {"number":"9100000001","customerNumber":"1000001","country":"SE","issueDate":"2026-09-01",
       "dueDate":"2026-10-01","currency":"SEK",
       "net":{"amount":"1000.10","currency":"SEK"},"tax":{"amount":"250.03","currency":"SEK"},
       "total":{"amount":"1250.13","currency":"SEK"},"paidAmount":{"amount":"0.00","currency":"SEK"},
       "creditedAmount":{"amount":"0.00","currency":"SEK"},"openAmount":{"amount":"1250.13","currency":"SEK"},
       "status":"OPEN","approvalStatus":"PENDING","purchaseOrderNumber":"PO-1",
       "orderNumbers":["ORD-1","ORD-2"],"disputeTrackingNumber":"R-2026-000001",
       "updatedAt":"2026-11-23T10:15:30Z","brandNewField":{"nested":[1,2]},
       "lines":[{"lineNumber":1,"description":"Maintenance","partNumber":"P-1","machineType":"9080",
         "serialNumber":"SN-1","quantity":"2","unitPrice":{"amount":"500.05","currency":"SEK"},
         "amount":{"amount":"1000.10","currency":"SEK"},
         "servicePeriod":{"start":"2026-09-01","end":"2026-09-30"}}]}
      """;

  private static Invoice read(String json) {
    return Json.read(json.getBytes(StandardCharsets.UTF_8), Invoice.class, null, 200);
  }

  @Test
  void read_fullInvoice_mapsEveryComponentExactly() {
    Invoice inv = read(FULL);
    assertThat(inv.number()).isEqualTo("9100000001");
    assertThat(inv.issueDate()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(inv.total()).isEqualTo(Money.of("1250.13", "SEK"));
    assertThat(inv.total().amount()).isEqualByComparingTo(new BigDecimal("1250.13"));
    assertThat(inv.net().plus(inv.tax())).isEqualTo(inv.total());
    assertThat(inv.status()).isEqualTo(InvoiceStatus.OPEN);
    assertThat(inv.approvalStatus()).isEqualTo(ApprovalStatus.PENDING);
    assertThat(inv.orderNumbers()).containsExactly("ORD-1", "ORD-2");
    assertThat(inv.contractNumber()).isNull();
    assertThat(inv.updatedAt()).isEqualTo(Instant.parse("2026-11-23T10:15:30Z"));
    InvoiceLine line = inv.lines().get(0);
    assertThat(line.quantity()).isEqualByComparingTo("2");
    assertThat(line.unitPrice()).isEqualTo(Money.of("500.05", "SEK"));
    assertThat(line.servicePeriod())
        .isEqualTo(new ServicePeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)));
  }

  @Test
  void read_unknownEnumValues_mapToUnknown() {
    Invoice inv = read("{\"number\":\"1\",\"status\":\"ON_FIRE\",\"approvalStatus\":\"ESCALATED\"}");
    assertThat(inv.status()).isEqualTo(InvoiceStatus.UNKNOWN);
    assertThat(inv.approvalStatus()).isEqualTo(ApprovalStatus.UNKNOWN);
  }

  @Test
  void read_searchResultWithoutLists_givesEmptyImmutableLists() {
    Invoice inv = read("{\"number\":\"1\"}");
    assertThat(inv.lines()).isEmpty();
    assertThat(inv.orderNumbers()).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> inv.lines().add(null))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void read_numericMoneyAndZeroDigitCurrency_keepsExactAmount() {
    Invoice inv = read("{\"number\":\"1\",\"total\":{\"amount\":1234567,\"currency\":\"KRW\"},"
        + "\"net\":{\"amount\":0.1,\"currency\":\"EUR\"}}");
    assertThat(inv.total()).isEqualTo(Money.of("1234567", "KRW"));
    assertThat(inv.net().amount()).isEqualByComparingTo("0.1");
  }

  @Test
  void construct_listsAreCopiedDefensively() {
    java.util.List<String> orders = new java.util.ArrayList<>(java.util.List.of("ORD-1"));
    Invoice inv = new Invoice("1", null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, orders, null, null, null, null);
    orders.add("ORD-2");
    assertThat(inv.orderNumbers()).containsExactly("ORD-1");
  }

  @Test
  void readDispute_nestedRequest_mapsTrackingNumber() {
    DisputeResult r = Json.read(("{\"invoiceNumber\":\"9100000001\",\"request\":{\"trackingNumber\":"
        + "\"R-2026-000123\",\"category\":\"INVOICES\",\"status\":\"SUBMITTED\",\"subject\":\"s\","
        + "\"createdAt\":\"2026-11-23T10:15:30Z\",\"respondBy\":\"2026-11-24T10:15:30Z\","
        + "\"link\":\"/v1/requests/R-2026-000123\"}}").getBytes(StandardCharsets.UTF_8),
        DisputeResult.class, null, 201);
    assertThat(r.request().trackingNumber()).isEqualTo("R-2026-000123");
    assertThat(r.request().respondBy()).isEqualTo(Instant.parse("2026-11-24T10:15:30Z"));
  }

  @Test
  void readChanges_upsertAndDelete_becomeTypedChanges() {
    RecordingCaller caller = new RecordingCaller().answeringJson("{\"data\":[{\"op\":\"UPSERT\","
        + "\"id\":\"1\",\"changedAt\":\"2026-11-23T10:15:30Z\",\"record\":{\"number\":\"1\"}},"
        + "{\"op\":\"DELETE\",\"id\":\"2\",\"changedAt\":\"2026-11-23T10:15:31Z\"},"
        + "{\"op\":\"ARCHIVE\",\"id\":\"3\"}],\"nextSince\":\"tok-2\",\"hasMore\":false}");
    ChangeBatch<Invoice> batch = InvoicesClient.of(caller).listInvoiceChanges(null).fetch();
    assertThat(batch.changes()).extracting(Change::op)
        .containsExactly(ChangeOp.UPSERT, ChangeOp.DELETE, ChangeOp.UNKNOWN);
    assertThat(batch.changes().get(0).record()).map(Invoice::number).contains("1");
    assertThat(batch.changes().get(1).record()).isEmpty();
    assertThat(batch.nextSince()).isEqualTo(SyncToken.of("tok-2"));
    assertThat(batch.hasMore()).isFalse();
  }

  @Test
  void readChanges_missingNextSince_isDecodingError() {
    RecordingCaller caller = new RecordingCaller().answeringJson("{\"data\":[],\"hasMore\":false}");
    org.assertj.core.api.Assertions
        .assertThatThrownBy(() -> InvoicesClient.of(caller).listInvoiceChanges(null).fetch())
        .isInstanceOf(io.csol.sdk.core.error.ResponseDecodingException.class)
        .hasMessageContaining("nextSince");
  }
}
