package io.csol.sdk.core.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.error.TransportException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Poller's delay ceiling, an interrupted wait and toString. */
class PollerEdgesTest {
  private final PollerTest.FakeClock clock = new PollerTest.FakeClock();

  @Test
  void await_delayReachesMaxDelay_staysThereForEveryLaterWait() {
    AtomicInteger polls = new AtomicInteger();
    int result = Poller.<Integer>builder().sleeper(clock::sleep).clock(clock)
        .initialDelay(Duration.ofSeconds(1)).maxDelay(Duration.ofSeconds(2))
        .fetch(polls::incrementAndGet).until(n -> n == 5).timeout(Duration.ofMinutes(10))
        .build().await();
    assertThat(result).isEqualTo(5);
    assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
        Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @Test
  void await_multiplierBelowTheCeiling_growsByTheFactor() {
    AtomicInteger polls = new AtomicInteger();
    Poller.<Integer>builder().sleeper(clock::sleep).clock(clock)
        .initialDelay(Duration.ofMillis(100)).maxDelay(Duration.ofMillis(1000)).multiplier(3)
        .fetch(polls::incrementAndGet).until(n -> n == 4).timeout(Duration.ofMinutes(10))
        .build().await();
    assertThat(clock.sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(300),
        Duration.ofMillis(900));
  }

  @Test
  void await_interruptedWhileWaiting_throwsAndKeepsTheInterruptFlag() {
    Poller<String> p = Poller.<String>builder().clock(clock)
        .sleeper(d -> {
          throw new InterruptedException("stop");
        })
        .fetch(() -> "QUEUED").until("DONE"::equals).timeout(Duration.ofMinutes(1)).build();
    try {
      assertThatThrownBy(p::await).isInstanceOf(TransportException.class)
          .hasMessageContaining("interrupted while waiting to poll again")
          .hasCauseInstanceOf(InterruptedException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted(); // leave the test thread clean
    }
  }

  @Test
  void toString_namesTheSettings() {
    Poller<String> p = Poller.<String>builder().fetch(() -> "x").until(x -> true)
        .timeout(Duration.ofSeconds(90)).initialDelay(Duration.ofMillis(500))
        .maxDelay(Duration.ofSeconds(5)).multiplier(1.5).build();
    assertThat(p.toString()).isEqualTo(
        "Poller[timeout=PT1M30S, initialDelay=PT0.5S, maxDelay=PT5S, multiplier=1.5]");
  }

  @Test
  void multiplier_limitsAccepted_onePastRejected() {
    assertThat(Poller.<String>builder().multiplier(1.0)).isNotNull();
    assertThat(Poller.<String>builder().multiplier(10.0)).isNotNull();
    for (double bad : new double[] {0.999, 10.001, Double.NaN}) {
      assertThatThrownBy(() -> Poller.<String>builder().multiplier(bad)).as("%s", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("multiplier(factor): factor must be 1.0 to 10.0, was " + bad);
    }
  }

  @Test
  void await_multiplierOne_waitsTheInitialDelayEveryTime() {
    AtomicInteger polls = new AtomicInteger();
    Poller.<Integer>builder().sleeper(clock::sleep).clock(clock).multiplier(1.0)
        .initialDelay(Duration.ofMillis(250)).maxDelay(Duration.ofSeconds(5))
        .fetch(polls::incrementAndGet).until(n -> n == 4).timeout(Duration.ofMinutes(1))
        .build().await();
    assertThat(clock.sleeps).containsExactly(Duration.ofMillis(250), Duration.ofMillis(250),
        Duration.ofMillis(250));
  }

  @Test
  void build_initialDelayEqualToMaxDelay_accepted_onePastRejected() {
    Poller.Builder<String> b = Poller.<String>builder().fetch(() -> "x").until(x -> true)
        .timeout(Duration.ofSeconds(10)).initialDelay(Duration.ofSeconds(2))
        .maxDelay(Duration.ofSeconds(2));
    assertThat(b.build().await()).isEqualTo("x");
    b.initialDelay(Duration.ofMillis(2001));
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
        .hasMessage("initialDelay (PT2.001S) must not exceed maxDelay (PT2S)");
  }
}
