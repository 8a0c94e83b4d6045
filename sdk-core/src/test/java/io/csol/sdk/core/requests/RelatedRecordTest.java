package io.csol.sdk.core.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The record a request relates to: each check at its limit and one past. */
class RelatedRecordTest {

  @Test
  void of_idOf1And64Characters_accepted() {
    assertThat(RelatedRecord.of(RelatedRecordType.INVOICE, "9").id()).isEqualTo("9");
    RelatedRecord r = RelatedRecord.of(RelatedRecordType.ORDER, "x".repeat(64));
    assertThat(r.type()).isEqualTo(RelatedRecordType.ORDER);
    assertThat(r.id()).hasSize(64);
  }

  @Test
  void of_idEmptyOr65CharactersOrPadded_refusedWithTheRule() {
    for (String bad : new String[] {"", "x".repeat(65), " 9", "9 ", "\t9"}) {
      assertThatThrownBy(() -> RelatedRecord.of(RelatedRecordType.CONTRACT, bad))
          .as("'%s'", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("id must be 1..64 characters without leading or trailing white space, was '"
              + bad + "'");
    }
  }

  @Test
  void of_unknownType_refusedListingTheTypes() {
    assertThatThrownBy(() -> RelatedRecord.of(RelatedRecordType.UNKNOWN, "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("type must be one of INVOICE, ORDER, CONTRACT, INSTALLED_ITEM, CHANGE_REQUEST,"
            + " STATEMENT_LINE, ENTITLEMENT, was UNKNOWN");
  }

  @Test
  void of_nulls_refusedNamingTheParameter() {
    assertThatThrownBy(() -> RelatedRecord.of(null, "1"))
        .isInstanceOf(NullPointerException.class).hasMessage("type must not be null");
    assertThatThrownBy(() -> RelatedRecord.of(RelatedRecordType.INVOICE, null))
        .isInstanceOf(NullPointerException.class).hasMessage("id must not be null");
  }
}
