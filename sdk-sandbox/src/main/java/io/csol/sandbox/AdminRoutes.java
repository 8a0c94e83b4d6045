package io.csol.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.csol.sandbox.internal.Json;
import io.csol.sandbox.internal.RouteTable;
import io.csol.sandbox.spi.ProblemException;
import io.csol.sandbox.spi.Request;
import io.csol.sandbox.spi.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sandbox-only admin routes under {@code /_sandbox/} (see package-info and README). */
final class AdminRoutes {

  private final SandboxServer server;

  private AdminRoutes(SandboxServer server) {
    this.server = server;
  }

  static RouteTable create(SandboxServer server) {
    AdminRoutes admin = new AdminRoutes(server);
    RouteTable routes = new RouteTable();
    routes.open("POST", "/_sandbox/reset", request -> {
      server.reset();
      return Response.noContent();
    }, false);
    routes.open("GET", "/_sandbox/faults", admin::faults, false);
    routes.open("PUT", "/_sandbox/faults", admin::putFaults, false);
    routes.open("DELETE", "/_sandbox/faults", request -> {
      server.faults().clear();
      return Response.noContent();
    }, false);
    routes.open("GET", "/_sandbox/clock", admin::clock, false);
    routes.open("PUT", "/_sandbox/clock", admin::putClock, false);
    routes.open("GET", "/_sandbox/journal", admin::journal, false);
    return routes;
  }

  private Response faults(Request request) {
    return Response.json(200, Map.of("rules", server.faults().rules()));
  }

  private Response putFaults(Request request) {
    JsonNode in = request.body(JsonNode.class);
    List<Faults.Rule> rules = new ArrayList<>();
    if (in.path("preset").asText("").equals("soak")) {
      rules.addAll(Faults.soakMix());
    } else if (in.has("preset")) {
      throw ProblemException.invalidRequest("preset", "preset must be 'soak'");
    }
    for (JsonNode node : in.path("rules")) {
      try {
        rules.add(Json.MAPPER.treeToValue(node, Faults.Rule.class));
      } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
        throw ProblemException.invalidRequest("rules", "bad fault rule " + node + ": " + rootMessage(e));
      }
    }
    server.faults().set(rules);
    return faults(request);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  private Response clock(Request request) {
    SandboxClock clock = server.clock();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("now", clock.instant().toString());
    body.put("frozen", clock.frozen());
    body.put("start", clock.start().toString());
    return Response.json(200, body);
  }

  private Response putClock(Request request) {
    JsonNode in = request.body(JsonNode.class);
    SandboxClock clock = server.clock();
    try {
      if (in.hasNonNull("set")) {
        clock.set(Instant.parse(in.get("set").asText()));
      }
      if (in.hasNonNull("advance")) {
        JsonNode advance = in.get("advance");
        clock.advance(advance.isNumber() ? Duration.ofMillis((long) (advance.asDouble() * 1000))
            : Duration.parse(advance.asText()));
      }
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidRequest("clock",
          "set must be an ISO instant, advance seconds or an ISO duration such as PT5S");
    }
    if (in.hasNonNull("frozen")) {
      if (in.get("frozen").asBoolean()) {
        clock.freeze();
      } else {
        clock.unfreeze();
      }
    }
    return clock(request);
  }

  private Response journal(Request request) {
    List<Journal.Entry> entries = server.journal().entries();
    int limit = request.query("limit").map(AdminRoutes::parseLimit).orElse(entries.size());
    List<Journal.Entry> last = entries.subList(Math.max(0, entries.size() - limit), entries.size());
    return Response.json(200, Map.of("data", last, "size", entries.size()));
  }

  private static int parseLimit(String raw) {
    try {
      return Math.max(0, Integer.parseInt(raw));
    } catch (NumberFormatException e) {
      throw ProblemException.invalidRequest("limit", "limit must be an integer, was '" + raw + "'");
    }
  }
}
