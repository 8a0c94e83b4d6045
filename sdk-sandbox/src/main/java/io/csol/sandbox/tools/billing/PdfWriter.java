package io.csol.sandbox.tools.billing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a minimal, valid one-page PDF 1.4 document of Helvetica text lines: catalog, page tree,
 * page, font and content stream, with a cross-reference table whose byte offsets point at each
 * {@code N 0 obj}. The bytes are deterministic (no dates, no ids), so a document's ETag is stable.
 */
final class PdfWriter {

  /** How many text lines fit on the A4 page; further lines are left out. */
  static final int MAX_LINES = 52;

  private PdfWriter() {
  }

  /** Returns the PDF bytes of a page with a title and text lines (non-Latin-1 characters become '?'). */
  static byte[] write(String title, List<String> lines) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(lines, "lines");
    StringBuilder content = new StringBuilder();
    content.append("BT\n/F1 16 Tf\n50 790 Td\n(").append(escape(title)).append(") Tj\n");
    content.append("/F1 10 Tf\n14 TL\n0 -10 Td\n");
    for (int i = 0; i < Math.min(lines.size(), MAX_LINES); i++) {
      content.append("T* (").append(escape(lines.get(i))).append(") Tj\n");
    }
    content.append("ET\n");
    byte[] stream = content.toString().getBytes(StandardCharsets.ISO_8859_1);

    List<byte[]> objects = new ArrayList<>();
    objects.add(latin1("<< /Type /Catalog /Pages 2 0 R >>"));
    objects.add(latin1("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"));
    objects.add(latin1("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        + "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"));
    objects.add(latin1("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
    ByteArrayOutputStream streamObject = new ByteArrayOutputStream();
    streamObject.writeBytes(latin1("<< /Length " + stream.length + " >>\nstream\n"));
    streamObject.writeBytes(stream);
    streamObject.writeBytes(latin1("endstream"));
    objects.add(streamObject.toByteArray());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // the binary comment tells transfer tools the file is binary, as the PDF spec recommends
    out.writeBytes(latin1("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n"));
    long[] offsets = new long[objects.size()];
    for (int i = 0; i < objects.size(); i++) {
      offsets[i] = out.size();
      out.writeBytes(latin1((i + 1) + " 0 obj\n"));
      out.writeBytes(objects.get(i));
      out.writeBytes(latin1("\nendobj\n"));
    }
    long xref = out.size();
    StringBuilder table = new StringBuilder();
    table.append("xref\n0 ").append(objects.size() + 1).append('\n');
    table.append("0000000000 65535 f\r\n");
    for (long offset : offsets) {
      table.append(String.format("%010d 00000 n\r\n", offset));
    }
    table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\n");
    table.append("startxref\n").append(xref).append("\n%%EOF\n");
    out.writeBytes(latin1(table.toString()));
    return out.toByteArray();
  }

  /** Escapes a PDF literal string: backslash and parentheses, control and non-Latin-1 characters. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '(' || c == ')') {
        escaped.append('\\').append(c);
      } else if (c < 0x20 || c > 0xFF || (c >= 0x7F && c < 0xA0)) {
        escaped.append('?');
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  private static byte[] latin1(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
