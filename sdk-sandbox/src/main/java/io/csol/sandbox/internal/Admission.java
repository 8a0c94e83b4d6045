package io.csol.sandbox.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds how many requests run their handler at once, in front of the {@link Pipeline}.
 *
 * <p>Why a gate and not a small thread pool: the JDK server reads the request line and headers
 * on the executor's thread, so with a pool of N threads, N clients that send half a request and
 * stall (slow-loris) starve everyone else. The server therefore gets a larger pool of connection
 * threads (bounded, and the JDK closes stalled requests after {@code sun.net.httpserver.maxReqTime}),
 * and only requests that have fully arrived pass this gate to one of {@code running} handler
 * slots. When {@code maxWaiting} requests already wait for a slot, the next is answered 503 with
 * {@code Retry-After} at once, so the queue stays bounded and nothing runs on the accept thread.
 */
public final class Admission implements HttpHandler {

  private final HttpHandler next;
  private final Semaphore running;
  private final int maxWaiting;
  private final AtomicInteger waiting = new AtomicInteger();

  /**
   * Creates the gate.
   *
   * @param next the handler that does the work
   * @param running how many requests may run {@code next} at once, at least 1
   * @param maxWaiting how many requests may wait for a slot before the next is refused with 503, at least 0
   */
  public Admission(HttpHandler next, int running, int maxWaiting) {
    if (running < 1 || maxWaiting < 0) {
      throw new IllegalArgumentException("running must be >= 1 and maxWaiting >= 0, were " + running + " and "
          + maxWaiting);
    }
    this.next = next;
    this.running = new Semaphore(running, true);
    this.maxWaiting = maxWaiting;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    if (!running.tryAcquire()) {
      if (waiting.incrementAndGet() > maxWaiting) {
        waiting.decrementAndGet();
        refuse(exchange);
        return;
      }
      try {
        running.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        exchange.close();
        return;
      } finally {
        waiting.decrementAndGet();
      }
    }
    try {
      next.handle(exchange);
    } finally {
      running.release();
    }
  }

  private static void refuse(HttpExchange exchange) throws IOException {
    try {
      String requestId = UUID.randomUUID().toString();
      exchange.getResponseHeaders().set("X-Request-Id", requestId);
      ResponseSender.send(exchange, Problems.toResponse(Problems.status(503, 1),
          exchange.getRequestURI().getPath(), requestId), null);
    } finally {
      exchange.close();
    }
  }
}
