package io.csol.sdk.core.access;

import io.csol.sdk.core.RequestOptions;
import io.csol.sdk.core.paging.PagedIterable;
import io.csol.sdk.core.spi.ApiCaller;
import io.csol.sdk.core.spi.ApiRequest;

/**
 * Reads who the caller is and what they may use, and requests access to tools.
 *
 * <p>Get one with {@code CsolClient.access()}. Thread-safe and cheap: a view on the client.
 */
public final class AccessClient {

  private final ApiCaller caller;

  /**
   * Creates a client on top of a caller; applications use {@code CsolClient.access()}.
   *
   * @param caller the pipeline to call through, not null
   */
  public AccessClient(ApiCaller caller) {
    if (caller == null) {
      throw new NullPointerException("caller must not be null");
    }
    this.caller = caller;
  }

  /**
   * Creates a client on top of a caller; applications use {@code CsolClient.access()}.
   *
   * @param caller the pipeline to call through, not null
   * @return the client
   */
  public static AccessClient of(ApiCaller caller) {
    return new AccessClient(caller);
  }

  /**
   * Returns the signed-in user's or machine client's profile.
   *
   * @return the profile
   * @throws io.csol.sdk.core.error.AuthenticationException when sign-in fails
   */
  public Profile me() {
    return caller.call(ApiRequest.get("/v1/me").build(), Profile.class);
  }

  /**
   * Lists the caller's entitlements in every state, lazily page by page.
   *
   * @return the entitlements; nothing is sent until iteration starts
   */
  public PagedIterable<Entitlement> entitlements() {
    return caller.paged(ApiRequest.get("/v1/entitlements").build(), Entitlement.class);
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
  public EntitlementRequestResult requestEntitlement(EntitlementRequest request) {
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
  public EntitlementRequestResult requestEntitlement(EntitlementRequest request, RequestOptions options) {
    if (request == null) {
      throw new NullPointerException("request must not be null");
    }
    if (options == null) {
      throw new NullPointerException("options must not be null; use RequestOptions.defaults()");
    }
    ApiRequest call = ApiRequest.post("/v1/entitlements").body(request).options(options).build();
    return caller.call(call, EntitlementRequestResult.class);
  }
}
