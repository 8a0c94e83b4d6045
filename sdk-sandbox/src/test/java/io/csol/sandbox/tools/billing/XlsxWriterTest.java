package io.csol.sandbox.tools.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class XlsxWriterTest {

  private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
    Map<String, byte[]> parts = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        parts.put(entry.getName(), in.readAllBytes());
      }
    }
    return parts;
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  @Test
  void write_rows_validWorkbookWithAllParts() throws Exception {
    List<ExportColumn<String[]>> columns = List.of(new ExportColumn<>("name", r -> r[0]),
        new ExportColumn<>("amount", r -> r[1] == null ? null : new BigDecimal(r[1])));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxWriter.write(out, "Invoices & <lines>", columns, List.of(
        new String[] {"<b>&\"x\"</b>", "12.50"},
        new String[] {"bell\u0007 and tab\t", null},
        new String[] {"Lumière 한", "-3"}).iterator());
    Map<String, byte[]> parts = unzip(out.toByteArray());
    assertThat(parts).containsOnlyKeys("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml");
    for (byte[] xml : parts.values()) {
      parse(xml); // every part is well-formed XML
    }
    Document sheet = parse(parts.get("xl/worksheets/sheet1.xml"));
    NodeList rows = sheet.getElementsByTagName("row");
    assertThat(rows.getLength()).isEqualTo(4);
    NodeList texts = sheet.getElementsByTagName("t");
    assertThat(texts.item(2).getTextContent()).isEqualTo("<b>&\"x\"</b>");
    assertThat(texts.item(3).getTextContent()).isEqualTo("bell and tab\t");
    assertThat(texts.item(4).getTextContent()).isEqualTo("Lumière 한");
    NodeList values = sheet.getElementsByTagName("v");
    assertThat(values.item(0).getTextContent()).isEqualTo("12.50");
    assertThat(values.item(1).getTextContent()).isEqualTo("-3");
    assertThat(parse(parts.get("xl/workbook.xml")).getElementsByTagName("sheet").item(0)
        .getAttributes().getNamedItem("name").getTextContent()).isEqualTo("Invoices & <lines>");
    assertThat(new String(parts.get("[Content_Types].xml"), "UTF-8"))
        .contains("/xl/worksheets/sheet1.xml").contains("spreadsheetml.sheet.main+xml");
  }

  @Test
  void column_indexes_excelLetters() {
    assertThat(XlsxWriter.column(0)).isEqualTo("A");
    assertThat(XlsxWriter.column(25)).isEqualTo("Z");
    assertThat(XlsxWriter.column(26)).isEqualTo("AA");
    assertThat(XlsxWriter.column(701)).isEqualTo("ZZ");
    assertThat(XlsxWriter.column(702)).isEqualTo("AAA");
  }
}
