package io.csol.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csol.sdk.core.changes.Change;
import io.csol.sdk.core.changes.ChangeOp;
import io.csol.sdk.core.query.DateField;
import io.csol.sdk.core.query.SortOrder;
import io.csol.sdk.core.query.TextField;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** equals, hashCode and toString of the small value types users compare and log, and the User-Agent suffix limits. */
class ValueSemanticsTest {
  private static final TextField<String> NUMBER = TextField.<String>of("number").asSortable();
  private static final DateField<String> DUE = DateField.<String>of("dueDate").asSortable();
  private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void sortOrder_sameFieldAndDirection_equal_otherwiseNot() {
    SortOrder<String> desc = NUMBER.desc();
    assertThat(desc).isEqualTo(TextField.<String>of("number").asSortable().desc()).hasSameHashCodeAs(NUMBER.desc());
    assertThat(desc).isNotEqualTo(NUMBER.asc()).isNotEqualTo(DUE.desc()).isNotEqualTo("-number");
    assertThat(desc.descending()).isTrue();
    assertThat(NUMBER.asc().descending()).isFalse();
    assertThat(desc).hasToString("-number");
    assertThat(NUMBER.asc()).hasToString("number");
    assertThat(desc.hashCode()).isNotEqualTo(NUMBER.asc().hashCode());
  }

  @Test
  void change_equalByEveryComponent_toStringWithoutTheRecord() {
    Change<String> c = Change.of(ChangeOp.UPSERT, "9100000001", AT, "secret record");
    assertThat(c).isEqualTo(Change.of(ChangeOp.UPSERT, "9100000001", AT, "secret record"))
        .hasSameHashCodeAs(Change.of(ChangeOp.UPSERT, "9100000001", AT, "secret record"));
    assertThat(c).isNotEqualTo(Change.of(ChangeOp.DELETE, "9100000001", AT, "secret record"))
        .isNotEqualTo(Change.of(ChangeOp.UPSERT, "9100000002", AT, "secret record"))
        .isNotEqualTo(Change.of(ChangeOp.UPSERT, "9100000001", AT.plusSeconds(1), "secret record"))
        .isNotEqualTo(Change.of(ChangeOp.UPSERT, "9100000001", AT, "other"))
        .isNotEqualTo("9100000001");
    assertThat(c.hashCode()).isNotEqualTo(Change.of(ChangeOp.DELETE, "9100000001", AT, null).hashCode());
    assertThat(c).hasToString("Change[op=UPSERT, id=9100000001, changedAt=2026-11-23T10:00:00Z]");
    assertThatThrownBy(() -> Change.of(null, "1", AT, null)).hasMessageContaining("op must not be null");
    assertThatThrownBy(() -> Change.of(ChangeOp.DELETE, null, AT, null)).hasMessageContaining("id must not be null");
  }

  @Test
  void userAgentSuffix_100CharactersAccepted_101AndBlankRejected() {
    assertThat(UserAgent.checkSuffix("a".repeat(100))).hasSize(100);
    assertThatThrownBy(() -> UserAgent.checkSuffix("a".repeat(101)))
        .hasMessage("userAgentSuffix must be 1..100 characters, was 101");
    assertThatThrownBy(() -> UserAgent.checkSuffix("  ")).hasMessage("userAgentSuffix must be 1..100 characters, was 2");
    assertThatThrownBy(() -> UserAgent.checkSuffix(null)).hasMessage("userAgentSuffix must not be null");
  }

  @Test
  void userAgentSuffix_spaceAndTildeAccepted_controlAndDelRejected_trimmed() {
    assertThat(UserAgent.checkSuffix(" billing-app/1.2 ~ ")).isEqualTo("billing-app/1.2 ~");
    for (String bad : new String[] {"a\u001Fb", "a\u007Fb", "caf\u00e9"}) {
      assertThatThrownBy(() -> UserAgent.checkSuffix(bad)).as(bad)
          .hasMessage("userAgentSuffix must be visible ASCII or spaces");
    }
  }

  @Test
  void userAgent_suffixAppendedAfterTheBase() {
    String base = UserAgent.of("1.2.3", null);
    assertThat(base).startsWith("csol-sdk-java/1.2.3 (Java ");
    assertThat(UserAgent.of("1.2.3", "billing/2")).isEqualTo(base + " billing/2");
  }
}
