package io.csol.sandbox.tools.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfWriterTest {

  private static final byte[] PDF = PdfWriter.write("Invoice 9100000001",
      List.of("Customer: Nordic Freight AB", "Tricky (parens) and \\ backslash", "Lumière ©", "Hangul 한"));

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  @Test
  void write_xrefOffsets_pointAtEachObject() {
    String pdf = text(PDF);
    assertThat(pdf).startsWith("%PDF-1.4\n").endsWith("%%EOF\n");
    Matcher startxref = Pattern.compile("startxref\n(\\d+)\n%%EOF\n$").matcher(pdf);
    assertThat(startxref.find()).isTrue();
    int xref = Integer.parseInt(startxref.group(1));
    assertThat(pdf.substring(xref)).startsWith("xref\n0 6\n0000000000 65535 f\r\n");
    Matcher entries = Pattern.compile("(\\d{10}) 00000 n\r\n").matcher(pdf.substring(xref));
    int object = 1;
    while (entries.find()) {
      int offset = Integer.parseInt(entries.group(1));
      assertThat(pdf.substring(offset)).startsWith(object + " 0 obj\n");
      object++;
    }
    assertThat(object).isEqualTo(6);
    assertThat(pdf).contains("trailer\n<< /Size 6 /Root 1 0 R >>");
  }

  @Test
  void write_contentStream_lengthMatchesAndTextEscaped() {
    String pdf = text(PDF);
    Matcher length = Pattern.compile("<< /Length (\\d+) >>\nstream\n").matcher(pdf);
    assertThat(length.find()).isTrue();
    int start = length.end();
    int end = pdf.indexOf("endstream", start);
    assertThat(end - start).isEqualTo(Integer.parseInt(length.group(1)));
    assertThat(pdf).contains("(Tricky \\(parens\\) and \\\\ backslash) Tj")
        .contains("(Lumi\u00e8re \u00a9) Tj").contains("(Hangul ?) Tj");
  }

  @Test
  void write_sameInput_sameBytes() {
    assertThat(PdfWriter.write("Invoice 9100000001", List.of("Customer: Nordic Freight AB",
        "Tricky (parens) and \\ backslash", "Lumière ©", "Hangul 한"))).isEqualTo(PDF);
  }

  @Test
  void write_pdftotextAvailable_readsText(@TempDir Path dir) throws Exception {
    Path tool = Path.of("/usr/bin/pdftotext");
    if (!Files.isExecutable(tool)) {
      return; // structure is checked above; the external reader is optional on build machines
    }
    Path file = dir.resolve("a.pdf");
    Files.write(file, PDF);
    Process process = new ProcessBuilder(tool.toString(), file.toString(), "-").redirectErrorStream(true).start();
    assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).isZero();
    assertThat(out).contains("Invoice 9100000001").contains("Nordic Freight AB");
  }

  @Test
  void write_tooManyLines_keepsPageLimit() throws IOException {
    List<String> many = java.util.Collections.nCopies(200, "row");
    String pdf = text(PdfWriter.write("T", many));
    assertThat(pdf.split("\\(row\\) Tj", -1)).hasSize(PdfWriter.MAX_LINES + 1);
  }
}
