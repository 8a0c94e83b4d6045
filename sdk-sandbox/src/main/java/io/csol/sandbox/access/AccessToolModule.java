package io.csol.sandbox.access;

import io.csol.sandbox.internal.Forms;
import io.csol.sandbox.internal.Problems;
import io.csol.sandbox.spi.Principal;
import io.csol.sandbox.spi.ProblemException;
import io.csol.sandbox.spi.Request;
import io.csol.sandbox.spi.Response;
import io.csol.sandbox.spi.Routes;
import io.csol.sandbox.spi.SandboxContext;
import io.csol.sandbox.spi.SandboxWorld;
import io.csol.sandbox.spi.ToolModule;
import io.csol.sandbox.tools.requests.RequestStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Access tool of the sandbox: the token endpoint, {@code /v1/me} and entitlements, and the
 * authenticator every other route relies on. A {@link ToolModule} like the others, registered
 * through the same SPI; the server always includes it (it is not discovered), because without it
 * no request can authenticate. The token store is passed in, so tokens outlive resets; the
 * entitlement book is per server state. Thread-safe.
 */
public final class AccessToolModule implements ToolModule {

  private final TokenStore tokens;

  /** Creates the module over a token store that outlives resets. */
  public AccessToolModule(TokenStore tokens) {
    this.tokens = Objects.requireNonNull(tokens, "tokens");
  }

  /** Returns {@code "access"}. */
  @Override
  public String name() {
    return "access";
  }

  /** Registers the routes and the authenticator on a fresh server state. */
  @Override
  public void register(Routes routes, SandboxContext context) {
    Objects.requireNonNull(routes, "routes");
    Objects.requireNonNull(context, "context");
    SandboxWorld world = context.world();
    EntitlementBook book = context.shared(EntitlementBook.class,
        () -> new EntitlementBook(world, context.clock(), context.clock().instant().minusSeconds(30L * 86400)));
    context.authenticator(token -> tokens.subjectOfAccess(token)
        .flatMap(world::account)
        .map(account -> new AccountPrincipal(account, book, world)));
    routes.openForm("/v1/oauth/token", request -> token(request, world));
    routes.get("/v1/me", request -> me(request, world));
    EntitlementRoutes entitlements = new EntitlementRoutes(book, world, RequestStore.of(context));
    routes.get("/v1/entitlements", entitlements::list);
    routes.post("/v1/entitlements", entitlements::request);
  }

  private Response token(Request request, SandboxWorld world) {
    Map<String, List<String>> form = Forms.parse(
        new String(request.rawBody(), StandardCharsets.UTF_8));
    String grant = first(form, "grant_type")
        .orElseThrow(() -> oauth(ProblemException.invalidRequest("grant_type", "grant_type is required"),
            "invalid_request"));
    return switch (grant) {
      case "password" -> {
        SandboxWorld.Account a = world.person(required(form, "username"))
            .filter(p -> sameSecret(p.secret(), required(form, "password")))
            .orElseThrow(() -> badCredentials("invalid_grant", "unknown user name or wrong password"));
        yield issue(a.id(), true);
      }
      case "client_credentials" -> {
        String[] basic = basic(request);
        String id = basic != null ? basic[0] : required(form, "client_id");
        String secret = basic != null ? basic[1] : required(form, "client_secret");
        SandboxWorld.Account a = world.client(id).filter(c -> sameSecret(c.secret(), secret))
            .orElseThrow(() -> badCredentials("invalid_client", "unknown client or wrong client secret"));
        yield issue(a.id(), false);
      }
      case "refresh_token" -> {
        String subject = tokens.redeemRefresh(required(form, "refresh_token"))
            .orElseThrow(() -> badCredentials("invalid_grant", "the refresh token is unknown, used or expired"));
        yield issue(subject, true);
      }
      default -> throw oauth(ProblemException.invalidRequest("grant_type",
          "grant_type must be password, client_credentials or refresh_token"), "unsupported_grant_type");
    };
  }

  private Response issue(String subject, boolean withRefresh) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", tokens.issueAccess(subject));
    body.put("token_type", "Bearer");
    body.put("expires_in", tokens.ttl().toSeconds());
    if (withRefresh) {
      body.put("refresh_token", tokens.issueRefresh(subject));
    }
    body.put("scope", "csol");
    return Response.json(200, body).header("Cache-Control", "no-store");
  }

  /**
   * Compares secrets in time that does not depend on where they differ, so response times do
   * not reveal how much of a guess was right (String.equals stops at the first difference).
   */
  static boolean sameSecret(String expected, String given) {
    if (expected == null || given == null) {
      return false;
    }
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  private static ProblemException badCredentials(String error, String detail) {
    return oauth(Problems.unauthorized(detail), error);
  }

  /** Adds the RFC 6749 section 5.2 members, so generic OAuth 2 clients understand token errors too. */
  private static ProblemException oauth(ProblemException problem, String error) {
    return problem.with("error", error).with("error_description", problem.detail());
  }

  private static String required(Map<String, List<String>> form, String name) {
    return first(form, name).filter(v -> !v.isEmpty())
        .orElseThrow(() -> oauth(ProblemException.invalidRequest(name, name + " is required"), "invalid_request"));
  }

  private static Optional<String> first(Map<String, List<String>> form, String name) {
    List<String> values = form.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  private static String[] basic(Request request) {
    Optional<String> header = request.header("Authorization");
    if (header.isEmpty() || !header.get().regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.get().substring(6).trim()),
          StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        throw badCredentials("invalid_client", "malformed HTTP Basic credentials");
      }
      return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      throw badCredentials("invalid_client", "malformed HTTP Basic credentials");
    }
  }

  private Response me(Request request, SandboxWorld world) {
    Principal p = request.principal();
    SandboxWorld.Account a = ((AccountPrincipal) p).account();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("userId", a.id());
    body.put("name", a.name());
    body.put("company", a.company());
    body.put("email", a.email());
    body.put("country", world.customer(a.customerNumbers().get(0)).map(SandboxWorld.Customer::country).orElse(null));
    body.put("customerNumbers", a.customerNumbers());
    body.put("kind", a.machine() ? "MACHINE" : "PERSON");
    return Response.json(200, body);
  }
}
