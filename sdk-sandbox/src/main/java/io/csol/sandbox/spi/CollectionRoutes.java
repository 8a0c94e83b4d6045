package io.csol.sandbox.spi;

import io.csol.sandbox.engine.ChangesResult;
import io.csol.sandbox.engine.Collection;
import io.csol.sandbox.engine.ListRequest;
import io.csol.sandbox.engine.PageResult;
import io.csol.sandbox.engine.QueryException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registers the generic routes of an engine {@link Collection}: {@code GET base} (page envelope),
 * {@code GET base/changes} and {@code GET base/{id}}.
 *
 * <p>On a {@link Routes#tool(String)} view, lists and changes hold only records whose customer
 * number has an ACTIVE entitlement for that tool; reading one record of a customer number the
 * caller does not hold is 404 not-found, of a held one without the entitlement 403 not-entitled. On a tool-free view with {@code customerOf}, records are limited to the
 * principal's customer numbers; with {@code customerOf} null, nothing is scoped.
 */
public final class CollectionRoutes {

  /** {@code customerNumber eq 'n'} or {@code customerNumber in ('n', ...)} in a filter. */
  private static final Pattern NAMED_CUSTOMER = Pattern.compile(
      "\\bcustomerNumber\\s+(?i:eq\\s+('[0-9]+')|in\\s*\\(([^)]*)\\))");

  private CollectionRoutes() {
  }

  /**
   * Registers list, changes and get-by-id routes.
   *
   * @param routes     where to register (a tool view scopes by entitlement)
   * @param basePath   e.g. {@code /v1/invoices}
   * @param collection the engine collection
   * @param customerOf the customer number of a record, or null when records belong to no customer
   */
  public static <R> void register(Routes routes, String basePath, Collection<R> collection,
                  Function<R, String> customerOf) {
    Objects.requireNonNull(routes, "routes");
    Objects.requireNonNull(basePath, "basePath");
    Objects.requireNonNull(collection, "collection");
    if (!basePath.startsWith("/") || basePath.endsWith("/")) {
      throw new IllegalArgumentException("basePath must start and not end with '/', was " + basePath);
    }
    String tool = routes.requiredTool();
    routes.get(basePath, request -> list(request, collection, tool, customerOf));
    routes.get(basePath + "/changes", request -> changes(request, collection, tool, customerOf));
    routes.get(basePath + "/{id}", request -> one(request, collection, tool, customerOf));
  }

  /**
   * Returns the records a caller may see: those of customer numbers with an ACTIVE entitlement
   * for {@code tool} (or, without a tool, the caller's own customer numbers).
   *
   * @param request the request, not null
   * @param tool the tool the route belongs to, or null
   * @param customerOf the record's customer number, or null when records are not per customer
   * @return the predicate, or null when every record is visible
   */
  public static <R> Predicate<R> scope(Request request, String tool, Function<R, String> customerOf) {
    if (customerOf == null) {
      return null;
    }
    Set<String> allowed = tool != null
        ? request.principal().entitledCustomers(tool)
        : Set.copyOf(request.principal().customerNumbers());
    if (tool != null) {
      requireEntitledWhereNamed(request, tool, allowed);
    }
    return r -> allowed.contains(customerOf.apply(r));
  }

  /**
   * A filter that names a customer number the caller holds without an ACTIVE entitlement for
   * the tool is 403 not-entitled naming it (the caller knows that customer, so saying so leaks
   * nothing); a customer number the caller does not hold just matches nothing, like an unknown one.
   */
  private static void requireEntitledWhereNamed(Request request, String tool, Set<String> entitled) {
    String filter = param(request, "filter");
    List<String> held = request.principal().customerNumbers();
    if (filter == null || !filter.contains("customerNumber") || entitled.containsAll(held)) {
      return;
    }
    Matcher m = NAMED_CUSTOMER.matcher(filter);
    while (m.find()) {
      String named = m.group(1) != null ? m.group(1) : m.group(2);
      for (String part : named.split(",")) {
        String number = part.trim().replace("'", "");
        if (held.contains(number) && !entitled.contains(number)) {
          request.principal().requireEntitled(tool, number);
        }
      }
    }
  }

  /**
   * Answers a list request on {@code collection} with a page envelope, for tool modules whose
   * collection routes differ from {@link #register} (for example a record GET of their own).
   *
   * @param request the request, not null
   * @param collection the collection, not null
   * @param tool the tool the route belongs to, or null
   * @param customerOf the record's customer number, or null when records are not per customer
   * @return the 200 response
   * @throws ProblemException 400 naming the query parameter that is wrong
   */
  public static <R> Response list(Request request, Collection<R> collection, String tool,
                  Function<R, String> customerOf) {
    ListRequest<R> list = new ListRequest<>(intParam(request, "limit"), param(request, "cursor"),
        param(request, "filter"), param(request, "sort"), param(request, "fields"),
        boolParam(request, "totalCount"), scope(request, tool, customerOf));
    PageResult page = translateQueryErrors(() -> collection.list(list));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("data", page.data());
    if (page.nextCursor() != null) {
      body.put("nextCursor", page.nextCursor());
    }
    if (page.totalCount() != null) {
      body.put("totalCount", page.totalCount());
    }
    return withNextLink(Response.jsonStream(200, body), request, page.nextCursor());
  }

  /**
   * Adds the RFC 8288 {@code Link: <...>; rel="next"} header a page with a next cursor carries:
   * the request's own path and query with {@code cursor} replaced. It travels with the headers,
   * so a client can ask for the next page before it has read this page's body.
   *
   * @param response the 200 page response
   * @param request the request it answers
   * @param nextCursor the body's {@code nextCursor}, or null on the last page (no header then)
   * @return {@code response}
   */
  public static Response withNextLink(Response response, Request request, String nextCursor) {
    if (nextCursor == null) {
      return response;
    }
    StringJoiner query = new StringJoiner("&", "?", "");
    request.queryParams().forEach((name, values) -> {
      if (!"cursor".equals(name)) {
        values.forEach(v -> query.add(encode(name) + "=" + encode(v)));
      }
    });
    query.add("cursor=" + encode(nextCursor));
    return response.header("Link", "<" + request.path() + query + ">; rel=\"next\"");
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * Answers a changes-feed request on {@code collection}.
   *
   * @param request the request, not null
   * @param collection the collection, not null
   * @param tool the tool the route belongs to, or null
   * @param customerOf the record's customer number, or null when records are not per customer
   * @return the 200 response
   * @throws ProblemException 400 naming {@code since} or {@code limit} when they are wrong
   */
  public static <R> Response changes(Request request, Collection<R> collection, String tool,
                     Function<R, String> customerOf) {
    Integer limit = intParam(request, "limit");
    ChangesResult result = translateQueryErrors(() -> collection.changes(param(request, "since"),
        limit == null ? Collection.DEFAULT_LIMIT : limit, scope(request, tool, customerOf)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("data", result.data());
    body.put("nextSince", result.nextSince());
    body.put("hasMore", result.hasMore());
    return Response.json(200, body);
  }

  private static <R> Response one(Request request, Collection<R> collection, String tool,
                  Function<R, String> customerOf) {
    String id = request.pathParam("id");
    Optional<R> record = collection.get(id);
    if (record.isEmpty()) {
      throw ProblemException.notFound(collection.spec().name() + " '" + id + "' does not exist");
    }
    if (customerOf != null) {
      String customer = customerOf.apply(record.get());
      if (tool != null) {
        request.principal().requireEntitled(tool, customer);
      } else if (!request.principal().customerNumbers().contains(customer)) {
        throw ProblemException.notFound(collection.spec().name() + " '" + id + "' does not exist");
      }
    }
    return Response.json(200, collection.spec().toJson(record.get()));
  }

  /**
   * Runs an engine query, turning its {@link QueryException} into the 400 problem the wire
   * contract describes (slug, field error and, for filters, the position).
   *
   * @param query the engine call, not null
   * @return its result
   * @throws ProblemException 400 when the query is not valid
   */
  public static <T> T translateQueryErrors(java.util.function.Supplier<T> query) {
    try {
      return query.get();
    } catch (QueryException e) {
      ProblemException problem = new ProblemException(400, e.slug(), title(e.slug()), e.getMessage())
          .withField(e.field() == null ? "query" : e.field(), e.getMessage());
      if (e.position() >= 0) {
        problem.with("position", e.position());
      }
      throw problem;
    }
  }

  private static String title(String slug) {
    return switch (slug) {
      case "invalid-filter" -> "Invalid filter";
      case "invalid-cursor" -> "Invalid cursor";
      default -> "Invalid request";
    };
  }

  /**
   * Returns a query parameter, treating an empty value as absent.
   *
   * @param request the request, not null
   * @param name the parameter name, not null
   * @return the value, or null when absent or empty
   */
  public static String param(Request request, String name) {
    return request.query(name).filter(v -> !v.isEmpty()).orElse(null);
  }

  private static Integer intParam(Request request, String name) {
    String raw = param(request, name);
    if (raw == null) {
      return null;
    }
    try {
      return Integer.valueOf(raw);
    } catch (NumberFormatException e) {
      throw ProblemException.invalidRequest(name, name + " must be an integer 1..500, was '" + raw + "'");
    }
  }

  private static boolean boolParam(Request request, String name) {
    String raw = param(request, name);
    if (raw == null || raw.equals("false")) {
      return false;
    }
    if (raw.equals("true")) {
      return true;
    }
    throw ProblemException.invalidRequest(name, name + " must be true or false, was '" + raw + "'");
  }
}
