package io.csol.sandbox.internal;

import io.csol.sandbox.spi.ProblemException;
import io.csol.sandbox.spi.Response;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs a POST under its Idempotency-Key: first time runs the handler and remembers the
 * response; a retry with the same body replays it (the handler does not run); a different body
 * is 422 idempotency-key-reused; a concurrent duplicate waits for the first to finish. A 5xx, a
 * streamed response or an upload that arrived damaged (digest-mismatch) is not remembered: a
 * retry runs the handler again.
 */
final class Idempotency {

  private static final long WAIT_SECONDS = 60;

  private Idempotency() {
  }

  static Response run(IdempotencyStore store, CallContext call, byte[] body, Supplier<Response> handler) {
    String key = call.idempotencyKey;
    if (!Wire.visibleAscii(key)) {
      throw ProblemException.invalidRequest("Idempotency-Key", "Idempotency-Key must be 1..255 visible ASCII characters");
    }
    String scoped = call.subject() + "\n" + call.method + "\n" + call.path + "\n" + key;
    String hash = Wire.sha256(body);
    for (int attempt = 0; attempt < 100; attempt++) {
      IdempotencyStore.Claim claim = store.claim(scoped, hash);
      if (claim.owner()) {
        return runOwned(store, scoped, claim.slot(), handler, call);
      }
      if (!claim.slot().bodyHash().equals(hash)) {
        throw new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
            "this Idempotency-Key was already used with a different request body")
            .withField("Idempotency-Key", "already used with a different body");
      }
      IdempotencyStore.Stored stored = await(claim.slot());
      if (stored != null) {
        call.outcome = CallJournal.Outcome.REPLAYED;
        Response replay = stored.contentType() == null ? Response.noContent()
            : Response.document(stored.status(), stored.contentType(), stored.body());
        stored.headers().forEach(replay::header);
        return replay.header("Idempotent-Replayed", "true");
      }
      // the first attempt gave up its key (5xx or streamed): claim it again
    }
    throw new ProblemException(409, "conflict", "Conflict", "too many concurrent attempts with this Idempotency-Key");
  }

  private static Response runOwned(IdempotencyStore store, String scoped, IdempotencyStore.Slot slot,
                   Supplier<Response> handler, CallContext call) {
    Response response;
    try {
      response = handler.get();
    } catch (RuntimeException e) {
      store.release(scoped, slot);
      throw e;
    }
    if (response.streamed() || response.status() >= 500 || call.damaged) {
      store.release(scoped, slot);
    } else {
      store.complete(slot, new IdempotencyStore.Stored(response.status(), response.contentType(),
          Map.copyOf(response.headers()), response.body()));
    }
    return response;
  }

  private static IdempotencyStore.Stored await(IdempotencyStore.Slot slot) {
    try {
      return slot.response().get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectionAbort("interrupted");
    } catch (ExecutionException | TimeoutException e) {
      throw new ProblemException(409, "conflict", "Conflict",
          "a request with this Idempotency-Key is still being processed");
    }
  }
}
