package io.csol.sandbox.tools.invoices;

import io.csol.sandbox.spi.CollectionRoutes;
import io.csol.sandbox.spi.ProblemException;
import io.csol.sandbox.spi.Request;
import io.csol.sandbox.spi.Response;
import io.csol.sandbox.spi.Routes;
import io.csol.sandbox.spi.SandboxWorld;
import io.csol.sandbox.tools.billing.BillingRequests;
import io.csol.sandbox.tools.billing.BillingState;
import io.csol.sandbox.tools.billing.Documents;
import io.csol.sandbox.tools.billing.Exports;
import io.csol.sandbox.tools.billing.Invoice;
import io.csol.sandbox.tools.requests.RequestStore;
import io.csol.sandbox.tools.requests.SupportRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The routes of the INVOICES tool: search, get with lines, changes, image, export, approve,
 * dispute and forward. Mutations replace the invoice through {@code Collection.put}, so it keeps
 * its id and position and shows up in the changes feed.
 */
final class InvoiceRoutes {

  static final String TOOL = "INVOICES";

  /*
   * The request bodies. The pipeline has already checked each against its schema in the
   * contract (required fields, enums, lengths, e-mail format and count; 422 naming the field), so
   * binding them needs no further checks here. Approve's optional comment is checked the same
   * way and not kept.
   */

  /** The body of dispute. */
  record DisputeBody(String reason, String details) { }

  /** The body of forward. */
  record ForwardBody(List<String> recipients, String message) { }

  private final BillingState state;
  private final SandboxWorld world;
  private final RequestStore requests;

  InvoiceRoutes(BillingState state, SandboxWorld world, RequestStore requests) {
    this.state = Objects.requireNonNull(state, "state");
    this.world = Objects.requireNonNull(world, "world");
    this.requests = Objects.requireNonNull(requests, "requests");
  }

  void register(Routes routes) {
    Routes tool = routes.tool(TOOL);
    tool.get("/v1/invoices", r -> CollectionRoutes.list(r, state.invoices(), TOOL, Invoice::customerNumber));
    tool.get("/v1/invoices/changes", r -> CollectionRoutes.changes(r, state.invoices(), TOOL, Invoice::customerNumber));
    tool.get("/v1/invoices/export", r -> Exports.export(r, state.invoices(), TOOL, Invoice::customerNumber,
        Exports.INVOICE_COLUMNS, "invoices"));
    tool.get("/v1/invoices/{number}", r -> Response.json(200, invoice(r).toWire(true)));
    tool.get("/v1/invoices/{number}/image", r -> Documents.invoice(invoice(r), world));
    tool.post("/v1/invoices/{number}/approve", this::approve);
    tool.post("/v1/invoices/{number}/dispute", this::dispute);
    tool.post("/v1/invoices/{number}/forward", this::forward);
  }

  /**
   * Returns the invoice of the path: 404 when unknown or of a customer number the caller does not
   * hold, 403 when the caller holds it without an ACTIVE INVOICES entitlement.
   */
  private Invoice invoice(Request request) {
    String number = request.pathParam("number");
    Invoice invoice = state.invoices().get(number).orElseThrow(
        () -> ProblemException.notFound("invoice '" + number + "' does not exist"));
    request.principal().requireEntitled(TOOL, invoice.customerNumber());
    return invoice;
  }

  private Response approve(Request request) {
    Invoice invoice = invoice(request);
    synchronized (state) {
      invoice = state.invoices().get(invoice.number()).orElseThrow();
      switch (invoice.approvalStatus()) {
        case "APPROVED" -> {
          return Response.json(200, invoice.toWire(true));
        }
        case "DISPUTED" -> throw conflict(invoice, "it is disputed (" + invoice.disputeTrackingNumber() + ")");
        default -> {
          if (invoice.status().equals("CANCELLED")) {
            throw conflict(invoice, "it is cancelled");
          }
        }
      }
      Invoice approved = invoice.withApproval("APPROVED", null, now());
      state.invoices().put(approved);
      return Response.json(200, approved.toWire(true));
    }
  }

  private Response dispute(Request request) {
    Invoice invoice = invoice(request);
    DisputeBody body = request.body(DisputeBody.class);
    if (body.details().isBlank()) {
      // the schema's minLength cannot say "not only spaces"
      throw ProblemException.validationFailed("details", "details must not be blank");
    }
    synchronized (state) {
      invoice = state.invoices().get(invoice.number()).orElseThrow();
      if (invoice.approvalStatus().equals("DISPUTED")) {
        throw conflict(invoice, "it is already disputed (" + invoice.disputeTrackingNumber() + ")");
      }
      if (invoice.status().equals("PAID") || invoice.status().equals("CANCELLED")) {
        throw conflict(invoice, "it is " + invoice.status());
      }
      Instant now = now();
      // the inquiry lives in the one request store of My requests, so its link resolves
      SupportRequest opened = requests.openDispute(invoice, body.reason(), body.details(),
          request.principal().subject());
      state.invoices().put(invoice.withApproval("DISPUTED", opened.trackingNumber(), now));
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("invoiceNumber", invoice.number());
      result.put("request", opened.summary(now));
      return Response.json(201, result).header("Location", opened.link());
    }
  }

  private Response forward(Request request) {
    Invoice invoice = invoice(request);
    ForwardBody body = request.body(ForwardBody.class);
    List<String> recipients = List.copyOf(body.recipients());
    Instant now = now();
    state.requests().recordForward(new BillingRequests.Forward(invoice.number(), recipients, body.message(),
        now, request.principal().subject()));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("invoiceNumber", invoice.number());
    result.put("recipients", recipients);
    result.put("forwardedAt", now.toString());
    return Response.json(202, result);
  }

  private Instant now() {
    // whole seconds, as the wire examples show instants
    return state.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
  }

  private static ProblemException conflict(Invoice invoice, String why) {
    return ProblemException.conflict("invoice " + invoice.number() + " cannot be changed because " + why)
        .with("invoiceNumber", invoice.number());
  }
}
