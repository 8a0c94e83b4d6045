package io.csol.sandbox.internal;

import io.csol.sandbox.spi.Principal;

/** What the pipeline learns about one call, journaled at the end. */
final class CallContext {
  final String method;
  final String path;
  final String rawQuery;
  final String requestId;
  String idempotencyKey;
  Principal principal;
  int status;
  CallJournal.Outcome outcome = CallJournal.Outcome.REJECTED;
  String fault;
  boolean recorded;
  /** The handler refused what arrived damaged (digest-mismatch): not the request sent, so not kept for replay. */
  boolean damaged;

  CallContext(String method, String path, String rawQuery, String requestId) {
    this.method = method;
    this.path = path;
    this.rawQuery = rawQuery;
    this.requestId = requestId;
  }

  String subject() {
    return principal == null ? null : principal.subject();
  }
}
