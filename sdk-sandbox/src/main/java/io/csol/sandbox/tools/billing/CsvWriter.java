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

/**
 * Streams records as RFC 4180 CSV in UTF-8: a header row, CRLF line ends, and a field in double
 * quotes (inner quotes doubled) whenever it holds a comma, quote, CR or LF or starts or ends
 * with a space. Rows are written as they come, so an export never sits in memory.
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
        String text = value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : value.toString();
        boolean quote = text.startsWith(" ") || text.endsWith(" ");
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
