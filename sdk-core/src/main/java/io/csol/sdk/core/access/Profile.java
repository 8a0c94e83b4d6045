package io.csol.sdk.core.access;

import java.util.List;

/**
 * The signed-in user or machine client, as returned by {@code GET /v1/me}.
 *
 * <p>Members the server did not send are null (lists are empty instead).
 *
 * @param userId the user's or client's id
 * @param name display name
 * @param company company name
 * @param email e-mail address (machines may have none)
 * @param country ISO 3166-1 alpha-2 country of the account
 * @param customerNumbers the 7-digit customer numbers the account acts for, never null
 * @param kind person or machine
 */
public record Profile(String userId, String name, String company, String email, String country,
    List<String> customerNumbers, ProfileKind kind) {

  /**
   * Creates a profile; the customer number list is copied so it is immutable.
   *
   * @param userId the user's or client's id
   * @param name display name
   * @param company company name
   * @param email e-mail address
   * @param country ISO 3166-1 alpha-2 country
   * @param customerNumbers customer numbers; null becomes empty
   * @param kind person or machine
   */
  public Profile {
    customerNumbers = customerNumbers == null ? List.of() : List.copyOf(customerNumbers);
  }
}
