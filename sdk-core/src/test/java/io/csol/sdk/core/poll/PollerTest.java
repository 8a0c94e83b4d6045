package io.csol.sdk.core.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.error.ResponseDecodingException;
import io.csol.sdk.core.error.TransportException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

public class PollerTest {
  /** A clock that only the sleeper moves. */
  public static final class FakeClock extends Clock {
    Instant now = Instant.parse("2026-12-01T10:00:00Z");
    public final List<Duration> sleeps = new ArrayList<>();

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    public void sleep(Duration d) {
      sleeps.add(d);
      now = now.plus(d);
    }
  }

  private final FakeClock clock = new FakeClock();

  private <T> Poller.Builder<T> poller() {
    return Poller.<T>builder().sleeper(clock::sleep).clock(clock)
        .initialDelay(Duration.ofSeconds(1)).maxDelay(Duration.ofSeconds(4));
  }

  @Test
  void await_conditionHoldsOnThirdFetch_returnsThatValueAfterBackoff() {
    Iterator<String> states = List.of("QUEUED", "RUNNING", "DONE", "NEVER").iterator();
    String result = this.<String>poller().fetch(states::next).until("DONE"::equals)
        .timeout(Duration.ofMinutes(1)).build().await();
    assertThat(result).isEqualTo("DONE");
    assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void await_neverDone_throwsAtTheDeadlineWithTheLastValue() {
    AtomicInteger polls = new AtomicInteger();
    Poller<Integer> p = this.<Integer>poller().fetch(polls::incrementAndGet).until(n -> false)
        .timeout(Duration.ofSeconds(10)).build();
    Instant start = clock.instant();

    assertThatThrownBy(p::await).isInstanceOfSatisfying(PollTimeoutException.class, e -> {
      assertThat(e.lastValue()).contains(polls.get());
      assertThat(e.polls()).isEqualTo(polls.get());
      assertThat(e.timeout()).isEqualTo(Duration.ofSeconds(10));
      assertThat(e).hasMessageContaining("PT10S");
    });
    // 1 + 2 + 4 (capped), then only what is left: the last fetch is exactly at the deadline
    assertThat(clock.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
        Duration.ofSeconds(4), Duration.ofSeconds(3));
    assertThat(clock.instant()).isEqualTo(start.plusSeconds(10));
    assertThat(polls).hasValue(5);
  }

  @Test
  void await_nonTransientFetchError_propagatesAtOnce() {
    IllegalStateException bug = new IllegalStateException("boom");
    TransportException fatal = new TransportException("no route", null, false, null);
    assertThatThrownBy(() -> this.<String>poller().fetch(() -> {
      throw bug;
    }).until(x -> true).timeout(Duration.ofMinutes(1)).build().await()).isSameAs(bug);
    assertThatThrownBy(() -> this.<String>poller().fetch(() -> {
      throw fatal;
    }).until(x -> true).timeout(Duration.ofMinutes(1)).build().await()).isSameAs(fatal);
    assertThat(clock.sleeps).isEmpty();
  }

  @Test
  void await_transientFetchError_keepsPollingUntilDone() {
    AtomicInteger calls = new AtomicInteger();
    String result = this.<String>poller().fetch(() -> {
      if (calls.incrementAndGet() < 3) {
        throw new TransportException("reset", null, true, null);
      }
      return "ok";
    }).until("ok"::equals).timeout(Duration.ofMinutes(1)).build().await();
    assertThat(result).isEqualTo("ok");
    assertThat(calls).hasValue(3);
  }

  @Test
  void await_garbledBodyThenWrongShape_pollsOnThenFailsAtOnce() {
    // a body that was not well-formed JSON is as transient as a reset (the pipeline retries it
    // too); well-formed JSON of the wrong shape would come back the same, so it is thrown at once
    AtomicInteger calls = new AtomicInteger();
    ResponseDecodingException wrongShape = new ResponseDecodingException("wrong shape", 200, null,
        false, null);
    assertThatThrownBy(() -> this.<String>poller().fetch(() -> {
      if (calls.incrementAndGet() == 1) {
        throw new ResponseDecodingException("malformed JSON", 200, null, true, null);
      }
      throw wrongShape;
    }).until("ok"::equals).timeout(Duration.ofMinutes(1)).build().await()).isSameAs(wrongShape);
    assertThat(calls).hasValue(2);
  }

  @Test
  void await_transientErrorUntilDeadline_timeoutCarriesTheErrorAsCause() {
    TransportException reset = new TransportException("reset", null, true, null);
    assertThatThrownBy(() -> this.<String>poller().fetch(() -> {
      throw reset;
    }).until(x -> true).timeout(Duration.ofSeconds(3)).build().await())
        .isInstanceOf(PollTimeoutException.class).hasCause(reset)
        .satisfies(e -> assertThat(((PollTimeoutException) e).lastValue()).isEmpty());
  }

  @Test
  void build_missingOrBadSettings_rejectedNamingThem() {
    assertThatThrownBy(() -> Poller.<String>builder().fetch(() -> "x").until(x -> true).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("timeout(...)");
    assertThatThrownBy(() -> Poller.builder().timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout must be positive");
    assertThatThrownBy(() -> Poller.builder().multiplier(0.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("factor must be 1.0 to 10.0");
    assertThatThrownBy(() -> Poller.<String>builder().fetch(() -> "x").until(x -> true)
        .timeout(Duration.ofSeconds(1)).initialDelay(Duration.ofSeconds(9))
        .maxDelay(Duration.ofSeconds(2)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("initialDelay");
  }
}
