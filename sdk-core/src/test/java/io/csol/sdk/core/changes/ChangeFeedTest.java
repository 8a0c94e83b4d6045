package io.csol.sdk.core.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.error.ResponseDecodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChangeFeedTest {

  /** Three batches: from start -> t1 (more), t1 -> t2 (more), t2 -> t3 (done). */
  private final List<String> asked = new ArrayList<>();
  private final ChangeFeed.Fetcher<String> fetcher = (since, limit) -> {
    String from = since == null ? "start" : since.value();
    asked.add(from + "/" + limit);
    switch (from) {
      case "start":
        return batch("t1", true, "a", "b");
      case "t1":
        return batch("t2", true, "c");
      default:
        return batch("t3", false);
    }
  };

  private static ChangeBatch<String> batch(String next, boolean more, String... ids) {
    List<Change<String>> changes = new ArrayList<>();
    for (String id : ids) {
      changes.add(Change.of(ChangeOp.UPSERT, id, null, id.toUpperCase()));
    }
    return new ChangeBatch<>(changes, SyncToken.of(next), more);
  }

  @Test
  void batches_untilHasMoreFalse_fetchesEachBatchOnceAndEndsWithLastToken() {
    List<SyncToken> checkpoints = new ArrayList<>();
    for (ChangeBatch<String> b : new ChangeFeed<>(fetcher, null, null).batches()) {
      checkpoints.add(b.nextSince());
    }
    assertThat(checkpoints).extracting(SyncToken::value).containsExactly("t1", "t2", "t3");
    assertThat(asked).containsExactly("start/null", "t1/null", "t2/null");
  }

  @Test
  void stream_fromToken_isLazyAndFlattens() {
    ChangeFeed<String> feed = new ChangeFeed<>(fetcher, SyncToken.of("t1"), null).batchSize(50);
    assertThat(asked).isEmpty();
    assertThat(feed.stream().map(Change::id).collect(Collectors.toList())).containsExactly("c");
    assertThat(asked).containsExactly("t1/50", "t2/50");
    assertThat(feed.since()).contains(SyncToken.of("t1"));
  }

  @Test
  void fetch_sendsOneRequest() {
    ChangeBatch<String> first = new ChangeFeed<>(fetcher, null, null).fetch();
    assertThat(first.changes()).extracting(c -> c.record().orElseThrow()).containsExactly("A", "B");
    assertThat(asked).hasSize(1);
  }

  @Test
  void batches_serverWithoutProgress_failsInsteadOfLooping() {
    ChangeFeed<String> stuck = new ChangeFeed<>((since, limit) -> batch("same", true),
        SyncToken.of("same"), null);
    assertThatThrownBy(() -> stuck.batches().iterator().next())
        .isInstanceOf(ResponseDecodingException.class).hasMessageContaining("progress");
  }

  @Test
  void batchSize_outOfRange_failsNamingRange() {
    ChangeFeed<String> feed = new ChangeFeed<>(fetcher, null, null);
    assertThatThrownBy(() -> feed.batchSize(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1..500");
    assertThatThrownBy(() -> feed.batchSize(501)).isInstanceOf(IllegalArgumentException.class);
  }
}
