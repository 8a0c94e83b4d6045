package io.csol.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdTallyTest {

  @Test
  void accept_repeatsAndGaps_countsDistinctDuplicatesAndLost() {
    IdTally tally = new IdTally();
    tally.accept("SL-000000001");
    tally.accept("SL-000000002");
    tally.accept("SL-000000002");
    tally.accept("SL-000000004");

    assertThat(tally.received()).isEqualTo(4);
    assertThat(tally.distinct()).isEqualTo(3);
    assertThat(tally.duplicates()).isEqualTo(1);
    assertThat(tally.distinctUpTo(4)).isEqualTo(3); // SL-000000003 was lost
    assertThat(tally.foreign()).isZero();
  }

  @Test
  void accept_idsBeyondTheExpectedRange_notCountedAsPartOfTheRead() {
    IdTally tally = new IdTally();
    tally.accept("SL-000000001");
    tally.accept("SL-000000009");

    assertThat(tally.distinctUpTo(2)).isEqualTo(1);
    assertThat(tally.distinct()).isEqualTo(2);
  }

  @Test
  void accept_malformedIds_countedAsForeign() {
    IdTally tally = new IdTally();
    tally.accept("9100000001");
    tally.accept("SL-00000000x");
    tally.accept(null);

    assertThat(tally.foreign()).isEqualTo(3);
    assertThat(tally.distinct()).isZero();
  }
}
