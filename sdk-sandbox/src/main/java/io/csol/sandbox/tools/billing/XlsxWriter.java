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
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Streams records as a minimal Office Open XML workbook (.xlsx): content types, package and
 * workbook relationships, workbook and one worksheet whose rows are written straight into the
 * zip as they come (inline strings, numeric cells for amounts), so no row is held in memory.
 */
final class XlsxWriter {

  /** The media type of an .xlsx file. */
  static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final long FIXED_TIME = 1_767_225_600_000L; // 2026-01-01, so part headers are deterministic
  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private XlsxWriter() {
  }

  /** Writes the workbook with one sheet {@code sheetName} to {@code out}; finishes the zip, does not close {@code out}. */
  static <R> void write(OutputStream out, String sheetName, List<ExportColumn<R>> columns, Iterator<R> records)
      throws IOException {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(sheetName, "sheetName");
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(records, "records");
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    part(zip, "[Content_Types].xml", HEAD
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        + "</Types>");
    part(zip, "_rels/.rels", HEAD + "<Relationships xmlns=\"" + RELS + "\">"
        + "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>");
    part(zip, "xl/workbook.xml", HEAD + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC_RELS + "\">"
        + "<sheets><sheet name=\"" + escape(sheetName) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    part(zip, "xl/_rels/workbook.xml.rels", HEAD + "<Relationships xmlns=\"" + RELS + "\">"
        + "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        + "</Relationships>");
    zip.putNextEntry(entry("xl/worksheets/sheet1.xml"));
    Writer sheet = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 64 * 1024);
    sheet.write(HEAD + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
    long row = 1;
    sheet.write("<row r=\"1\">");
    for (int c = 0; c < columns.size(); c++) {
      cell(sheet, c, row, columns.get(c).header());
    }
    sheet.write("</row>");
    while (records.hasNext()) {
      R record = records.next();
      row++;
      sheet.write("<row r=\"" + row + "\">");
      for (int c = 0; c < columns.size(); c++) {
        cell(sheet, c, row, columns.get(c).value().apply(record));
      }
      sheet.write("</row>");
    }
    sheet.write("</sheetData></worksheet>");
    sheet.flush();
    zip.closeEntry();
    zip.finish();
    out.flush();
  }

  /** Returns the column letters of a 0-based column index: A..Z, AA, AB, ... */
  static String column(int index) {
    StringBuilder letters = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      letters.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return letters.toString();
  }

  /** Escapes XML text and drops characters XML 1.0 cannot hold. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        default -> {
          boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
          if (allowed) {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }

  private static void cell(Writer sheet, int column, long row, Object value) throws IOException {
    if (value == null) {
      return;
    }
    String ref = column(column) + row;
    if (value instanceof BigDecimal) {
      sheet.write("<c r=\"" + ref + "\"><v>" + ((BigDecimal) value).toPlainString() + "</v></c>");
    } else {
      sheet.write("<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
          + escape(value.toString()) + "</t></is></c>");
    }
  }

  private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(entry(name));
    zip.write(xml.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static ZipEntry entry(String name) {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(FIXED_TIME);
    return entry;
  }
}
