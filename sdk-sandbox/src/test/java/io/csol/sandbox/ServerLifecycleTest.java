package io.csol.sandbox;

import static io.csol.sandbox.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sandbox.spi.Response;
import io.csol.sandbox.spi.Routes;
import io.csol.sandbox.spi.SandboxContext;
import io.csol.sandbox.spi.SandboxWorld;
import io.csol.sandbox.spi.ToolModule;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerLifecycleTest {

  @Test
  void start_isFast_andCloseFreesThePort() throws IOException {
    long t0 = System.nanoTime();
    SandboxServer server = SandboxServer.start(SandboxOptions.builder().build());
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    int port = server.baseUri().getPort();
    assertThat(server.baseUri().getHost()).isEqualTo("127.0.0.1");
    server.close();
    server.close();
    try (ServerSocket again = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
      assertThat(again.getLocalPort()).isEqualTo(port);
    }
    System.out.println("[lifecycle] start took " + took.toMillis() + " ms");
  }

  @Test
  void serviceLoaderModules_areRegisteredAtStartAndAfterReset() {
    try (SandboxServer server = SandboxServer.start(SandboxOptions.builder().seed(9).build())) {
      Http http = new Http(server.baseUri());
      String token = http.token("dana", "demo-password-1");
      HttpResponse<String> r = http.get("/v1/_test/discovered", token);
      assertThat(json(r).get("seed").asLong()).isEqualTo(9);
      server.reset();
      assertThat(http.get("/v1/_test/discovered", token).statusCode()).as("token survives reset").isEqualTo(200);
    }
  }

  @Test
  void modules_areRegisteredInNameOrder_andDiscoveryCanBeTurnedOff() {
    List<String> order = new ArrayList<>();
    try (SandboxServer server = SandboxServer.start(SandboxOptions.builder().discoverModules(false)
        .module(named("b", order)).module(named("a", order)).build())) {
      assertThat(order).containsExactly("a", "b");
      server.reset();
      assertThat(order).containsExactly("a", "b", "a", "b");
      Http http = new Http(server.baseUri());
      assertThat(http.get("/v1/_test/discovered", http.token("dana", "demo-password-1")).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void start_duplicateModuleNames_areRejected() {
    List<String> order = new ArrayList<>();
    assertThatThrownBy(() -> SandboxServer.start(SandboxOptions.builder().module(named("x", order))
        .module(named("x", order)).build())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x");
  }

  @Test
  void start_moduleNamedAccess_clashesWithTheBuiltInAccessModule() {
    assertThatThrownBy(() -> SandboxServer.start(SandboxOptions.builder().discoverModules(false)
        .module(named("access", new ArrayList<>())).build())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two tool modules are named 'access'");
  }

  @Test
  void start_withoutDiscovery_stillServesSignInThroughTheAccessModule() {
    try (SandboxServer server = SandboxServer.start(SandboxOptions.builder().discoverModules(false).build())) {
      Http http = new Http(server.baseUri());
      String token = http.token("dana", "demo-password-1");
      assertThat(http.get("/v1/me", token).statusCode()).isEqualTo(200);
      assertThat(http.get("/v1/entitlements", token).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void openForm_onAToolView_isRefused() {
    ToolModule module = new ToolModule() {
      @Override
      public String name() {
        return "open-tool";
      }

      @Override
      public void register(Routes routes, SandboxContext context) {
        routes.tool("INVOICES").openForm("/v1/_test/open", r -> Response.json(200, Map.of()));
      }
    };
    assertThatThrownBy(() -> SandboxServer.start(SandboxOptions.builder().discoverModules(false).module(module)
        .build())).isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot require tool INVOICES");
  }

  @Test
  void options_invalidValues_nameTheParameter() {
    assertThatThrownBy(() -> SandboxOptions.builder().port(70000)).hasMessageContaining("port");
    assertThatThrownBy(() -> SandboxOptions.builder().rateLimit(-1)).hasMessageContaining("rateLimit");
    assertThatThrownBy(() -> SandboxOptions.builder().tokenTtl(Duration.ZERO)).hasMessageContaining("tokenTtl");
    assertThatThrownBy(() -> SandboxOptions.builder().demoRecords(10_000_000)).hasMessageContaining("demoRecords");
  }

  @Test
  void world_toStringAndCredentials_areAsContracted() {
    SandboxWorld world = new SandboxWorld();
    assertThat(world.customers()).extracting(SandboxWorld.Customer::number)
        .containsExactly("1000001", "1000002", "1000003", "1000004", "1000005", "1000006");
    assertThat(world.person("dana").orElseThrow().toString()).doesNotContain("demo-password-1");
    assertThat(world.offered("CONTRACTS", "KR")).isFalse();
    assertThat(world.offered("INVOICES", "CN")).isTrue();
  }

  private static ToolModule named(String name, List<String> order) {
    return new ToolModule() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void register(Routes routes, SandboxContext context) {
        order.add(name);
        routes.get("/v1/_order/" + name, r -> Response.json(200, Map.of()));
      }
    };
  }
}
