package io.csol.sandbox.access;

import io.csol.sandbox.spi.CollectionRoutes;
import io.csol.sandbox.spi.Principal;
import io.csol.sandbox.spi.ProblemException;
import io.csol.sandbox.spi.Request;
import io.csol.sandbox.spi.Response;
import io.csol.sandbox.spi.SandboxWorld;
import io.csol.sandbox.tools.requests.RequestStore;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code GET /v1/entitlements} (page envelope) and {@code POST /v1/entitlements} (request one). */
final class EntitlementRoutes {

  /**
   * The body of an entitlement request, bound after the pipeline checked it against the
   * contract (tool enum, customer number and country patterns, country required, justification length).
   */
  record RequestBody(String tool, String customerNumber, String country, String justification) { }

  private final EntitlementBook book;
  private final SandboxWorld world;
  private final RequestStore requests;

  EntitlementRoutes(EntitlementBook book, SandboxWorld world, RequestStore requests) {
    this.book = book;
    this.world = world;
    this.requests = requests;
  }

  Response list(Request request) {
    List<EntitlementBook.Entry> all = book.of(request.principal().subject());
    int limit = limit(request);
    int offset = request.query("cursor").filter(c -> !c.isEmpty()).map(EntitlementRoutes::offset).orElse(0);
    List<Map<String, Object>> data = all.stream().skip(offset).limit(limit).map(EntitlementRoutes::json).toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("data", data);
    String next = offset + limit < all.size() ? cursor(offset + limit) : null;
    if (next != null) {
      body.put("nextCursor", next);
    }
    if (request.query("totalCount").map("true"::equals).orElse(false)) {
      body.put("totalCount", all.size());
    }
    return CollectionRoutes.withNextLink(Response.jsonStream(200, body), request, next);
  }

  Response request(Request request) {
    Principal principal = request.principal();
    RequestBody in = request.body(RequestBody.class);
    String tool = in.tool();
    if (!SandboxWorld.TOOLS.contains(tool)) {
      throw ProblemException.validationFailed("tool", "tool must be one of " + SandboxWorld.TOOLS);
    }
    String customer = in.customerNumber();
    if (!principal.customerNumbers().contains(customer)) {
      throw ProblemException.validationFailed("customerNumber",
          "customerNumber must be one of your customer numbers " + principal.customerNumbers());
    }
    String home = world.customer(customer).map(SandboxWorld.Customer::country).orElseThrow();
    String country = in.country();
    if (!country.equals(home)) {
      throw ProblemException.validationFailed("country", "customer " + customer + " is in " + home + ", not " + country);
    }
    if (!world.offered(tool, country)) {
      throw new ProblemException(403, "tool-not-offered", "Tool not offered",
          tool + " is not offered in " + country).with("tool", tool).with("country", country);
    }
    Optional<EntitlementBook.Entry> existing = book.find(principal.subject(), tool, customer);
    if (existing.isPresent() && existing.get().status().equals("ACTIVE")) {
      throw ProblemException.conflict(tool + " is already ACTIVE for customer " + customer)
          .with("tool", tool).with("customerNumber", customer);
    }
    EntitlementBook.Entry entry = existing.filter(e -> e.status().equals("PENDING"))
        .orElseGet(() -> book.request(principal.subject(), tool, customer, requests.openEntitlementRequest(
            tool, customer, in.justification(), principal.subject()).trackingNumber()));
    return Response.json(202, json(entry));
  }

  static Map<String, Object> json(EntitlementBook.Entry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tool", e.tool());
    m.put("customerNumber", e.customerNumber());
    m.put("country", e.country());
    m.put("status", e.status());
    m.put("trackingNumber", e.trackingNumber());
    m.put("updatedAt", e.updatedAt().toString());
    return m;
  }

  private static int limit(Request request) {
    // the pipeline's contract check has already refused anything but an integer 1..500
    return request.query("limit").map(Integer::parseInt).orElse(100);
  }

  private static String cursor(int offset) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int offset(String cursor) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (raw.startsWith("o:")) {
        return Integer.parseInt(raw.substring(2));
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new ProblemException(400, "invalid-cursor", "Invalid cursor", "the cursor is not one this server issued")
        .withField("cursor", "not a cursor of this collection");
  }
}
