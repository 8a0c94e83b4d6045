package io.csol.sandbox.tools.statements;

import io.csol.sandbox.spi.CollectionRoutes;
import io.csol.sandbox.spi.ProblemException;
import io.csol.sandbox.spi.Request;
import io.csol.sandbox.spi.Response;
import io.csol.sandbox.spi.Routes;
import io.csol.sandbox.spi.SandboxWorld;
import io.csol.sandbox.tools.billing.BillingState;
import io.csol.sandbox.tools.billing.Documents;
import io.csol.sandbox.tools.billing.Exports;
import io.csol.sandbox.tools.billing.Invoice;
import io.csol.sandbox.tools.billing.StatementLine;
import io.csol.sandbox.tools.billing.Summary;
import java.util.Objects;

/**
 * The routes of the STATEMENTS tool: summaries, lines (list, get, changes, export, document),
 * credit notes and payments by number.
 */
final class StatementRoutes {

  static final String TOOL = "STATEMENTS";

  private final BillingState state;
  private final SandboxWorld world;

  StatementRoutes(BillingState state, SandboxWorld world) {
    this.state = Objects.requireNonNull(state, "state");
    this.world = Objects.requireNonNull(world, "world");
  }

  void register(Routes routes) {
    Routes tool = routes.tool(TOOL);
    CollectionRoutes.register(tool, "/v1/statements/lines", state.lines(), StatementLine::customerNumber);
    tool.get("/v1/statements/lines/export", r -> Exports.export(r, state.lines(), TOOL,
        StatementLine::customerNumber, Exports.LINE_COLUMNS, "statement-lines"));
    tool.get("/v1/statements/lines/{id}/document", this::document);
    tool.get("/v1/statements/summaries", r -> CollectionRoutes.list(r, state.summaries(), TOOL,
        Summary::customerNumber));
    tool.get("/v1/credit-notes/{number}", r -> Response.json(200,
        statementDocument(r, "CN", "CREDIT_NOTE", "credit note").toCreditNote()));
    tool.get("/v1/payments/{number}", r -> Response.json(200,
        statementDocument(r, "PAY", "PAYMENT", "payment").toPayment()));
  }

  private Response document(Request request) {
    String id = request.pathParam("id");
    StatementLine line = state.lines().get(id).orElseThrow(
        () -> ProblemException.notFound("statement line '" + id + "' does not exist"));
    request.principal().requireEntitled(TOOL, line.customerNumber());
    if (line.documentType().equals("INVOICE")) {
      Invoice invoice = state.invoices().get(line.documentNumber()).orElseThrow(
          () -> ProblemException.notFound("invoice '" + line.documentNumber() + "' does not exist"));
      return Documents.invoice(invoice, world);
    }
    return Documents.statementDocument(line, world);
  }

  private StatementLine statementDocument(Request request, String prefix, String type, String what) {
    String number = request.pathParam("number");
    StatementLine line = state.document(prefix, type, number);
    if (line == null) {
      throw ProblemException.notFound(what + " '" + number + "' does not exist");
    }
    request.principal().requireEntitled(TOOL, line.customerNumber());
    return line;
  }
}
