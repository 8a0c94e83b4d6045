package io.csol.sandbox.internal;

import io.csol.sandbox.spi.Handler;
import io.csol.sandbox.spi.Routes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The routes of one server state and the matching rules: literal segments win over
 * {@code {vars}}, decided left to right. Registration is thread-safe; matching is lock-free.
 */
public final class RouteTable implements Routes {

  /** A successful match: the route and its path variables. */
  public record Match(Route route, Map<String, String> params) { }

  /** The outcome of looking a path up: a match, or the methods the path allows (empty = unknown path). */
  public record Lookup(Optional<Match> match, List<String> allowed) { }

  private final List<Route> routes;
  private final String tool;

  /** Creates an empty table. */
  public RouteTable() {
    this(new CopyOnWriteArrayList<>(), null);
  }

  private RouteTable(List<Route> routes, String tool) {
    this.routes = routes;
    this.tool = tool;
  }

  /** Returns a view registering routes that need an ACTIVE entitlement for {@code tool}. */
  @Override
  public Routes tool(String tool) {
    Objects.requireNonNull(tool, "tool");
    if (tool.isBlank()) {
      throw new IllegalArgumentException("tool must be a tool name such as INVOICES, was blank");
    }
    return new RouteTable(routes, tool);
  }

  @Override
  public void get(String pattern, Handler handler) {
    add("GET", pattern, handler, false, false, false);
  }

  @Override
  public void post(String pattern, Handler handler) {
    add("POST", pattern, handler, false, false, false);
  }

  @Override
  public void upload(String pattern, Handler handler) {
    add("POST", pattern, handler, false, false, true);
  }

  @Override
  public void put(String pattern, Handler handler) {
    add("PUT", pattern, handler, false, false, false);
  }

  @Override
  public void delete(String pattern, Handler handler) {
    add("DELETE", pattern, handler, false, false, false);
  }

  @Override
  public void openForm(String pattern, Handler handler) {
    if (tool != null) {
      // a caller without a token has no entitlements to check
      throw new IllegalStateException("a route without a bearer token cannot require tool " + tool
          + "; register " + pattern + " on the tool-free Routes");
    }
    add("POST", pattern, handler, true, true, false);
  }

  /** Registers a route that needs no token, optionally taking a form-urlencoded body (sandbox internal). */
  public void open(String method, String pattern, Handler handler, boolean formBody) {
    add(method, pattern, handler, true, formBody, false);
  }

  private void add(String method, String pattern, Handler handler, boolean open, boolean formBody,
           boolean streamBody) {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(handler, "handler");
    if (!pattern.startsWith("/") || pattern.contains("?") || pattern.contains("//")) {
      throw new IllegalArgumentException("pattern must be a path like /v1/things/{id}, was " + pattern);
    }
    List<String> segments = split(pattern);
    synchronized (routes) {
      for (Route r : routes) {
        if (r.method().equals(method) && shape(r.segments()).equals(shape(segments))) {
          throw new IllegalArgumentException("route already registered: " + method + " " + pattern);
        }
      }
      routes.add(new Route(method, pattern, segments, handler, tool, open, formBody, streamBody));
    }
  }

  /** Finds the route of a method and decoded path segments. */
  public Lookup lookup(String method, List<String> pathSegments) {
    List<Match> candidates = new ArrayList<>();
    for (Route r : routes) {
      Map<String, String> params = match(r, pathSegments);
      if (params != null) {
        candidates.add(new Match(r, params));
      }
    }
    Optional<Match> best = candidates.stream()
        .filter(m -> m.route().method().equals(method))
        .min(Comparator.comparing(m -> shape(m.route().segments())));
    TreeSet<String> allowed = new TreeSet<>();
    candidates.forEach(m -> allowed.add(m.route().method()));
    return new Lookup(best, List.copyOf(allowed));
  }

  /** Returns the tool of this view, or null for tool-free routes. */
  public String tool() {
    return tool;
  }

  @Override
  public String requiredTool() {
    return tool;
  }

  /** Returns the registered routes. */
  public List<Route> routes() {
    return List.copyOf(routes);
  }

  private static Map<String, String> match(Route route, List<String> path) {
    List<String> segs = route.segments();
    if (segs.size() != path.size()) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < segs.size(); i++) {
      String name = route.variableAt(i);
      if (name == null) {
        if (!segs.get(i).equals(path.get(i))) {
          return null;
        }
      } else {
        if (path.get(i).isEmpty()) {
          return null;
        }
        params.put(name, path.get(i));
      }
    }
    return params;
  }

  /** A sortable shape: 'a' for a literal, 'b' for a variable, so literals sort (and win) first. */
  private static String shape(List<String> segments) {
    StringBuilder sb = new StringBuilder();
    for (String s : segments) {
      sb.append(Route.variable(s) ? "b" : "a" + s).append('/');
    }
    return sb.toString();
  }

  /** Splits a raw path or pattern into segments, dropping the leading slash. */
  public static List<String> split(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return Arrays.asList(p.split("/", -1));
  }
}
