package io.csol.sdk.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.Tool;
import org.junit.jupiter.api.Test;

/** The entitlement request's checks, value semantics and a toString without the justification. */
class RequestEntitlementRequestValuesTest {

  private static RequestEntitlementRequest.Builder valid() {
    return RequestEntitlementRequest.builder().tool(Tool.INVOICES).customerNumber("1000001")
        .country("SE");
  }

  @Test
  void build_nullToolOrCustomer_refusedNamingIt() {
    assertThatThrownBy(() -> valid().tool(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("tool must not be null; pass one of CONTRACTS, ORDERS, INVOICES, STATEMENTS,"
            + " INVENTORY, REQUESTS");
    assertThatThrownBy(() -> valid().customerNumber(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("customerNumber must not be null; pass 7 digits such as 1000001");
    assertThatThrownBy(() -> valid().country(null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("country must not be null; pass an ISO 3166-1 alpha-2 code such as SE");
  }

  @Test
  void values_accessorsAndToStringMaskTheJustification() {
    RequestEntitlementRequest r = valid().justification("my manager Dana said so").build();
    assertThat(r.tool()).isEqualTo(Tool.INVOICES);
    assertThat(r.customerNumber()).isEqualTo("1000001");
    assertThat(r.toString()).isEqualTo("RequestEntitlementRequest[tool=INVOICES,"
        + " customerNumber=1000001, country=SE, justification=***]");
    assertThat(valid().build().toString()).endsWith("justification=none]");
  }

  @Test
  void equalsAndHashCode_eachFieldCounts() {
    RequestEntitlementRequest a = valid().justification("j").build();
    assertThat(a).isEqualTo(valid().justification("j").build())
        .hasSameHashCodeAs(valid().justification("j").build())
        .isEqualTo(a.toBuilder().build());
    assertThat(a).isNotEqualTo(valid().justification("k").build())
        .isNotEqualTo(valid().build())
        .isNotEqualTo(valid().tool(Tool.ORDERS).justification("j").build())
        .isNotEqualTo(valid().customerNumber("1000002").justification("j").build())
        .isNotEqualTo(valid().country("NO").justification("j").build())
        .isNotEqualTo("j");
    assertThat(a.hashCode()).isNotEqualTo(valid().tool(Tool.ORDERS).justification("j").build()
        .hashCode());
  }
}
