package io.csol.sdk.core.access;

import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.Tool;
import io.csol.sdk.core.paging.PagedIterable;
import io.csol.sdk.core.spi.tool.ToolOperations;
import java.util.Objects;

/**
 * The Access tool: who the caller is, what they may use, and requests for access to tools.
 *
 * <p>A cheap, thread-safe view over a {@link CsolClient}; create one wherever needed:
 * <pre>{@code
 * AccessClient access = AccessClient.of(csol);
 * Profile me = access.getProfile();
 * access.listEntitlements().forEach(e -> System.out.println(e.tool() + " " + e.status()));
 * }</pre>
 */
public final class AccessClient {

  private final ToolOperations ops;

  private AccessClient(ToolOperations ops) {
    this.ops = ops;
  }

  /**
   * Returns the Access view of a client.
   *
   * @param client the shared client, not null
   * @return a thread-safe view
   * @throws NullPointerException if {@code client} is null
   */
  public static AccessClient of(CsolClient client) {
    Objects.requireNonNull(client, "client must not be null");
    return new AccessClient(ToolOperations.of(client, Tool.UNKNOWN, "/v1"));
  }

  /**
   * Returns the signed-in user's or machine client's profile.
   *
   * @return the profile
   * @throws io.csol.sdk.core.error.AuthenticationException when sign-in fails
   */
  public Profile getProfile() {
    return getProfile(RequestOptions.defaults());
  }

  /**
   * Returns the signed-in user's or machine client's profile, with per-call options.
   *
   * @param options per-call options, not null
   * @return the profile
   * @throws io.csol.sdk.core.error.AuthenticationException when sign-in fails
   */
  public Profile getProfile(RequestOptions options) {
    return ops.operation("getProfile").get(Profile.class, options, "/me");
  }

  /**
   * Lists the caller's entitlements in every state, lazily page by page.
   *
   * @return the entitlements; nothing is sent until iteration starts
   */
  public PagedIterable<Entitlement> listEntitlements() {
    return listEntitlements(RequestOptions.defaults());
  }

  /**
   * Lists the caller's entitlements in every state, lazily page by page, with per-call options
   * applied to every page.
   *
   * @param options timeout, retry and other per-call options, not null
   * @return the entitlements; nothing is sent until iteration starts
   * @throws NullPointerException if {@code options} is null
   */
  public PagedIterable<Entitlement> listEntitlements(RequestOptions options) {
    Objects.requireNonNull(options, "options must not be null");
    return ops.operation("listEntitlements").list(Entitlement.class, options, "/entitlements");
  }

  /**
   * Requests access to a tool for a customer number.
   *
   * @param request the request, not null
   * @return the recorded request, normally PENDING with a tracking number
   * @throws io.csol.sdk.core.error.ConflictException when the entitlement is already ACTIVE
   * @throws io.csol.sdk.core.error.ToolNotOfferedException when the tool is not offered in
   *     the customer's country
   */
  public EntitlementRequestResult requestEntitlement(RequestEntitlementRequest request) {
    return requestEntitlement(request, RequestOptions.defaults());
  }

  /**
   * Requests access to a tool for a customer number with per-call options such as an
   * idempotency key or a timeout.
   *
   * @param request the request, not null
   * @param options the call's options, not null
   * @return the recorded request, normally PENDING with a tracking number
   * @throws io.csol.sdk.core.error.ConflictException when the entitlement is already ACTIVE
   * @throws io.csol.sdk.core.error.ToolNotOfferedException when the tool is not offered in
   *     the customer's country
   */
  public EntitlementRequestResult requestEntitlement(RequestEntitlementRequest request,
      RequestOptions options) {
    Objects.requireNonNull(request, "request must not be null");
    return ops.operation("requestEntitlement")
        .post(request.toBody(), EntitlementRequestResult.class, options, "/entitlements");
  }
}
