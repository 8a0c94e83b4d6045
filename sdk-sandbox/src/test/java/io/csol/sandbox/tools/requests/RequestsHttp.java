package io.csol.sandbox.tools.requests;

import com.fasterxml.jackson.databind.JsonNode;
import io.csol.sandbox.ResponseContract;
import io.csol.sandbox.SandboxServer;
import io.csol.sandbox.tools.billing.BillingHttp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** HTTP helpers of the My requests tests: JSON calls through BillingHttp, raw uploads, all checked against the contract. */
final class RequestsHttp {

  final BillingHttp json;
  private final SandboxServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  RequestsHttp(SandboxServer server) {
    this.server = server;
    this.json = new BillingHttp(server);
  }

  static String digest(byte[] bytes) {
    return "sha-256=:" + Base64.getEncoder().encodeToString(sha256(bytes)) + ":";
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Uploads {@code bytes}, declaring {@code digest}; null key or type leaves the header out. */
  HttpResponse<byte[]> upload(String user, String name, String type, byte[] bytes, String digest, String key)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUri() + "/v1/attachments?name="
            + BillingHttp.enc(name)))
        .header("Authorization", "Bearer " + json.token(user))
        .header("Content-Digest", digest)
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
    if (type != null) {
      b.header("Content-Type", type);
    }
    if (key != null) {
      b.header("Idempotency-Key", key);
    }
    return checked(client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray()));
  }

  /** Uploads a small CSV and returns the staged attachment. */
  JsonNode stage(String user, String name, String content, String key) throws IOException, InterruptedException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    HttpResponse<byte[]> r = upload(user, name, "text/csv", bytes, digest(bytes), key);
    if (r.statusCode() != 201) {
      throw new AssertionError("upload: " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
    }
    return json.json(r);
  }

  /** Opens a request and returns its summary. */
  JsonNode open(String user, String body, String key) throws IOException, InterruptedException {
    HttpResponse<byte[]> r = json.post(user, "/v1/requests", body, key);
    if (r.statusCode() != 201) {
      throw new AssertionError("create: " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
    }
    return json.json(r);
  }

  HttpClient client() {
    return client;
  }

  static HttpResponse<byte[]> checked(HttpResponse<byte[]> response) {
    ResponseContract.check(response.request().method(), response.request().uri(), response.statusCode(),
        response.headers().map(), response.body());
    return response;
  }
}
