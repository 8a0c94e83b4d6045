package io.csol.sandbox.tools.requests;

import io.csol.sandbox.spi.Routes;
import io.csol.sandbox.spi.SandboxContext;
import io.csol.sandbox.spi.ToolModule;
import java.util.Objects;

/**
 * The My requests tool of the sandbox, found by {@link java.util.ServiceLoader}.
 *
 * <p>Its requests live in the one {@link RequestStore} of the server state
 * ({@link RequestStore#of(SandboxContext)}), which the Invoices tool (disputes) and the access
 * module (entitlement requests) open requests in too. Thread-safe.
 */
public final class RequestsToolModule implements ToolModule {

  /** Creates the module (ServiceLoader needs a public no-argument constructor). */
  public RequestsToolModule() {
    // stateless: everything lives in the per-state RequestStore
  }

  /** Returns {@code "requests"}. */
  @Override
  public String name() {
    return "requests";
  }

  /** Registers the routes of My requests, which need no entitlement, on the store of this server state. */
  @Override
  public void register(Routes routes, SandboxContext context) {
    Objects.requireNonNull(routes, "routes");
    Objects.requireNonNull(context, "context");
    new RequestRoutes(RequestStore.of(context)).register(routes);
  }
}
