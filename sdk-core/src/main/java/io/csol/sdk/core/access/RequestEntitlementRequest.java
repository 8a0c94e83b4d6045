package io.csol.sdk.core.access;

import io.csol.sdk.core.Tool;
import java.util.Objects;
import java.util.Optional;

/**
 * A request for access to a tool for one customer number (operation {@code requestEntitlement});
 * immutable, built with {@link #builder()}.
 *
 * <pre>{@code
 * access.requestEntitlement(RequestEntitlementRequest.builder()
 *     .tool(Tool.INVOICES).customerNumber("1000001").country("SE")
 *     .justification("Month-end reconciliation").build());
 * }</pre>
 */
public final class RequestEntitlementRequest {

  /** Longest justification the server accepts. */
  public static final int MAX_JUSTIFICATION_LENGTH = 2000;

  private final Tool tool;
  private final String customerNumber;
  private final String country;
  private final String justification;

  private RequestEntitlementRequest(Builder b) {
    if (b.tool == null) {
      throw new NullPointerException("tool must not be null; pass one of CONTRACTS, ORDERS, "
          + "INVOICES, STATEMENTS, INVENTORY, REQUESTS");
    }
    if (b.tool == Tool.UNKNOWN) {
      throw new IllegalArgumentException("tool must be a known tool, not UNKNOWN");
    }
    if (b.customerNumber == null) {
      throw new NullPointerException("customerNumber must not be null; pass 7 digits such as 1000001");
    }
    if (!b.customerNumber.matches("[0-9]{7}")) {
      throw new IllegalArgumentException("customerNumber must be 7 digits such as 1000001, was '"
          + b.customerNumber + "'");
    }
    if (b.country == null) {
      throw new NullPointerException("country must not be null; pass an ISO 3166-1 alpha-2 code such as SE");
    }
    if (!b.country.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code of two "
          + "upper-case letters such as SE, was '" + b.country + "'");
    }
    if (b.justification != null
        && (b.justification.isBlank() || b.justification.length() > MAX_JUSTIFICATION_LENGTH)) {
      throw new IllegalArgumentException("justification must be null or 1.."
          + MAX_JUSTIFICATION_LENGTH + " non-blank characters, was " + b.justification.length()
          + " characters");
    }
    this.tool = b.tool;
    this.customerNumber = b.customerNumber;
    this.country = b.country;
    this.justification = b.justification;
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
   * Returns a builder holding this request's values.
   *
   * @return a pre-filled builder
   */
  public Builder toBuilder() {
    return new Builder().tool(tool).customerNumber(customerNumber).country(country)
        .justification(justification);
  }

  /**
   * Returns the tool wanted.
   *
   * @return the tool, never UNKNOWN
   */
  public Tool tool() {
    return tool;
  }

  /**
   * Returns the customer number.
   *
   * @return 7 digits
   */
  public String customerNumber() {
    return customerNumber;
  }

  /**
   * Returns the customer number's country.
   *
   * @return ISO 3166-1 alpha-2 code
   */
  public String country() {
    return country;
  }

  /**
   * Returns why access is needed.
   *
   * @return the justification, or empty
   */
  public Optional<String> justification() {
    return Optional.ofNullable(justification);
  }

  /** The JSON body sent; null members are left out. */
  RequestEntitlementBody toBody() {
    return new RequestEntitlementBody(tool, customerNumber, country, justification);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RequestEntitlementRequest other && tool == other.tool
        && customerNumber.equals(other.customerNumber) && country.equals(other.country)
        && Objects.equals(justification, other.justification);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tool, customerNumber, country, justification);
  }

  @Override
  public String toString() {
    // The justification is free text that may hold personal data.
    return "RequestEntitlementRequest[tool=" + tool + ", customerNumber=" + customerNumber
        + ", country=" + country + ", justification=" + (justification == null ? "none" : "***")
        + "]";
  }

  /** Builds a {@link RequestEntitlementRequest}; not thread-safe. */
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
     * Sets the customer number's country (required by the server).
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
     * @throws IllegalArgumentException when a value is not valid; the message names it
     */
    public RequestEntitlementRequest build() {
      return new RequestEntitlementRequest(this);
    }
  }
}
