package io.csol.sandbox.tools.invoices;

import io.csol.sandbox.spi.Routes;
import io.csol.sandbox.spi.SandboxContext;
import io.csol.sandbox.spi.ToolModule;
import io.csol.sandbox.tools.billing.BillingState;
import io.csol.sandbox.tools.requests.RequestStore;
import java.util.Objects;

/**
 * The Invoices tool of the sandbox, found by {@link java.util.ServiceLoader}.
 *
 * <p>Its invoices live in the billing ledger it shares with the Statements tool
 * ({@link BillingState#of(SandboxContext)}): generated from the context's seed and scale, kept in
 * {@link SandboxContext#shared} for one server state and rebuilt after a reset. Thread-safe.
 */
public final class InvoicesToolModule implements ToolModule {

  /** Creates the module (ServiceLoader needs a public no-argument constructor). */
  public InvoicesToolModule() {
    // stateless: everything lives in the per-state BillingState
  }

  /** Returns {@code "invoices"}. */
  @Override
  public String name() {
    return "invoices";
  }

  /** Registers the INVOICES routes on the billing ledger of this server state. */
  @Override
  public void register(Routes routes, SandboxContext context) {
    Objects.requireNonNull(routes, "routes");
    Objects.requireNonNull(context, "context");
    new InvoiceRoutes(BillingState.of(context), context.world(), RequestStore.of(context)).register(routes);
  }
}
