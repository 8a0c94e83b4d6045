package io.csol.sdk.core.access;

import io.csol.sdk.core.Tool;

/**
 * A request for access to a tool for one customer number; immutable, built with
 * {@link #builder()}.
 *
 * @param tool the tool wanted, not {@link Tool#UNKNOWN}
 * @param customerNumber a 7-digit customer number of the caller, e.g. {@code 1000001}
 * @param country the customer number's ISO 3166-1 alpha-2 country, e.g. {@code SE}
 * @param justification why access is needed (1..2000 characters), or null
 */
public record EntitlementRequest(Tool tool, String customerNumber, String country,
    String justification) {

  /** Longest justification the server accepts. */
  public static final int MAX_JUSTIFICATION_LENGTH = 2000;

  /**
   * Creates a request after validating every member.
   *
   * @param tool the tool wanted, not UNKNOWN
   * @param customerNumber 7 digits such as 1000001
   * @param country ISO 3166-1 alpha-2 such as SE
   * @param justification 1..2000 characters, or null
   * @throws NullPointerException when tool, customerNumber or country is null
   * @throws IllegalArgumentException when a member is not valid; the message names it
   */
  public EntitlementRequest {
    if (tool == null) {
      throw new NullPointerException("tool must not be null; pass one of CONTRACTS, ORDERS, "
          + "INVOICES, STATEMENTS, INVENTORY, REQUESTS");
    }
    if (tool == Tool.UNKNOWN) {
      throw new IllegalArgumentException("tool must be a known tool, not UNKNOWN");
    }
    if (customerNumber == null) {
      throw new NullPointerException("customerNumber must not be null; pass 7 digits such as 1000001");
    }
    if (!customerNumber.matches("[0-9]{7}")) {
      throw new IllegalArgumentException("customerNumber must be 7 digits such as 1000001, was '"
          + customerNumber + "'");
    }
    if (country == null) {
      throw new NullPointerException("country must not be null; pass an ISO 3166-1 alpha-2 code such as SE");
    }
    if (!country.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code of two "
          + "upper-case letters such as SE, was '" + country + "'");
    }
    if (justification != null
        && (justification.isBlank() || justification.length() > MAX_JUSTIFICATION_LENGTH)) {
      throw new IllegalArgumentException("justification must be null or 1.."
          + MAX_JUSTIFICATION_LENGTH + " non-blank characters, was " + justification.length()
          + " characters");
    }
  }

  /**
   * Starts a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this request's members.
   *
   * @return a pre-filled builder
   */
  public Builder toBuilder() {
    return new Builder().tool(tool).customerNumber(customerNumber).country(country)
        .justification(justification);
  }

  /** Builds an {@link EntitlementRequest}; not thread-safe. */
  public static final class Builder {
    private Tool tool;
    private String customerNumber;
    private String country;
    private String justification;

    private Builder() {
    }

    /**
     * Sets the tool wanted.
     *
     * @param tool the tool, not {@link Tool#UNKNOWN}
     * @return this builder
     */
    public Builder tool(Tool tool) {
      this.tool = tool;
      return this;
    }

    /**
     * Sets the customer number.
     *
     * @param customerNumber 7 digits such as {@code 1000001}
     * @return this builder
     */
    public Builder customerNumber(String customerNumber) {
      this.customerNumber = customerNumber;
      return this;
    }

    /**
     * Sets the customer number's country.
     *
     * @param country ISO 3166-1 alpha-2, e.g. {@code SE}
     * @return this builder
     */
    public Builder country(String country) {
      this.country = country;
      return this;
    }

    /**
     * Sets why access is needed; optional.
     *
     * @param justification 1..2000 characters, or null for none
     * @return this builder
     */
    public Builder justification(String justification) {
      this.justification = justification;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws NullPointerException when tool, customerNumber or country is missing
     * @throws IllegalArgumentException when a member is not valid
     */
    public EntitlementRequest build() {
      return new EntitlementRequest(tool, customerNumber, country, justification);
    }
  }
}
