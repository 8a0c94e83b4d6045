package io.csol.sandbox.tools.billing;

import io.csol.sandbox.SandboxWorld;
import io.csol.sandbox.spi.CollectionRoutes;
import io.csol.sandbox.spi.ProblemException;
import io.csol.sandbox.spi.Request;
import io.csol.sandbox.spi.Response;
import io.csol.sandbox.spi.Routes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The routes of the INVOICES tool: search, get with lines, changes, image, export, approve,
 * dispute and forward. Mutations replace the invoice through {@code Collection.put}, so it keeps
 * its id and position and shows up in the changes feed.
 */
final class InvoiceRoutes {

    static final String TOOL = "INVOICES";
    private static final Set<String> REASONS = Set.of("PRICE", "QUANTITY", "NOT_RECEIVED", "DUPLICATE", "OTHER");

    private final BillingState state;
    private final SandboxWorld world;

    InvoiceRoutes(BillingState state, SandboxWorld world) {
        this.state = Objects.requireNonNull(state, "state");
        this.world = Objects.requireNonNull(world, "world");
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

    /** Returns the invoice of the path, 404 when unknown, 403 when its customer is not entitled. */
    private Invoice invoice(Request request) {
        String number = request.pathParam("number");
        Invoice invoice = state.invoices().get(number).orElseThrow(
                () -> ProblemException.notFound("invoice '" + number + "' does not exist"));
        request.principal().requireEntitled(TOOL, invoice.customerNumber());
        return invoice;
    }

    private Response approve(Request request) {
        Invoice invoice = invoice(request);
        Map<?, ?> body = optionalBody(request);
        Object comment = body.get("comment");
        if (comment != null && (!(comment instanceof String) || ((String) comment).length() > 2000)) {
            throw ProblemException.invalidRequest("comment", "comment must be text of at most 2000 characters");
        }
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
        Map<?, ?> body = request.body(Map.class);
        Object reason = body.get("reason");
        if (!(reason instanceof String) || !REASONS.contains(reason)) {
            throw ProblemException.validationFailed("reason", "reason must be one of PRICE, QUANTITY, NOT_RECEIVED, "
                    + "DUPLICATE, OTHER, was " + (reason == null ? "absent" : "'" + reason + "'"));
        }
        Object details = body.get("details");
        if (!(details instanceof String) || ((String) details).isBlank() || ((String) details).length() > 2000) {
            throw ProblemException.validationFailed("details", "details must be text of 1 to 2000 characters");
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
            BillingRequest opened = state.requests().openDispute(invoice, (String) reason, (String) details,
                    request.principal().subject(), now);
            state.invoices().put(invoice.withApproval("DISPUTED", opened.trackingNumber(), now));
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("invoiceNumber", invoice.number());
            result.put("request", opened.toWire());
            return Response.json(201, result).header("Location", opened.link());
        }
    }

    private Response forward(Request request) {
        Invoice invoice = invoice(request);
        Map<?, ?> body = request.body(Map.class);
        var recipients = Recipients.validate(body.get("recipients"));
        Object message = body.get("message");
        if (message != null && (!(message instanceof String) || ((String) message).length() > 2000)) {
            throw ProblemException.invalidRequest("message", "message must be text of at most 2000 characters");
        }
        Instant now = now();
        state.requests().recordForward(new BillingRequests.Forward(invoice.number(), recipients, (String) message,
                now, request.principal().subject()));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("invoiceNumber", invoice.number());
        result.put("recipients", recipients);
        result.put("forwardedAt", now.toString());
        return Response.json(202, result);
    }

    private Map<?, ?> optionalBody(Request request) {
        return request.rawBody().length == 0 ? Map.of() : request.body(Map.class);
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
