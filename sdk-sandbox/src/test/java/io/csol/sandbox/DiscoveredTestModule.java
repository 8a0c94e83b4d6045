package io.csol.sandbox;

import io.csol.sandbox.spi.Response;
import io.csol.sandbox.spi.Routes;
import io.csol.sandbox.spi.SandboxContext;
import io.csol.sandbox.spi.ToolModule;
import java.util.Map;

/** Found through META-INF/services in test resources; proves ServiceLoader discovery. */
public final class DiscoveredTestModule implements ToolModule {

  @Override
  public String name() {
    return "zz-discovered-test";
  }

  @Override
  public void register(Routes routes, SandboxContext context) {
    routes.get("/v1/_test/discovered", r -> Response.json(200, Map.of("seed", context.seed(),
        "subject", r.principal().subject())));
  }
}
