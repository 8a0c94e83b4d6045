package io.csol.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sandbox.Faults;
import io.csol.sandbox.Http;
import io.csol.sandbox.SandboxServer;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxExtensionTest {

  @RegisterExtension
  static SandboxExtension sandbox = SandboxExtension.builder().seed(42).tokenTtl(Duration.ofSeconds(30)).build();

  static URI firstBase;

  private final SandboxServer injected;

  SandboxExtensionTest(SandboxServer injected) {
    this.injected = injected;
  }

  @Test
  @Order(1)
  void first_dirtiesState(SandboxServer server) {
    firstBase = server.baseUri();
    assertThat(injected).isSameAs(server).isSameAs(sandbox.server());
    server.faults().add(Faults.Rule.status("*", 503));
    server.clock().advance(Duration.ofDays(3));
    new Http(server.baseUri()).token("dana", "demo-password-1");
    assertThat(server.journal().size()).isEqualTo(1);
  }

  @Test
  @Order(2)
  void second_seesSameServerButCleanState(SandboxServer server) {
    assertThat(server.baseUri()).isEqualTo(firstBase);
    assertThat(server.faults().rules()).isEmpty();
    assertThat(server.journal().size()).isZero();
    assertThat(server.clock().instant()).isBefore(server.clock().start().plus(Duration.ofDays(1)));
    assertThat(server.options().tokenTtl()).isEqualTo(Duration.ofSeconds(30));
  }
}
