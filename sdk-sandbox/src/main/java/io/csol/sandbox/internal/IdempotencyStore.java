package io.csol.sandbox.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Remembers POST responses by (principal, method, path, Idempotency-Key) so a retry is answered
 * with the first response, byte for byte, and a concurrent duplicate waits for the first.
 */
public final class IdempotencyStore {

  /** How many keys are remembered before the oldest are forgotten. */
  static final int CAPACITY = 50_000;

  /** A remembered response. */
  public record Stored(int status, String contentType, Map<String, String> headers, byte[] body) { }

  /** The slot of one key: the hash of the first body and the future first response (null = not kept). */
  public record Slot(String bodyHash, CompletableFuture<Stored> response) { }

  /** The outcome of claiming a key: {@code owner} means this request must run the handler. */
  public record Claim(Slot slot, boolean owner) { }

  private final Map<String, Slot> slots = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<String> order = new ConcurrentLinkedQueue<>();

  /** Claims a scoped key; the first caller owns it, later callers get the existing slot. */
  public Claim claim(String scopedKey, String bodyHash) {
    Slot mine = new Slot(bodyHash, new CompletableFuture<>());
    Slot existing = slots.putIfAbsent(scopedKey, mine);
    if (existing != null) {
      return new Claim(existing, false);
    }
    order.add(scopedKey);
    while (order.size() > CAPACITY) {
      String oldest = order.poll();
      if (oldest != null) {
        slots.remove(oldest);
      }
    }
    return new Claim(mine, true);
  }

  /** Completes an owned slot with the response to replay. */
  public void complete(Slot slot, Stored stored) {
    slot.response().complete(stored);
  }

  /** Gives up an owned slot (5xx, streamed, fault before the handler): waiters and retries run again. */
  public void release(String scopedKey, Slot slot) {
    slots.remove(scopedKey, slot);
    slot.response().complete(null);
  }
}
