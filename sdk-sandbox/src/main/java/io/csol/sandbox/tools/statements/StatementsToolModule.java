package io.csol.sandbox.tools.statements;

import io.csol.sandbox.spi.Routes;
import io.csol.sandbox.spi.SandboxContext;
import io.csol.sandbox.spi.ToolModule;
import io.csol.sandbox.tools.billing.BillingState;
import java.util.Objects;

/**
 * The Statements tool of the sandbox, found by {@link java.util.ServiceLoader}.
 *
 * <p>Its statement lines and summaries derive from the billing ledger it shares with the Invoices
 * tool ({@link BillingState#of(SandboxContext)}), so a line of type INVOICE is the invoice of the
 * same number, as the Invoices tool shows it. Thread-safe.
 */
public final class StatementsToolModule implements ToolModule {

  /** Creates the module (ServiceLoader needs a public no-argument constructor). */
  public StatementsToolModule() {
    // stateless: everything lives in the per-state BillingState
  }

  /** Returns {@code "statements"}. */
  @Override
  public String name() {
    return "statements";
  }

  /** Registers the STATEMENTS routes on the billing ledger of this server state. */
  @Override
  public void register(Routes routes, SandboxContext context) {
    Objects.requireNonNull(routes, "routes");
    Objects.requireNonNull(context, "context");
    new StatementRoutes(BillingState.of(context), context.world()).register(routes);
  }
}
