package io.csol.sandbox;

import io.csol.sandbox.internal.ServerState;
import io.csol.sandbox.spi.Authenticator;
import io.csol.sandbox.spi.SandboxContext;
import io.csol.sandbox.spi.SandboxWorld;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/** The {@link SandboxContext} of one server state. */
final class StateContext implements SandboxContext {

  private final SandboxOptions options;
  private final SandboxClock clock;
  private final SandboxWorld world;
  private final ServerState state;
  private final byte[] cursorKey;

  StateContext(SandboxOptions options, SandboxClock clock, SandboxWorld world, ServerState state,
         byte[] cursorKey) {
    this.options = options;
    this.cursorKey = cursorKey;
    this.clock = clock;
    this.world = world;
    this.state = state;
  }

  @Override
  public long seed() {
    return options.seed();
  }

  @Override
  public int scale() {
    return options.scale();
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public SandboxWorld world() {
    return world;
  }

  @Override
  public byte[] cursorKey() {
    return cursorKey.clone();
  }

  @Override
  public <T> T shared(Class<T> type, Supplier<T> factory) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(factory, "factory");
    return state.shared(type, factory);
  }

  @Override
  public void authenticator(Authenticator authenticator) {
    state.authenticator(Objects.requireNonNull(authenticator, "authenticator"));
  }
}
