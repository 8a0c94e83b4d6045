package io.csol.sandbox.tools.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BillingIdsTest {

  @Test
  void invoiceNumber_roundTrip() {
    assertThat(BillingIds.invoiceNumber(0)).isEqualTo("9100000001");
    assertThat(BillingIds.invoiceIndex("9100339999")).isEqualTo(339_998);
    assertThat(BillingIds.invoiceIndex("9100000000")).isEqualTo(-1);
    assertThat(BillingIds.invoiceIndex("91000000x1")).isEqualTo(-1);
    assertThat(BillingIds.invoiceIndex("123")).isEqualTo(-1);
  }

  @Test
  void documentNumber_roundTripAndRejectsOthers() {
    String number = BillingIds.documentNumber("CN", 41, 2);
    assertThat(number).isEqualTo("CN-9100000042-2");
    assertThat(BillingIds.parseDocumentNumber("CN", number)).containsExactly(41, 2);
    assertThat(BillingIds.parseDocumentNumber("PAY", number)).isNull();
    assertThat(BillingIds.parseDocumentNumber("CN", "CN-9100000042-0")).isNull();
    assertThat(BillingIds.parseDocumentNumber("CN", "CN-9100000042x2")).isNull();
    assertThatThrownBy(() -> BillingIds.documentNumber("XX", 1, 1)).hasMessageContaining("CN, PAY or ADJ");
  }

  @Test
  void statementLineId_roundTrip() {
    assertThat(BillingIds.statementLineId(0)).isEqualTo("SL-000000001");
    assertThat(BillingIds.statementLineIndex("SL-001000000")).isEqualTo(999_999);
    assertThat(BillingIds.statementLineIndex("SL-1")).isEqualTo(-1);
  }

  @Test
  void links_deterministicAndValidated() {
    assertThat(BillingIds.serialNumber("9080", 3, 2)).isEqualTo("SN-9080-00000013");
    assertThat(BillingIds.orderNumber(5, 1)).isEqualTo("ORD-30000011");
    assertThat(BillingIds.contractNumber("1000001", 3)).isEqualTo("CTR-1000001-03");
    assertThatThrownBy(() -> BillingIds.contractNumber("1000001", 6)).hasMessageContaining("n must be 1..5");
    assertThatThrownBy(() -> BillingIds.serialNumber("9080", 3, 5)).hasMessageContaining("lineNumber");
    assertThatThrownBy(() -> BillingIds.invoiceNumber(-1)).hasMessageContaining("index must be");
  }
}
