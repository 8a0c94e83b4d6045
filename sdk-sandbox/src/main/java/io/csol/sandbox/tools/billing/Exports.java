package io.csol.sandbox.tools.billing;

import io.csol.sandbox.engine.Collection;
import io.csol.sandbox.spi.CollectionRoutes;
import io.csol.sandbox.spi.ProblemException;
import io.csol.sandbox.spi.Request;
import io.csol.sandbox.spi.Response;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The CSV and XLSX exports of invoices (one row per invoice) and statement lines (one row per
 * line): filtered and sorted by the engine, streamed row by row from {@link Collection#query}.
 */
public final class Exports {

  public static final List<ExportColumn<Invoice>> INVOICE_COLUMNS = List.of(
      col("number", Invoice::number), col("customerNumber", Invoice::customerNumber),
      col("country", Invoice::country), col("issueDate", Invoice::issueDate), col("dueDate", Invoice::dueDate),
      col("currency", Invoice::currency), col("net", i -> i.net().decimal()), col("tax", i -> i.tax().decimal()),
      col("total", i -> i.total().decimal()), col("paidAmount", i -> i.paidAmount().decimal()),
      col("creditedAmount", i -> i.creditedAmount().decimal()),
      col("openAmount", i -> i.openAmount().decimal()), col("status", Invoice::status),
      col("approvalStatus", Invoice::approvalStatus), col("purchaseOrderNumber", Invoice::purchaseOrderNumber),
      col("orderNumbers", i -> String.join(" ", i.orderNumbers())),
      col("contractNumber", Invoice::contractNumber),
      col("serialNumbers", i -> String.join(" ", i.serialNumbers())),
      col("disputeTrackingNumber", Invoice::disputeTrackingNumber), col("updatedAt", Invoice::updatedAt));

  public static final List<ExportColumn<StatementLine>> LINE_COLUMNS = List.of(
      col("id", StatementLine::id), col("customerNumber", StatementLine::customerNumber),
      col("currency", StatementLine::currency), col("documentType", StatementLine::documentType),
      col("documentNumber", StatementLine::documentNumber), col("documentDate", StatementLine::documentDate),
      col("dueDate", StatementLine::dueDate), col("amount", l -> l.amount().decimal()),
      col("openAmount", l -> l.openAmount().decimal()), col("status", StatementLine::status),
      col("appliesTo", StatementLine::appliesTo));

  private Exports() {
  }

  /**
   * Answers an export request: validates {@code format}, compiles filter and sort before the
   * first byte (so errors are problems, not broken downloads), then streams.
   */
  public static <R> Response export(Request request, Collection<R> collection, String tool, Function<R, String> customerOf,
                 List<ExportColumn<R>> columns, String name) {
    String format = request.query("format").orElse(null);
    if (!"csv".equals(format) && !"xlsx".equals(format)) {
      throw ProblemException.invalidRequest("format",
          "format must be csv or xlsx, was " + (format == null ? "absent" : "'" + format + "'"));
    }
    String filter = CollectionRoutes.param(request, "filter");
    String sort = CollectionRoutes.param(request, "sort");
    CollectionRoutes.translateQueryErrors(() -> {
      collection.compileFilter(filter);
      return collection.sort(sort);
    });
    var scope = CollectionRoutes.<R>scope(request, tool, customerOf);
    String contentType = format.equals("csv") ? "text/csv; charset=utf-8" : XlsxWriter.CONTENT_TYPE;
    return Response.stream(200, contentType, out -> {
      try (Stream<R> rows = collection.query(filter, sort, scope)) {
        Iterator<R> iterator = rows.iterator();
        if (format.equals("csv")) {
          CsvWriter.write(out, columns, iterator);
        } else {
          XlsxWriter.write(out, name, columns, iterator);
        }
      }
    }).header("Content-Disposition", "attachment; filename=\"" + name + "." + format + "\"");
  }

  private static <R> ExportColumn<R> col(String header, Function<R, Object> value) {
    return new ExportColumn<>(header, r -> {
      Object v = value.apply(r);
      // dates and instants are written in their ISO form as text
      return v == null || v instanceof String || v instanceof java.math.BigDecimal ? v : v.toString();
    });
  }
}
