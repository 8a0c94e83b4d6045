package io.csol.sdk.invoices;

import io.csol.sdk.core.spi.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Asks the server to e-mail a copy of an invoice to 1 to 20 colleagues.
 *
 * <p>Immutable and validated when built:
 * <pre>{@code
 * ForwardInvoiceRequest request = ForwardInvoiceRequest.builder()
 *     .invoiceNumber("9100000001")
 *     .recipients("ap@example.com", "controller@example.com")
 *     .message("Please check the freight line")
 *     .build();
 * }</pre>
 */
public final class ForwardInvoiceRequest {
  /** The most recipients one request may name. */
  public static final int MAX_RECIPIENTS = 20;
  /** The longest message accepted. */
  public static final int MAX_MESSAGE_LENGTH = 2000;

  private final String invoiceNumber;
  private final List<String> recipients;
  private final String message;

  private ForwardInvoiceRequest(Builder b) {
    this.invoiceNumber = Check.id("invoiceNumber", b.invoiceNumber);
    Objects.requireNonNull(b.recipients, "recipients must not be null");
    if (b.recipients.isEmpty() || b.recipients.size() > MAX_RECIPIENTS) {
      throw new IllegalArgumentException("recipients must hold 1.." + MAX_RECIPIENTS
          + " e-mail addresses, was " + b.recipients.size());
    }
    for (int i = 0; i < b.recipients.size(); i++) {
      Check.email("recipients[" + i + "]", b.recipients.get(i));
    }
    this.recipients = List.copyOf(b.recipients);
    this.message = b.message == null ? null : Check.text("message", b.message, MAX_MESSAGE_LENGTH);
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
    return new Builder().invoiceNumber(invoiceNumber).recipients(recipients).message(message);
  }

  /**
   * Returns the number of the invoice to forward.
   *
   * @return the invoice number
   */
  public String invoiceNumber() {
    return invoiceNumber;
  }

  /**
   * Returns the recipients.
   *
   * @return 1..20 e-mail addresses, unmodifiable
   */
  public List<String> recipients() {
    return recipients;
  }

  /**
   * Returns the note sent with the copy.
   *
   * @return the message, or empty
   */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /** The JSON body sent; the invoice number travels in the path. */
  ForwardInvoiceBody body() {
    return new ForwardInvoiceBody(recipients, message);
  }

  @Override
  public String toString() {
    // Addresses are personal data: show only how many.
    return "ForwardInvoiceRequest[invoiceNumber=" + invoiceNumber + ", recipients=" + recipients.size() + "]";
  }

  /** Builds a {@link ForwardInvoiceRequest}. Not thread-safe. */
  public static final class Builder {
    private String invoiceNumber;
    private List<String> recipients = new ArrayList<>();
    private String message;

    private Builder() {
    }

    /**
     * Sets the invoice to forward.
     *
     * @param invoiceNumber the invoice number, not blank
     * @return this builder
     */
    public Builder invoiceNumber(String invoiceNumber) {
      this.invoiceNumber = invoiceNumber;
      return this;
    }

    /**
     * Replaces the recipients.
     *
     * @param recipients 1..20 e-mail addresses
     * @return this builder
     */
    public Builder recipients(List<String> recipients) {
      Objects.requireNonNull(recipients, "recipients must not be null");
      this.recipients = new ArrayList<>(recipients);
      return this;
    }

    /**
     * Replaces the recipients.
     *
     * @param recipients 1..20 e-mail addresses
     * @return this builder
     */
    public Builder recipients(String... recipients) {
      Objects.requireNonNull(recipients, "recipients must not be null");
      return recipients(java.util.Arrays.asList(recipients));
    }

    /**
     * Adds one recipient.
     *
     * @param recipient an e-mail address
     * @return this builder
     */
    public Builder addRecipient(String recipient) {
      recipients.add(recipient);
      return this;
    }

    /**
     * Sets an optional note sent with the copy.
     *
     * @param message 1..2000 characters, or {@code null} for none
     * @return this builder
     */
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /**
     * Validates and builds the request.
     *
     * @return the request
     * @throws NullPointerException if the invoice number or a recipient is null
     * @throws IllegalArgumentException if the invoice number is blank, there are no or more than
     *     20 recipients, a recipient is not an e-mail address (the message names its index), or
     *     the message is blank or too long
     */
    public ForwardInvoiceRequest build() {
      return new ForwardInvoiceRequest(this);
    }
  }
}
