package io.csol.examples.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportRowTest {

  @Test
  void toCsv_formulaLikeCells_neutralizedButNegativeAmountsStayNumbers() {
    ReportRow row = new ReportRow("INVOICE", "=HYPERLINK(\"http://x\",\"pay\")", "+cmd|calc", "@SEK", "-12.50",
        "-1+2", "MISMATCH", "\tnote");

    assertThat(row.toCsv()).isEqualTo(
        "INVOICE,\"'=HYPERLINK(\"\"http://x\"\",\"\"pay\"\")\",'+cmd|calc,'@SEK,-12.50,'-1+2,MISMATCH,'\tnote");
  }

  @Test
  void neutralized_carriageReturnAndPlainValues() {
    assertThat(ReportRow.neutralized("\rx")).isEqualTo("'\rx");
    assertThat(ReportRow.neutralized("-0.01")).isEqualTo("-0.01");
    assertThat(ReportRow.neutralized("+5")).isEqualTo("+5");
    assertThat(ReportRow.neutralized("a=b")).isEqualTo("a=b");
    assertThat(ReportRow.neutralized("")).isEmpty();
  }
}
