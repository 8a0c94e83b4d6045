package io.csol.sandbox.tools.billing;

import io.csol.sandbox.engine.ChangesResult;
import io.csol.sandbox.engine.Collection;
import io.csol.sandbox.engine.ListRequest;
import io.csol.sandbox.engine.PageResult;
import io.csol.sandbox.engine.QueryException;
import io.csol.sandbox.spi.ProblemException;
import io.csol.sandbox.spi.Request;
import io.csol.sandbox.spi.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * List and changes handlers for collections that cannot use {@code CollectionRoutes} as a whole
 * (invoices, whose single-record form adds the lines; summaries, built lazily). Same wire
 * behaviour: page envelope, records limited to customers with an ACTIVE entitlement for the tool.
 */
final class ScopedQueries {

    private ScopedQueries() {
    }

    /** Returns the scope predicate: records of customers the principal is entitled to for {@code tool}. */
    static <R> Predicate<R> scope(Request request, String tool, Function<R, String> customerOf) {
        Set<String> allowed = request.principal().entitledCustomers(tool);
        return record -> allowed.contains(customerOf.apply(record));
    }

    /** Answers a page request on {@code collection}. */
    static <R> Response list(Request request, Supplier<Collection<R>> collection, String tool,
                             Function<R, String> customerOf) {
        ListRequest<R> list = new ListRequest<>(intParam(request, "limit"), param(request, "cursor"),
                param(request, "filter"), param(request, "sort"), param(request, "fields"),
                boolParam(request, "totalCount"), scope(request, tool, customerOf));
        PageResult page = run(() -> collection.get().list(list));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", page.data());
        if (page.nextCursor() != null) {
            body.put("nextCursor", page.nextCursor());
        }
        if (page.totalCount() != null) {
            body.put("totalCount", page.totalCount());
        }
        return Response.json(200, body);
    }

    /** Answers a changes-feed request on {@code collection}. */
    static <R> Response changes(Request request, Collection<R> collection, String tool, Function<R, String> customerOf) {
        Integer limit = intParam(request, "limit");
        ChangesResult result = run(() -> collection.changes(param(request, "since"),
                limit == null ? Collection.DEFAULT_LIMIT : limit, scope(request, tool, customerOf)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", result.data());
        body.put("nextSince", result.nextSince());
        body.put("hasMore", result.hasMore());
        return Response.json(200, body);
    }

    /** Runs an engine call, turning a {@link QueryException} into the 400 problem naming its field. */
    static <T> T run(Supplier<T> query) {
        try {
            return query.get();
        } catch (QueryException e) {
            String title = switch (e.slug()) {
                case "invalid-filter" -> "Invalid filter";
                case "invalid-cursor" -> "Invalid cursor";
                default -> "Invalid request";
            };
            ProblemException problem = new ProblemException(400, e.slug(), title, e.getMessage())
                    .withField(e.field() == null ? "query" : e.field(), e.getMessage());
            if (e.position() >= 0) {
                problem.with("position", e.position());
            }
            throw problem;
        }
    }

    /** Returns a query parameter, null when absent or empty. */
    static String param(Request request, String name) {
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
