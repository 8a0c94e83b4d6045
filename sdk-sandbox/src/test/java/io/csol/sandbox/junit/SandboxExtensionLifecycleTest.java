package io.csol.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.csol.sandbox.SandboxServer;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs small test classes in a nested Jupiter engine and checks that the servers the extension
 * started are closed (their port refuses connections) once the class, or the whole run, ends.
 * Run on JUnit 5.10 as well as the pinned version (scripts/consumer-check.sh): before 5.13 the
 * store closes only {@code CloseableResource} values.
 */
class SandboxExtensionLifecycleTest {

  static final List<URI> seen = new CopyOnWriteArrayList<>();

  @Test
  void perClassServer_classEnds_serverClosed() {
    seen.clear();
    runAndExpectSuccess(PerClass.class);

    assertThat(seen).hasSize(2);
    assertThat(seen.get(0)).isEqualTo(seen.get(1));
    assertRefused(seen.get(0));
  }

  @Test
  void annotatedClass_classEnds_serverClosed() {
    seen.clear();
    runAndExpectSuccess(Annotated.class);

    assertThat(seen).hasSize(1);
    assertRefused(seen.get(0));
  }

  @Test
  void sharedServer_runEnds_serverClosedOnceForAllClasses() {
    seen.clear();
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(SharedA.class), selectClass(SharedB.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.started(2).succeeded(2));

    assertThat(seen).hasSize(2);
    assertThat(seen.get(0)).as("one server shared by both classes").isEqualTo(seen.get(1));
    assertRefused(seen.get(0));
  }

  private static void runAndExpectSuccess(Class<?> testClass) {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(testClass))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.failed(0).succeeded(countTests(testClass)));
  }

  private static int countTests(Class<?> testClass) {
    int n = 0;
    for (var m : testClass.getDeclaredMethods()) {
      if (m.isAnnotationPresent(Test.class)) {
        n++;
      }
    }
    return n;
  }

  private static void assertRefused(URI base) {
    assertThatThrownBy(() -> {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(base.getHost(), base.getPort()), 2_000);
      }
    }).as("the server at %s is closed", base).isInstanceOf(ConnectException.class);
  }

  /** Also a sanity check that the helper sees a live server as open. */
  @Test
  void assertRefused_liveServer_fails() {
    try (SandboxServer live = SandboxServer.start(io.csol.sandbox.SandboxOptions.defaults())) {
      assertThatThrownBy(() -> assertRefused(live.baseUri())).isInstanceOf(AssertionError.class);
    }
  }

  // --- the classes run in the nested engine (static nested: surefire's default excludes skip them) ---

  static class PerClass {
    @RegisterExtension
    static SandboxExtension sandbox = SandboxExtension.builder().seed(3).build();

    @Test
    void one(SandboxServer server) {
      seen.add(server.baseUri());
    }

    @Test
    void two(SandboxServer server) {
      seen.add(server.baseUri());
    }
  }

  @CsolSandbox(seed = 5)
  static class Annotated {
    @Test
    void one(SandboxServer server) {
      seen.add(server.baseUri());
    }
  }

  static class SharedA {
    @RegisterExtension
    static SandboxExtension sandbox = SandboxExtension.builder().seed(11).shared().build();

    @Test
    void a(SandboxServer server) {
      seen.add(server.baseUri());
    }
  }

  static class SharedB {
    @RegisterExtension
    static SandboxExtension sandbox = SandboxExtension.builder().seed(11).shared().build();

    @Test
    void b(SandboxServer server) {
      seen.add(server.baseUri());
    }
  }
}
