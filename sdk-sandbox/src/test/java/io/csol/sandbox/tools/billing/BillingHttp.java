package io.csol.sandbox.tools.billing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.csol.sandbox.ResponseContract;
import io.csol.sandbox.SandboxServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** A small HTTP client for the billing routes: signs in demo users, reads JSON, checks responses against the spec. */
public final class BillingHttp {

  public static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Map<String, String> PASSWORDS = Map.of("dana", "demo-password-1", "lars", "demo-password-2",
      "pia", "demo-password-3", "wei", "demo-password-4");

  private final SandboxServer server;
  private final HttpClient client = HttpClient.newHttpClient();
  private final Map<String, String> tokens = new HashMap<>();

  public BillingHttp(SandboxServer server) {
    this.server = server;
  }

  /** Returns the billing ledger of the server's current state. */
  public static BillingState state(SandboxServer server) {
    return server.shared(BillingState.class, () -> {
      throw new IllegalStateException("billing modules not registered");
    });
  }

  public static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public String token(String user) throws IOException, InterruptedException {
    String cached = tokens.get(user);
    if (cached != null) {
      return cached;
    }
    String form = "grant_type=password&username=" + user + "&password=" + PASSWORDS.get(user);
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.baseUri().resolve("/v1/oauth/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("sign-in failed: " + response.statusCode() + " " + response.body());
    }
    String token = MAPPER.readTree(response.body()).get("access_token").asText();
    tokens.put(user, token);
    return token;
  }

  public HttpResponse<byte[]> get(String user, String path) throws IOException, InterruptedException {
    return checked(client.send(HttpRequest.newBuilder(URI.create(server.baseUri() + path))
        .header("Authorization", "Bearer " + token(user)).GET().build(), HttpResponse.BodyHandlers.ofByteArray()));
  }

  public HttpResponse<byte[]> post(String user, String path, String json, String idempotencyKey)
      throws IOException, InterruptedException {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.baseUri() + path))
        .header("Authorization", "Bearer " + token(user)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (idempotencyKey != null) {
      builder.header("Idempotency-Key", idempotencyKey);
    }
    return checked(client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray()));
  }

  /** Fails the test when the sandbox's response breaks the contract. */
  private static HttpResponse<byte[]> checked(HttpResponse<byte[]> response) {
    ResponseContract.check(response.request().method(), response.request().uri(), response.statusCode(),
        response.headers().map(), response.body());
    return response;
  }

  public JsonNode json(HttpResponse<byte[]> response) throws IOException {
    return MAPPER.readTree(response.body());
  }

  /** GETs and returns the JSON body, failing unless the status is as expected. */
  public JsonNode getJson(String user, String path, int expectedStatus) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = get(user, path);
    if (response.statusCode() != expectedStatus) {
      throw new AssertionError("GET " + path + " as " + user + ": expected " + expectedStatus + " but was "
          + response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8));
    }
    return json(response);
  }
}
