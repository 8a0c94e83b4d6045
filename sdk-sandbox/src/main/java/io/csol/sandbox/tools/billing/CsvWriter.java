package io.csol.sandbox.tools.billing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Streams records as RFC 4180 CSV in UTF-8: a header row, CRLF line ends, and a field in double
 * quotes (inner quotes doubled) whenever it holds a comma, quote, CR or LF or starts or ends
 * with a space. Rows are written as they come, so an export never sits in memory.
 *
 * <p>Guards against spreadsheet formula injection (OWASP "CSV Injection"): a text field starting
 * with {@code =}, {@code +}, {@code -}, {@code @}, tab or CR gets a leading {@code '} so that a
 * spreadsheet shows it as text instead of running it. Numbers are left alone: amounts are written
 * from {@code BigDecimal} (so {@code -12.50} stays a number a spreadsheet can sum), and a text field
 * that is a plain decimal number cannot be a formula either.
 */
final class CsvWriter {

  private CsvWriter() {
  }

  /** Writes the header and one row per record to {@code out}; flushes but does not close it. */
  static <R> void write(OutputStream out, List<ExportColumn<R>> columns, Iterator<R> records) throws IOException {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(records, "records");
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    for (int c = 0; c < columns.size(); c++) {
      writer.write(c == 0 ? "" : ",");
      writer.write(field(columns.get(c).header()));
    }
    writer.write("\r\n");
    while (records.hasNext()) {
      R record = records.next();
      for (int c = 0; c < columns.size(); c++) {
        writer.write(c == 0 ? "" : ",");
        writer.write(field(columns.get(c).value().apply(record)));
      }
      writer.write("\r\n");
    }
    writer.flush();
  }

  /** Returns one field as written in the file. */
  static String field(Object value) {
    if (value == null) {
      return "";
    }
    String text = value instanceof BigDecimal || value instanceof Number ? plain(value) : neutralized(value.toString());
    boolean quote = text.startsWith(" ") || text.endsWith(" ");
    for (int i = 0; i < text.length() && !quote; i++) {
      char c = text.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

  private static String plain(Object number) {
    return number instanceof BigDecimal ? ((BigDecimal) number).toPlainString() : number.toString();
  }

  /** Prefixes {@code '} to text a spreadsheet would read as a formula (OWASP CSV injection). */
  static String neutralized(String text) {
    if (text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 || NUMBER.matcher(text).matches()) {
      return text;
    }
    return "'" + text;
  }
}
