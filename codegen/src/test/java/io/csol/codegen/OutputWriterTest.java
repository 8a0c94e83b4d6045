package io.csol.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
  @TempDir
  Path dir;

  @Test
  void write_unchangedFile_keepsItsTimestampSoTheCompilerSeesNoChange() throws Exception {
    Path out = dir.resolve("csol");
    OutputWriter.write(out, Map.of("p/A.java", "class A {}", "p/B.java", "class B {}"), "f1");
    Path a = out.resolve("p/A.java");
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(a, old);

    int[] counts = OutputWriter.write(out,
        Map.of("p/A.java", "class A {}", "p/B.java", "class B { int x; }"), "f2");

    assertThat(counts).containsExactly(1, 0);
    assertThat(Files.getLastModifiedTime(a)).isEqualTo(old);
    assertThat(out.resolve("p/B.java")).hasContent("class B { int x; }");
    assertThat(OutputWriter.fingerprint(out)).isEqualTo("f2");
  }

  @Test
  void write_typeNoLongerGenerated_deletesTheOrphan() throws Exception {
    Path out = dir.resolve("csol");
    OutputWriter.write(out, Map.of("p/A.java", "class A {}", "p/Old.java", "class Old {}"), "f1");

    int[] counts = OutputWriter.write(out, Map.of("p/A.java", "class A {}"), "f2");

    assertThat(counts).containsExactly(0, 1);
    assertThat(out.resolve("p/Old.java")).doesNotExist();
    assertThat(out.resolve("p/A.java")).exists();
  }

  @Test
  void checkClashes_handWrittenFileOfAGeneratedName_failsNamingIt() throws Exception {
    Path src = dir.resolve("src/main/java");
    Files.createDirectories(src.resolve("p"));
    Files.writeString(src.resolve("p/Invoice.java"), "class Invoice {}");

    assertThatThrownBy(() -> OutputWriter.checkClashes(
        Map.of("p/Invoice.java", "x", "p/Other.java", "y"), List.of(src)))
        .isInstanceOf(CodegenException.class)
        .hasMessageContaining("p/Invoice.java is generated from the contract")
        .hasMessageNotContaining("Other");
  }

  @Test
  void fingerprint_noOutputYet_isEmpty() {
    assertThat(OutputWriter.fingerprint(dir.resolve("none"))).isEmpty();
  }
}
