package io.csol.sdk.core.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** SyncToken's length limit and value semantics; the feed's end and toString. */
class ChangeLimitsTest {

  @Test
  void syncToken_2048CharactersAccepted_2049Rejected() {
    assertThat(SyncToken.of("a".repeat(2048)).value()).hasSize(2048);
    assertThatThrownBy(() -> SyncToken.of("a".repeat(2049)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be a non-blank token of at most 2048 characters as issued by the"
            + " server");
  }

  @Test
  void syncToken_equalByValue() {
    assertThat(SyncToken.of("s1")).isEqualTo(SyncToken.of("s1")).isNotEqualTo(SyncToken.of("s2"))
        .isNotEqualTo("s1").hasSameHashCodeAs(SyncToken.of("s1"));
    assertThat(SyncToken.of("s1").hashCode()).isEqualTo("s1".hashCode());
  }

  @Test
  void batches_afterTheLastBatch_nextFailsWithAMessage() {
    ChangeFeed<String> feed = ChangeFeed.create(
        (since, limit) -> new ChangeBatch<>(List.of(), SyncToken.of("s9"), false), null);
    Iterator<ChangeBatch<String>> it = feed.batches().iterator();
    assertThat(it.next().nextSince()).isEqualTo(SyncToken.of("s9"));
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class)
        .hasMessage("the changes feed has no more batches");
  }

  @Test
  void toString_namesSinceAndBatchSize() {
    ChangeFeed<String> feed = ChangeFeed.create(
        (since, limit) -> new ChangeBatch<>(List.of(), SyncToken.of("s9"), false),
        SyncToken.of("s1"));
    assertThat(feed.toString()).isEqualTo("ChangeFeed[since=s1, batchSize=null]");
    assertThat(feed.batchSize(500).toString()).isEqualTo("ChangeFeed[since=s1, batchSize=500]");
  }
}
