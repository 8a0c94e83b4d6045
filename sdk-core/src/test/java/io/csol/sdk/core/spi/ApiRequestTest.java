package io.csol.sdk.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.Tool;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiRequestTest {

  @Test
  void get_pathParams_encodedOneSegmentEach() {
    ApiRequest r = ApiRequest.get("/v1/invoices/{number}/lines/{id}", "../x y", 7).build();
    assertThat(r.path()).isEqualTo("/v1/invoices/..%2Fx%20y/lines/7");
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.tool()).isEqualTo(Tool.UNKNOWN);
  }

  @Test
  void get_wrongParamCountOrNull_rejectedNamingParameter() {
    assertThatThrownBy(() -> ApiRequest.get("/v1/invoices/{number}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pathParams");
    assertThatThrownBy(() -> ApiRequest.get("/v1/invoices", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too many");
    assertThatThrownBy(() -> ApiRequest.get("/v1/invoices/{number}", (Object) null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{number}");
    assertThatThrownBy(() -> ApiRequest.get("v1/x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pathTemplate");
  }

  @Test
  void builder_queryNullRemoves_toBuilderKeepsEverything() {
    RequestOptions o = RequestOptions.builder().requestId("r-1").build();
    ApiRequest r = ApiRequest.post("/v1/entitlements").tool(Tool.INVOICES).query("a", "1")
        .query("b", "2").query("b", null).body(Map.of("k", "v")).options(o).accept("text/csv")
        .build();
    assertThat(r.query()).containsExactly(Map.entry("a", "1"));
    ApiRequest copy = r.toBuilder().query("cursor", "c").build();
    assertThat(copy.query()).containsEntry("a", "1").containsEntry("cursor", "c");
    assertThat(copy.options()).isSameAs(o);
    assertThat(copy.body()).contains(Map.of("k", "v"));
    assertThat(copy.accept()).isEqualTo("text/csv");
    assertThat(copy.tool()).isEqualTo(Tool.INVOICES);
    assertThat(r.toString()).doesNotContain("k=v");
  }

  @Test
  void operation_andPathTemplate_keptThroughToBuilderAndValidated() {
    ApiRequest r = ApiRequest.get("/v1/invoices/{number}", "a/b").operation("getInvoice").build();
    assertThat(r.path()).isEqualTo("/v1/invoices/a%2Fb");
    assertThat(r.pathTemplate()).isEqualTo("/v1/invoices/{number}");
    ApiRequest page = r.toBuilder().query("cursor", "c2").build();
    assertThat(page.operation()).isEqualTo("getInvoice");
    assertThat(page.pathTemplate()).isEqualTo("/v1/invoices/{number}");
    assertThat(ApiRequest.get("/v1/me").build().operation()).isEmpty();
    for (String bad : new String[] {"", "1get", "get-invoice", "get invoice", "x".repeat(101)}) {
      assertThatThrownBy(() -> ApiRequest.get("/v1/me").operation(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("operationId");
    }
    assertThatThrownBy(() -> ApiRequest.get("/v1/me").operation(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("operationId");
  }
}
