package io.csol.sdk.invoices;

import io.csol.sdk.core.spi.Check;
import java.util.Objects;

/**
 * Disputes an invoice: the server opens an inquiry request of category INVOICES and returns its
 * tracking number.
 *
 * <p>Immutable and validated when built:
 * <pre>{@code
 * DisputeInvoiceRequest request = DisputeInvoiceRequest.builder()
 *     .invoiceNumber("9100000001")
 *     .reason(DisputeReason.QUANTITY)
 *     .details("Line 2 charges 3 units, we received 2")
 *     .build();
 * }</pre>
 */
public final class DisputeInvoiceRequest {
  /** The longest details text accepted. */
  public static final int MAX_DETAILS_LENGTH = 2000;

  private final String invoiceNumber;
  private final DisputeReason reason;
  private final String details;

  private DisputeInvoiceRequest(Builder b) {
    this.invoiceNumber = Check.id("invoiceNumber", b.invoiceNumber);
    this.reason = Objects.requireNonNull(b.reason,
        "reason must not be null; accepted: PRICE, QUANTITY, NOT_RECEIVED, DUPLICATE, OTHER");
    if (reason == DisputeReason.UNKNOWN) {
      throw new IllegalArgumentException(
          "reason must be PRICE, QUANTITY, NOT_RECEIVED, DUPLICATE or OTHER, was UNKNOWN");
    }
    this.details = Check.text("details", b.details, MAX_DETAILS_LENGTH);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this request's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().invoiceNumber(invoiceNumber).reason(reason).details(details);
  }

  /**
   * Returns the invoice to dispute.
   *
   * @return the invoice number
   */
  public String invoiceNumber() {
    return invoiceNumber;
  }

  /**
   * Returns why the invoice is disputed.
   *
   * @return the reason, never {@link DisputeReason#UNKNOWN}
   */
  public DisputeReason reason() {
    return reason;
  }

  /**
   * Returns the explanation sent to support.
   *
   * @return 1..2000 characters
   */
  public String details() {
    return details;
  }

  /** The JSON body sent; the invoice number travels in the path. */
  DisputeInvoiceBody body() {
    return new DisputeInvoiceBody(reason.name(), details);
  }

  @Override
  public String toString() {
    // Details are free text written by a person; keep them out of logs.
    return "DisputeInvoiceRequest[invoiceNumber=" + invoiceNumber + ", reason=" + reason + "]";
  }

  /** Builds a {@link DisputeInvoiceRequest}. Not thread-safe. */
  public static final class Builder {
    private String invoiceNumber;
    private DisputeReason reason;
    private String details;

    private Builder() {
    }

    /**
     * Sets the invoice to dispute.
     *
     * @param invoiceNumber the invoice number, not blank
     * @return this builder
     */
    public Builder invoiceNumber(String invoiceNumber) {
      this.invoiceNumber = invoiceNumber;
      return this;
    }

    /**
     * Sets the reason.
     *
     * @param reason any reason except {@link DisputeReason#UNKNOWN}
     * @return this builder
     */
    public Builder reason(DisputeReason reason) {
      this.reason = reason;
      return this;
    }

    /**
     * Sets the explanation.
     *
     * @param details 1..2000 characters, not blank
     * @return this builder
     */
    public Builder details(String details) {
      this.details = details;
      return this;
    }

    /**
     * Validates and builds the request.
     *
     * @return the request
     * @throws NullPointerException if the invoice number, reason or details are null
     * @throws IllegalArgumentException if the invoice number or details are blank, the details
     *     are longer than 2000 characters, or the reason is {@link DisputeReason#UNKNOWN}
     */
    public DisputeInvoiceRequest build() {
      return new DisputeInvoiceRequest(this);
    }
  }
}
