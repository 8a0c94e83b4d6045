package io.csol.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileNamesTest {
  @TempDir
  Path dir;

  @Test
  void resolve_plainInvoiceNumber_fileDirectlyInDir() {
    assertThat(FileNames.resolve(dir, "9100000001", ".pdf")).isEqualTo(dir.resolve("9100000001.pdf"));
    assertThat(FileNames.resolve(dir, "INV-2026_07 a", "").getParent()).isEqualTo(dir);
    assertThat(FileNames.check("CN-01.2026")).isEqualTo("CN-01.2026");
  }

  @Test
  void resolve_hostileIds_refusedWithoutQuotingThem() {
    for (String id : List.of("../../escaped", "..", ".", "a/b", "a\\b", "/etc/passwd", "C:evil",
        ".hidden", "trailing.", "trailing ", "nul", "CON.pdf", "com1", "line\nbreak", "tab\t",
        "bidi\u202eftp.exe", "zero\u200bwidth", "", "x".repeat(129), "a*b", "a?b", "a|b", "a<b")) {
      assertThatThrownBy(() -> FileNames.resolve(dir, id, ".pdf")).as(id)
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("id must");
    }
    assertThatThrownBy(() -> FileNames.check(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("id");
  }

  @Test
  void resolve_badSuffix_refused() {
    for (String suffix : List.of("/../x", ".p/df", "pdf", ".", ".toolongsuffix")) {
      assertThatThrownBy(() -> FileNames.resolve(dir, "9100000001", suffix)).as(suffix)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("suffix");
    }
  }
}
