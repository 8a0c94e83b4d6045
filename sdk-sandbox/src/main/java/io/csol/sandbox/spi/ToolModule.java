package io.csol.sandbox.spi;

/**
 * A tool of the sandbox (invoices, statements, ...), found with {@link java.util.ServiceLoader}
 * through {@code META-INF/services/io.csol.sandbox.spi.ToolModule} or added programmatically
 * with {@code SandboxOptions.builder().module(...)}.
 *
 * <p>Modules are registered in {@link #name()} order at start and again after every reset, each
 * time on a fresh {@link Routes} and {@link SandboxContext}, so any state a module keeps must
 * live in {@link SandboxContext#shared}.
 */
public interface ToolModule {

  /** Returns the module's unique name, e.g. {@code "invoices"}; decides registration order. */
  String name();

  /** Registers the module's routes; called at start and after every reset. */
  void register(Routes routes, SandboxContext context);
}
