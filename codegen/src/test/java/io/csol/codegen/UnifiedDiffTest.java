package io.csol.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
  @Test
  void diff_oneChangedLine_showsMinusPlusWithContext() {
    String diff = UnifiedDiff.diff("a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nd\nE\nf\ng\nh\n");
    assertThat(diff).contains("-e\n+E\n").contains(" d\n").contains(" f\n").doesNotContain(" a\n");
  }
}
