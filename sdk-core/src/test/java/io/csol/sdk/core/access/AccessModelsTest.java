package io.csol.sdk.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.Tool;
import io.csol.sdk.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccessModelsTest {

  private static RequestEntitlementRequest.Builder valid() {
    return RequestEntitlementRequest.builder().tool(Tool.INVOICES).customerNumber("1000001").country("SE");
  }

  @Test
  void entitlementRequest_valid_writesContractJsonWithoutNulls() {
    String json = new String(Json.write(valid().build().toBody()), StandardCharsets.UTF_8);
    assertThat(json).isEqualTo("{\"tool\":\"INVOICES\",\"customerNumber\":\"1000001\",\"country\":\"SE\"}");
    String withReason = new String(Json.write(valid().justification("audit").build().toBody()), StandardCharsets.UTF_8);
    assertThat(withReason).endsWith(",\"justification\":\"audit\"}");
  }

  @Test
  void entitlementRequest_toBuilder_roundTrips() {
    RequestEntitlementRequest r = valid().justification("x").build();
    assertThat(r.toBuilder().build()).isEqualTo(r);
    assertThat(r.toBuilder().country("DE").build().country()).isEqualTo("DE");
  }

  @Test
  void entitlementRequest_invalidMembers_throwNamingMember() {
    assertThatThrownBy(() -> valid().tool(null).build()).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("tool");
    assertThatThrownBy(() -> valid().tool(Tool.UNKNOWN).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tool");
    assertThatThrownBy(() -> valid().customerNumber(null).build()).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("customerNumber");
    assertThatThrownBy(() -> valid().customerNumber("123").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("customerNumber").hasMessageContaining("7 digits");
    assertThatThrownBy(() -> valid().country(null).build()).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("country");
    assertThatThrownBy(() -> valid().country("se").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("country");
    assertThatThrownBy(() -> valid().justification(" ").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("justification");
    assertThatThrownBy(() -> valid().justification("x".repeat(2001)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("justification");
    assertThat(valid().justification("x".repeat(2000)).build().justification()).hasValueSatisfying(
        j -> assertThat(j).hasSize(2000));
  }

  @Test
  void profile_read_unknownKindAndMissingList() {
    Profile p = Json.read(("{\"userId\":\"u1\",\"name\":\"Dana\",\"kind\":\"ROBOT\",\"newField\":1}")
        .getBytes(StandardCharsets.UTF_8), Profile.class, "r", 200);
    assertThat(p.kind()).isEqualTo(ProfileKind.UNKNOWN);
    assertThat(p.customerNumbers()).isEmpty();
    Profile dana = Json.read(("{\"userId\":\"dana\",\"country\":\"SE\",\"customerNumbers\":[\"1000001\",\"1000002\"],"
        + "\"kind\":\"PERSON\"}").getBytes(StandardCharsets.UTF_8), Profile.class, "r", 200);
    assertThat(dana.customerNumbers()).containsExactly("1000001", "1000002");
    assertThat(dana.kind()).isEqualTo(ProfileKind.PERSON);
  }

  @Test
  void entitlement_read_contractShape() {
    Entitlement e = Json.read(("{\"tool\":\"INVOICES\",\"customerNumber\":\"1000002\",\"country\":\"DE\","
        + "\"status\":\"PENDING\",\"trackingNumber\":\"R-2026-000042\",\"updatedAt\":\"2026-11-23T10:15:30Z\"}")
        .getBytes(StandardCharsets.UTF_8), Entitlement.class, "r", 200);
    assertThat(e.tool()).isEqualTo(Tool.INVOICES);
    assertThat(e.status()).isEqualTo(EntitlementStatus.PENDING);
    assertThat(e.tracking()).contains("R-2026-000042");
    assertThat(e.updatedAt()).isEqualTo(Instant.parse("2026-11-23T10:15:30Z"));
    assertThat(e.isActive()).isFalse();
    Entitlement future = Json.read("{\"tool\":\"TELEPORT\",\"status\":\"SUSPENDED\"}"
        .getBytes(StandardCharsets.UTF_8), Entitlement.class, "r", 200);
    assertThat(future.tool()).isEqualTo(Tool.UNKNOWN);
    assertThat(future.status()).isEqualTo(EntitlementStatus.UNKNOWN);
    assertThat(future.tracking()).isEmpty();
  }
}
