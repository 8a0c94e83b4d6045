package io.csol.sdk.core.auth;

import java.time.Duration;
import java.util.Map;

/**
 * Performs one token request ({@code POST /v1/oauth/token}, form-encoded) including the pipeline's
 * retry policy for 5xx and I/O failures.
 */
@FunctionalInterface
public interface TokenEndpoint {
  /**
   * Exchanges a grant for a token.
   *
   * @param form the form fields (grant_type, username, password, ...), never logged
   * @param budget time left of the call that needs the token; bounds the request and its retries
   * @return the token
   * @throws io.csol.sdk.core.error.AuthenticationException when the server answers 401
   */
  AccessToken exchange(Map<String, String> form, Duration budget);
}
