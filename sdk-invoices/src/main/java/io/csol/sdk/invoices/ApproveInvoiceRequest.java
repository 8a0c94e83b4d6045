package io.csol.sdk.invoices;

import io.csol.sdk.core.spi.Check;
import java.util.Optional;

/**
 * Approves an invoice for payment, optionally with a comment.
 *
 * <p>Immutable and validated when built:
 * <pre>{@code
 * Invoice approved = invoices.approveInvoice(ApproveInvoiceRequest.of("9100000001"),
 *     RequestOptions.builder().idempotencyKey("approve-9100000001").build());
 * }</pre>
 */
public final class ApproveInvoiceRequest {
  /** The longest comment accepted. */
  public static final int MAX_COMMENT_LENGTH = 2000;

  private final String invoiceNumber;
  private final String comment;

  private ApproveInvoiceRequest(Builder b) {
    this.invoiceNumber = Check.id("invoiceNumber", b.invoiceNumber);
    this.comment = b.comment == null ? null : Check.text("comment", b.comment, MAX_COMMENT_LENGTH);
  }

  /**
   * Creates a request without a comment.
   *
   * @param invoiceNumber the invoice to approve, not blank
   * @return the request
   * @throws NullPointerException if {@code invoiceNumber} is null
   * @throws IllegalArgumentException if {@code invoiceNumber} is blank
   */
  public static ApproveInvoiceRequest of(String invoiceNumber) {
    return builder().invoiceNumber(invoiceNumber).build();
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
    return new Builder().invoiceNumber(invoiceNumber).comment(comment);
  }

  /**
   * Returns the invoice to approve.
   *
   * @return the invoice number
   */
  public String invoiceNumber() {
    return invoiceNumber;
  }

  /**
   * Returns the approval comment.
   *
   * @return the comment, or empty
   */
  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  /** The JSON body sent ({@code {}} without a comment); the invoice number travels in the path. */
  ApproveInvoiceBody body() {
    return new ApproveInvoiceBody(comment);
  }

  @Override
  public String toString() {
    return "ApproveInvoiceRequest[invoiceNumber=" + invoiceNumber + "]";
  }

  /** Builds an {@link ApproveInvoiceRequest}. Not thread-safe. */
  public static final class Builder {
    private String invoiceNumber;
    private String comment;

    private Builder() {
    }

    /**
     * Sets the invoice to approve.
     *
     * @param invoiceNumber the invoice number, not blank
     * @return this builder
     */
    public Builder invoiceNumber(String invoiceNumber) {
      this.invoiceNumber = invoiceNumber;
      return this;
    }

    /**
     * Sets an optional comment.
     *
     * @param comment 1..2000 characters, or {@code null} for none
     * @return this builder
     */
    public Builder comment(String comment) {
      this.comment = comment;
      return this;
    }

    /**
     * Validates and builds the request.
     *
     * @return the request
     * @throws NullPointerException if the invoice number is null
     * @throws IllegalArgumentException if the invoice number is blank or the comment is blank or
     *     longer than 2000 characters
     */
    public ApproveInvoiceRequest build() {
      return new ApproveInvoiceRequest(this);
    }
  }
}
