package io.csol.sandbox;

import static io.csol.sandbox.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.csol.sandbox.access.EntitlementBook;
import io.csol.sandbox.spi.Routes;
import io.csol.sandbox.spi.SandboxContext;
import io.csol.sandbox.spi.ToolModule;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who sees what: dana holds every customer number, and here her INVOICES entitlement for 1000002
 * (Rheinwerk, DE) is REVOKED while the others stay ACTIVE; lars holds only 1000001.
 */
class VisibilityTest {

  static SandboxServer server;
  static Http http;
  static String dana;
  static String lars;

  /** Revokes dana's INVOICES entitlement for 1000002 on every fresh state. */
  static final class Revoker implements ToolModule {
    @Override
    public String name() {
      return "zz-revoker";
    }

    @Override
    public void register(Routes routes, SandboxContext context) {
      context.shared(EntitlementBook.class, () -> {
        throw new IllegalStateException("the access tool registers the entitlement book first");
      }).set("dana", "INVOICES", "1000002", "REVOKED");
    }
  }

  @BeforeAll
  static void start() {
    server = SandboxServer.start(SandboxOptions.builder().module(new Revoker()).build());
    http = new Http(server.baseUri());
    dana = http.token("dana", "demo-password-1");
    lars = http.token("lars", "demo-password-2");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void listFilteredOnHeldCustomerWithoutEntitlement_is403NamingIt() {
    for (String filter : new String[] {"customerNumber%20eq%20'1000002'",
        "customerNumber%20in%20('1000001'%2C%20'1000002')"}) {
      HttpResponse<String> r = http.get("/v1/invoices?filter=" + filter, dana);
      assertThat(r.statusCode()).as(filter).isEqualTo(403);
      JsonNode problem = json(r);
      assertThat(problem.get("type").asText()).endsWith("/not-entitled");
      assertThat(problem.get("customerNumber").asText()).isEqualTo("1000002");
      assertThat(problem.get("country").asText()).isEqualTo("DE");
    }
    assertThat(http.get("/v1/invoices/export?format=csv&filter=customerNumber%20eq%20'1000002'", dana)
        .statusCode()).isEqualTo(403);
  }

  @Test
  void unfilteredList_showsOnlyEntitledCustomers() {
    JsonNode page = json(http.get("/v1/invoices?limit=500&fields=number,customerNumber", dana));
    assertThat(page.get("data").findValuesAsText("customerNumber")).isNotEmpty().doesNotContain("1000002");
  }

  @Test
  void listFilteredOnCustomerNotHeld_is200Empty() {
    HttpResponse<String> r = http.get("/v1/invoices?filter=customerNumber%20eq%20'1000002'", lars);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).get("data")).isEmpty();
  }

  @Test
  void recordOfHeldCustomerWithoutEntitlement_is403_ofCustomerNotHeld_is404() {
    String number = firstInvoiceOf("1000002");
    HttpResponse<String> held = http.get("/v1/invoices/" + number, dana);
    assertThat(held.statusCode()).isEqualTo(403);
    assertThat(json(held).get("customerNumber").asText()).isEqualTo("1000002");
    HttpResponse<String> notHeld = http.get("/v1/invoices/" + number, lars);
    assertThat(notHeld.statusCode()).isEqualTo(404);
    assertThat(notHeld.body()).doesNotContain("1000002").doesNotContain("\"DE\"");
  }

  private static String firstInvoiceOf(String customer) {
    // through the machine client, which holds every customer with ACTIVE entitlements
    String machine = http.machineToken();
    return json(http.get("/v1/invoices?limit=1&filter=customerNumber%20eq%20'" + customer + "'", machine))
        .get("data").get(0).get("number").asText();
  }
}
