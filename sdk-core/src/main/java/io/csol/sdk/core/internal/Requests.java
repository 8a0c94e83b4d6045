package io.csol.sdk.core.internal;

import io.csol.sdk.core.http.OutgoingRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Turns a call's state into the HTTP request of one attempt (not API). */
final class Requests {
  private Requests() {
  }

  static OutgoingRequest build(URI baseUri, String userAgent, CallContext ctx,
      boolean document) {
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    // caller headers first so the SDK's own headers win when a proxy keeps only the last one
    ctx.extraHeaders.forEach((k, v) -> headers.add(entry(k, v)));
    headers.add(entry("Accept", ctx.accept));
    headers.add(entry("User-Agent", userAgent));
    headers.add(entry("X-Request-Id", ctx.requestId));
    if (ctx.idempotencyKey != null) {
      headers.add(entry("Idempotency-Key", ctx.idempotencyKey));
    }
    if (ctx.bearer != null) {
      headers.add(entry("Authorization", "Bearer " + ctx.bearer));
    }
    if (ctx.upload != null) {
      // RFC 9530: the server checks the bytes it stored against it
      headers.add(entry("Content-Digest", ctx.upload.contentDigest()));
    }
    if (document) {
      // the Repr-Digest is checked over the bytes received, so ask for them unencoded
      headers.add(entry("Accept-Encoding", "identity"));
    }
    return new OutgoingRequest(ctx.method, uri(baseUri, ctx.path, ctx.query), headers, ctx.body,
        ctx.contentType, ctx.upload == null ? null : ctx.upload.file());
  }

  static URI uri(URI baseUri, String path, Map<String, String> query) {
    String base = baseUri.toString();
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    StringBuilder sb = new StringBuilder(base).append(path);
    if (!query.isEmpty()) {
      StringJoiner q = new StringJoiner("&", "?", "");
      query.forEach((k, v) -> q.add(encode(k) + "=" + encode(v)));
      sb.append(q);
    }
    return URI.create(sb.toString());
  }

  static byte[] form(Map<String, String> fields) {
    StringJoiner j = new StringJoiner("&");
    fields.forEach((k, v) -> j.add(encode(k) + "=" + encode(v)));
    return j.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static Map.Entry<String, String> entry(String k, String v) {
    return new SimpleImmutableEntry<>(k, v);
  }
}
