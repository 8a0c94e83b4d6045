package io.csol.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.csol.sandbox.Http;
import io.csol.sandbox.SandboxServer;
import org.junit.jupiter.api.Test;

@CsolSandbox(seed = 7, rateLimit = 100)
class CsolSandboxAnnotationTest {

  @Test
  void annotation_startsServerWithItsOptions(SandboxServer server) {
    assertThat(server.options().seed()).isEqualTo(7);
    assertThat(server.options().rateLimit()).isEqualTo(100);
    assertThat(new Http(server.baseUri()).token("wei", "demo-password-4")).isNotBlank();
  }

  @Test
  void annotation_resetsBeforeEachTest(SandboxServer server) {
    assertThat(server.journal().size()).isZero();
  }
}
