package io.csol.sdk.core.spi.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.changes.ChangeOp;
import io.csol.sdk.core.error.ResponseDecodingException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each member a changes response must have, missing alone; an invalid operation id. */
class ChangesWireTest {
  private static final List<ChangesWire.Item<String>> ONE = List.of(
      new ChangesWire.Item<>(ChangeOp.UPSERT, "i1", Instant.EPOCH, "r"));

  @Test
  void toBatch_eachRequiredMemberMissing_decodingError() {
    List<ChangesWire<String>> bads = List.of(new ChangesWire<String>(null, "s2", true),
        new ChangesWire<>(ONE, null, true), new ChangesWire<>(ONE, " ", true),
        new ChangesWire<>(ONE, "s2", null));
    for (ChangesWire<String> bad : bads) {
      assertThatThrownBy(bad::toBatch).isInstanceOf(ResponseDecodingException.class)
          .hasMessageContaining("changes feed response lacks data, nextSince or hasMore");
    }
    assertThat(new ChangesWire<>(ONE, "s2", false).toBatch().changes()).hasSize(1);
  }

  @Test
  void fetcher_invalidOperation_rejectedAtOnce() {
    assertThatThrownBy(() -> Changes.fetcher(new ToolOperationsResultsTest.Answering(),
        Tool.INVOICES, "/v1/invoices/changes", "list changes", String.class,
        RequestOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("operationId");
  }
}
