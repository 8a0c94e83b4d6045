package io.csol.sdk.statements;

import io.csol.sdk.testsupport.RecordingCaller;
import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sdk.core.Money;
import io.csol.sdk.core.changes.ChangeBatch;
import io.csol.sdk.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatementsJsonTest {

  private static <T> T read(String json, Class<T> type) {
    return Json.read(json.getBytes(StandardCharsets.UTF_8), type, null, 200);
  }

  private static String money(String amount, String currency) {
    return "{\"amount\":\"" + amount + "\",\"currency\":\"" + currency + "\"}";
  }

  @Test
  void readSummary_agingBuckets_addUpExactly() {
    StatementSummary s = read("{\"customerNumber\":\"1000005\",\"currency\":\"KRW\","
        + "\"asOf\":\"2026-11-23\",\"balance\":" + money("1500000", "KRW")
        + ",\"overdue\":" + money("500000", "KRW") + ",\"aging\":{\"current\":"
        + money("1000000", "KRW") + ",\"days1To30\":" + money("300000", "KRW")
        + ",\"days31To60\":" + money("200000", "KRW") + ",\"days61To90\":" + money("0", "KRW")
        + ",\"over90\":" + money("0", "KRW") + ",\"over365\":" + money("0", "KRW") + "}}",
        StatementSummary.class);
    Aging a = s.aging();
    assertThat(a.current().plus(a.days1To30()).plus(a.days31To60()).plus(a.days61To90())
        .plus(a.over90())).isEqualTo(s.balance());
    assertThat(s.balance().minus(a.current())).isEqualTo(s.overdue());
    assertThat(s.asOf()).isEqualTo(LocalDate.of(2026, 11, 23));
  }

  @Test
  void readLine_signedAmountsAndUnknownEnums() {
    StatementLine l = read("{\"id\":\"SL-000000002\",\"customerNumber\":\"1000001\","
        + "\"currency\":\"EUR\",\"documentType\":\"REFUND\",\"documentNumber\":\"PAY-1\","
        + "\"documentDate\":\"2026-10-02\",\"amount\":" + money("-100.25", "EUR")
        + ",\"openAmount\":" + money("0.00", "EUR") + ",\"status\":\"ESCHEATED\","
        + "\"appliesTo\":\"9100000001\",\"documentUrl\":\"/v1/statements/lines/SL-000000002/document\","
        + "\"futureField\":true}", StatementLine.class);
    assertThat(l.documentType()).isEqualTo(DocumentType.UNKNOWN);
    assertThat(l.status()).isEqualTo(LineStatus.UNKNOWN);
    assertThat(l.amount()).isEqualTo(Money.of("-100.25", "EUR"));
    assertThat(l.amount().amount().toPlainString()).isEqualTo("-100.25");
    assertThat(l.dueDate()).isNull();
    assertThat(l.appliesTo()).isEqualTo("9100000001");
  }

  @Test
  void readPaymentAndCreditNote_mapMethodAndReason() {
    Payment p = read("{\"number\":\"PAY-1\",\"customerNumber\":\"1000001\",\"currency\":\"SEK\","
        + "\"paymentDate\":\"2026-10-02\",\"amount\":" + money("100.00", "SEK")
        + ",\"appliesTo\":\"9100000001\",\"method\":\"DIRECT_DEBIT\"}", Payment.class);
    assertThat(p.method()).isEqualTo(PaymentMethod.DIRECT_DEBIT);
    assertThat(read("{\"method\":\"CRYPTO\"}", Payment.class).method())
        .isEqualTo(PaymentMethod.UNKNOWN);
    CreditNote c = read("{\"number\":\"CN-1\",\"issueDate\":\"2026-10-03\",\"amount\":"
        + money("5.10", "EUR") + ",\"reason\":\"Damaged\"}", CreditNote.class);
    assertThat(c.amount()).isEqualTo(Money.of("5.1", "EUR"));
    assertThat(c.appliesTo()).isNull();
  }

  @Test
  void readChanges_lineUpsert_becomesTypedChange() {
    RecordingCaller caller = new RecordingCaller().answeringJson("{\"data\":[{\"op\":\"UPSERT\","
        + "\"id\":\"SL-1\",\"record\":{\"id\":\"SL-1\",\"documentType\":\"PAYMENT\"}}],"
        + "\"nextSince\":\"n\",\"hasMore\":true}");
    ChangeBatch<StatementLine> b = StatementsClient.of(caller).listStatementLineChanges(null).fetch();
    assertThat(b.hasMore()).isTrue();
    assertThat(b.changes().get(0).record()).map(StatementLine::documentType)
        .contains(DocumentType.PAYMENT);
  }
}
