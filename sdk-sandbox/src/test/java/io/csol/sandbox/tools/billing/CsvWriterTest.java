package io.csol.sandbox.tools.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  private static final List<ExportColumn<String[]>> COLUMNS = List.of(
      new ExportColumn<>("text", r -> r[0]), new ExportColumn<>("amount", r -> new BigDecimal(r[1])));

  @Test
  void write_hostileValues_quotedPerRfc4180() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvWriter.write(out, COLUMNS, List.of(
        new String[] {"plain", "1234.50"},
        new String[] {"a,b", "-0.01"},
        new String[] {"say \"hi\"", "100"},
        new String[] {"two\r\nlines", "1E+3"},
        new String[] {" padded ", "0"},
        new String[] {"Lumière ©한", "7"}).iterator());
    String csv = out.toString(StandardCharsets.UTF_8);
    assertThat(csv).isEqualTo("text,amount\r\n"
        + "plain,1234.50\r\n"
        + "\"a,b\",-0.01\r\n"
        + "\"say \"\"hi\"\"\",100\r\n"
        + "\"two\r\nlines\",1000\r\n"
        + "\" padded \",0\r\n"
        + "Lumière ©한,7\r\n");
  }

  @Test
  void write_formulaLikeText_prefixedWithQuoteButNumbersLeftAsNumbers() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvWriter.write(out, COLUMNS, List.of(
        new String[] {"=HYPERLINK(\"http://x\")", "-12.50"},
        new String[] {"+1+cmd|' /C calc'!A0", "1"},
        new String[] {"-2+3", "2"},
        new String[] {"@SUM(A1)", "3"},
        new String[] {"\tTAB", "4"},
        new String[] {"\rCR", "5"},
        new String[] {"-12.50", "6"},
        new String[] {"a=b", "7"}).iterator());
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("text,amount\r\n"
        + "\"'=HYPERLINK(\"\"http://x\"\")\",-12.50\r\n"
        + "'+1+cmd|' /C calc'!A0,1\r\n"
        + "'-2+3,2\r\n"
        + "'@SUM(A1),3\r\n"
        + "'\tTAB,4\r\n"
        + "\"'\rCR\",5\r\n"
        + "-12.50,6\r\n"
        + "a=b,7\r\n");
  }

  @Test
  void field_null_empty() {
    assertThat(CsvWriter.field(null)).isEmpty();
    assertThat(CsvWriter.field("\"")).isEqualTo("\"\"\"\"");
  }
}
