package io.csol.sandbox.tools.billing;

import io.csol.sandbox.spi.Routes;
import io.csol.sandbox.spi.SandboxContext;
import io.csol.sandbox.spi.ToolModule;
import java.util.Objects;

/**
 * The Invoices and Statements tools of the sandbox, found by {@link java.util.ServiceLoader}.
 *
 * <p>The ledger is generated from the context's seed and scale and kept in
 * {@link SandboxContext#shared}, so it lives as long as one server state and is rebuilt after
 * a reset. Thread-safe.
 */
public final class BillingToolModule implements ToolModule {

    /** Creates the module (ServiceLoader needs a public no-argument constructor). */
    public BillingToolModule() {
        // stateless: everything lives in the per-state BillingState
    }

    /** Returns {@code "billing"}. */
    @Override
    public String name() {
        return "billing";
    }

    /** Registers the INVOICES and STATEMENTS routes on a ledger generated for this server state. */
    @Override
    public void register(Routes routes, SandboxContext context) {
        Objects.requireNonNull(routes, "routes");
        Objects.requireNonNull(context, "context");
        BillingState state = context.shared(BillingState.class, () -> new BillingState(context));
        new InvoiceRoutes(state, context.world()).register(routes);
        new StatementRoutes(state, context.world()).register(routes);
    }
}
