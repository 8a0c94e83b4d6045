package io.csol.sandbox.tools.requests;

import io.csol.sandbox.spi.CollectionRoutes;
import io.csol.sandbox.spi.Principal;
import io.csol.sandbox.spi.ProblemException;
import io.csol.sandbox.spi.Request;
import io.csol.sandbox.spi.Response;
import io.csol.sandbox.spi.Routes;
import io.csol.sandbox.tools.billing.Invoice;
import io.csol.sandbox.tools.billing.StatementLine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routes of My requests. They need no entitlement (every signed-in user may use My requests
 * for the customer numbers they hold); a request of a customer number the caller does not hold is
 * 404. Every route first lets support catch up with the sandbox clock ({@link RequestStore#advance()}).
 */
final class RequestRoutes {

  /*
   * The request bodies, bound after the pipeline checked them against the contract (required
   * fields, enums, lengths, patterns, e-mail format, item counts; 422 naming the field).
   */

  /** A related record. */
  record Related(String type, String id) { }

  /** A contact. */
  record ContactBody(String name, String email) { }

  /** The body of createRequest. */
  record CreateBody(String category, String subject, String description, Related relatesTo, String customerNumber,
            ContactBody contact, List<String> attachmentIds) { }

  /** The body of addRequestMessage. */
  record MessageBody(String body, List<String> attachmentIds) { }

  private final RequestStore store;

  RequestRoutes(RequestStore store) {
    this.store = store;
  }

  void register(Routes routes) {
    routes.get("/v1/requests", r -> {
      store.advance();
      return CollectionRoutes.list(r, store.collection(), null, SupportRequest::customerNumber);
    });
    routes.post("/v1/requests", this::create);
    routes.get("/v1/requests/changes", r -> {
      store.advance();
      return CollectionRoutes.changes(r, store.collection(), null, SupportRequest::customerNumber);
    });
    routes.get("/v1/requests/{trackingNumber}", r -> Response.json(200, request(r).full(store.now())));
    routes.post("/v1/requests/{trackingNumber}/close", r -> Response.json(200,
        store.close(request(r)).full(store.now())));
    routes.get("/v1/requests/{trackingNumber}/messages", this::messages);
    routes.post("/v1/requests/{trackingNumber}/messages", this::addMessage);
    routes.get("/v1/requests/{trackingNumber}/attachments/{attachmentId}", this::attachment);
    routes.upload("/v1/attachments", r -> {
      store.advance();
      return Attachments.upload(r, store);
    });
  }

  /** The request of the path, after support caught up; 404 when unknown or of a customer number not held. */
  private SupportRequest request(Request r) {
    store.advance();
    String number = r.pathParam("trackingNumber");
    return store.find(number, r.principal().customerNumbers())
        .orElseThrow(() -> ProblemException.notFound("request '" + number + "' does not exist"));
  }

  private Response create(Request r) {
    store.advance();
    Principal principal = r.principal();
    CreateBody body = r.body(CreateBody.class);
    requireNotBlank("subject", body.subject());
    requireNotBlank("description", body.description());
    String customer = body.customerNumber();
    if (body.relatesTo() != null) {
      Optional<String> owner = relatedCustomer(body.relatesTo(), principal);
      if (customer == null && owner.isPresent()) {
        customer = owner.get();
      }
    }
    if (customer == null) {
      customer = principal.customerNumbers().get(0);
    } else if (!principal.customerNumbers().contains(customer)) {
      throw ProblemException.validationFailed("customerNumber",
          "customerNumber must be one of your customer numbers " + principal.customerNumbers());
    }
    RequestStore.Contact contact = body.contact() != null
        ? new RequestStore.Contact(body.contact().name(), body.contact().email())
        : store.contactOf(principal.subject());
    if (body.contact() != null) {
      requireNotBlank("contact.name", contact.name());
    }
    List<String> attachments = store.requireStaged(principal.subject(),
        body.attachmentIds() == null ? List.of() : body.attachmentIds(), "attachmentIds");
    Related related = body.relatesTo();
    SupportRequest opened = store.open(new RequestStore.Draft(body.category(), body.subject(), body.description(),
        customer, related == null ? null : related.type(), related == null ? null : related.id(), contact,
        attachments), store.now());
    return Response.json(201, opened.summary(store.now())).header("Location", opened.link());
  }

  /**
   * Checks that a related INVOICE or STATEMENT_LINE exists and that the caller holds its customer
   * number (else 422 naming {@code relatesTo.id}) and returns that customer number; other types are
   * taken as given.
   */
  private Optional<String> relatedCustomer(Related related, Principal principal) {
    Optional<String> owner = switch (related.type()) {
      case "INVOICE" -> store.billing().invoices().get(related.id()).map(Invoice::customerNumber);
      case "STATEMENT_LINE" -> store.billing().lines().get(related.id()).map(StatementLine::customerNumber);
      default -> null;
    };
    if (owner == null) {
      return Optional.empty();
    }
    if (owner.isEmpty() || !principal.customerNumbers().contains(owner.get())) {
      throw ProblemException.validationFailed("relatesTo.id", "no " + related.type() + " '" + related.id()
          + "' of your customer numbers exists");
    }
    return owner;
  }

  private Response addMessage(Request r) {
    SupportRequest request = request(r);
    MessageBody body = r.body(MessageBody.class);
    requireNotBlank("body", body.body());
    List<String> attachments = store.requireStaged(r.principal().subject(),
        body.attachmentIds() == null ? List.of() : body.attachmentIds(), "attachmentIds");
    String author = store.contactOf(r.principal().subject()).name();
    Message message = store.customerMessage(request, author, body.body(), attachments);
    return Response.json(201, wire(message));
  }

  private Response messages(Request r) {
    SupportRequest request = request(r);
    List<Message> all = store.messages(request.trackingNumber());
    // the contract check has refused anything but an integer 1..500
    int limit = r.query("limit").map(Integer::parseInt).orElse(100);
    int offset = r.query("cursor").map(RequestRoutes::offset).orElse(0);
    List<Map<String, Object>> data = new ArrayList<>();
    for (int i = offset; i < Math.min(all.size(), offset + limit); i++) {
      data.add(wire(all.get(i)));
    }
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("data", data);
    String next = offset + limit < all.size() ? cursor(offset + limit) : null;
    if (next != null) {
      page.put("nextCursor", next);
    }
    if (r.query("totalCount").map("true"::equals).orElse(false)) {
      page.put("totalCount", all.size());
    }
    return CollectionRoutes.withNextLink(Response.json(200, page), r, next);
  }

  private Response attachment(Request r) {
    SupportRequest request = request(r);
    String id = r.pathParam("attachmentId");
    StoredAttachment a = store.attachment(id).filter(x -> request.trackingNumber().equals(x.trackingNumber()))
        .orElseThrow(() -> ProblemException.notFound("request " + request.trackingNumber()
            + " has no attachment '" + id + "'"));
    return Attachments.download(a);
  }

  private Map<String, Object> wire(Message m) {
    List<Map<String, Object>> attachments = new ArrayList<>();
    for (String id : m.attachmentIds()) {
      store.attachment(id).ifPresent(a -> attachments.add(a.toWire()));
    }
    return m.toWire(attachments);
  }

  private static void requireNotBlank(String field, String value) {
    if (value != null && value.isBlank()) {
      // the schema's minLength cannot say "not only spaces"
      throw ProblemException.validationFailed(field, field + " must not be blank");
    }
  }

  private static String cursor(int offset) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(("m:" + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int offset(String cursor) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (raw.startsWith("m:")) {
        int offset = Integer.parseInt(raw.substring(2));
        if (offset >= 0) {
          return offset;
        }
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new ProblemException(400, "invalid-cursor", "Invalid cursor", "the cursor is not one this server issued")
        .withField("cursor", "not a cursor of this list");
  }
}
