package io.csol.sandbox;

import io.csol.sandbox.engine.Collection;
import io.csol.sandbox.engine.FieldType;
import io.csol.sandbox.engine.MemoryStore;
import io.csol.sandbox.engine.ResourceSpec;
import io.csol.sandbox.spi.CollectionRoutes;
import io.csol.sandbox.spi.ProblemException;
import io.csol.sandbox.spi.Response;
import io.csol.sandbox.spi.Routes;
import io.csol.sandbox.spi.SandboxContext;
import io.csol.sandbox.spi.ToolModule;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A tiny tool module registered programmatically by the tests. */
public final class TestKit implements ToolModule {

  /** Per-state counter of handler runs. */
  public static final class Counter {
    public final AtomicInteger runs = new AtomicInteger();
  }

  public record Thing(String id, String customerNumber) { }

  /** When set, the slow POST waits for it (held by a test to make duplicates concurrent). */
  public static volatile CountDownLatch gate = new CountDownLatch(0);
  public static volatile CountDownLatch entered = new CountDownLatch(1);

  @Override
  public String name() {
    return "testkit";
  }

  @Override
  public void register(Routes routes, SandboxContext context) {
    Counter counter = context.shared(Counter.class, Counter::new);
    routes.tool("ORDERS").get("/v1/widgets", r -> Response.json(200,
        Map.of("customers", List.copyOf(r.principal().entitledCustomers("ORDERS")))));
    routes.get("/v1/widgets/special", r -> Response.json(200, Map.of("route", "literal")));
    routes.get("/v1/widgets/{id}", r -> Response.json(200, Map.of("route", "var", "id", r.pathParam("id"))));
    routes.post("/v1/counter", r -> {
      int n = counter.runs.incrementAndGet();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("run", n);
      body.put("echo", r.body(Map.class));
      return Response.json(201, body);
    });
    routes.post("/v1/slow-counter", r -> {
      entered.countDown();
      await(gate);
      return Response.json(201, Map.of("run", counter.runs.incrementAndGet()));
    });
    routes.get("/v1/boom", r -> {
      throw new IllegalStateException("internal secret detail");
    });
    routes.get("/v1/teapot", r -> {
      throw ProblemException.validationFailed("x", "bad x");
    });
    routes.get("/v1/pdf", r -> Response.document(200, "application/pdf",
        "%PDF-1.4 tiny".getBytes(StandardCharsets.US_ASCII)));
    routes.get("/v1/big", r -> Response.json(200, Map.of("data", "x".repeat(200_000))));
    routes.get("/v1/stream", r -> Response.stream(200, "text/csv", out -> {
      for (int i = 0; i < 10_000; i++) {
        out.write(("line," + i + "\n").getBytes(StandardCharsets.US_ASCII));
      }
    }));
    ResourceSpec<Thing> spec = ResourceSpec.builder("things", Thing::id).idField("id")
        .field("customerNumber", FieldType.TEXT, Thing::customerNumber, true)
        .defaultSort("id")
        .toJson(t -> Map.of("id", t.id(), "customerNumber", t.customerNumber()))
        .build();
    Collection<Thing> things = context.shared(ThingsHolder.class, () -> new ThingsHolder(new Collection<>(spec,
        new MemoryStore<>(spec, List.of(new Thing("T1", "1000001"), new Thing("T2", "1000002"),
            new Thing("T3", "1000001"), new Thing("T4", "1000006"))),
        context.clock(), new byte[32]))).things();
    CollectionRoutes.register(routes.tool("INVOICES"), "/v1/things", things, Thing::customerNumber);
  }

  record ThingsHolder(Collection<Thing> things) { }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
