// Generated from api/openapi.yaml#/components/schemas/ForwardRequest. Do not edit.
package io.csol.golden;

import io.csol.sdk.core.spi.Check;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * E-mails a copy of an order to 1 to 20 colleagues.
 *
 * <p>Immutable and validated when built ({@link Builder#build()}); the request of operation {@code
 * forwardOrder}.
 */
@Generated("io.csol.codegen")
public final class ForwardOrderRequest {
  /** The most recipients one request may hold. */
  public static final int MAX_RECIPIENTS = 20;
  /** The longest {@code message} accepted, in characters. */
  public static final int MAX_MESSAGE_LENGTH = 2000;

  private final String orderNumber;
  private final List<String> recipients;
  private final String message;
  private final String replyTo;

  private ForwardOrderRequest(Builder b) {
    this.orderNumber = Check.id("orderNumber", b.orderNumber);
    Objects.requireNonNull(b.recipients, "recipients must not be null");
    if (b.recipients.isEmpty() || b.recipients.size() > MAX_RECIPIENTS) {
      throw new IllegalArgumentException("recipients must hold 1.." + MAX_RECIPIENTS
          + " e-mail addresses, was " + b.recipients.size());
    }
    for (int i = 0; i < b.recipients.size(); i++) {
      Check.email("recipients[" + i + "]", b.recipients.get(i));
    }
    this.recipients = List.copyOf(b.recipients);
    if (b.message != null) {
      Check.text("message", b.message, MAX_MESSAGE_LENGTH);
    }
    this.message = b.message;
    if (b.replyTo != null) {
      Check.email("replyTo", b.replyTo);
    }
    this.replyTo = b.replyTo;
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
    return new Builder().orderNumber(orderNumber).recipients(recipients).message(message)
        .replyTo(replyTo);
  }

  /**
   * Returns the {@code orderNumber}: the order number.
   *
   * @return the orderNumber
   */
  public String orderNumber() {
    return orderNumber;
  }

  /**
   * Returns the {@code recipients}: the colleagues' e-mail addresses.
   *
   * @return the recipients, unmodifiable
   */
  public List<String> recipients() {
    return recipients;
  }

  /**
   * Returns the {@code message}: optional note to the recipients.
   *
   * @return the message, or empty
   */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /**
   * Returns the {@code replyTo}: where answers go.
   *
   * @return the replyTo, or empty
   */
  public Optional<String> replyTo() {
    return Optional.ofNullable(replyTo);
  }

  /**
   * Returns the JSON body to send; path parameters are not part of it.
   *
   * @return the body
   */
  ForwardOrderBody toBody() {
    return new ForwardOrderBody(recipients, message, replyTo);
  }

  @Override
  public String toString() {
    // x-csol-sensitive values stay out of logs (a list shows its size only)
    return "ForwardOrderRequest[" + "orderNumber=" + orderNumber
        + ", recipients=" + recipients.size() + ", message=" + message + ", replyTo=" + replyTo
        + "]";
  }

  /** Builds a {@link ForwardOrderRequest}. Not thread-safe. */
  public static final class Builder {
    private String orderNumber;

    private List<String> recipients = new ArrayList<>();
    private String message;
    private String replyTo;

    private Builder() {
    }

    /**
     * Sets the {@code orderNumber}: the order number.
     *
     * @param orderNumber the value
     * @return this builder
     */
    public Builder orderNumber(String orderNumber) {
      this.orderNumber = orderNumber;
      return this;
    }

    /**
     * Replaces the {@code recipients}: the colleagues' e-mail addresses.
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
     * Replaces the {@code recipients}: the colleagues' e-mail addresses.
     *
     * @param recipients 1..20 e-mail addresses
     * @return this builder
     */
    public Builder recipients(String... recipients) {
      Objects.requireNonNull(recipients, "recipients must not be null");
      return recipients(Arrays.asList(recipients));
    }

    /**
     * Adds one element to the {@code recipients}.
     *
     * @param recipient the element to add
     * @return this builder
     */
    public Builder addRecipient(String recipient) {
      recipients.add(recipient);
      return this;
    }

    /**
     * Sets the {@code message}: optional note to the recipients.
     *
     * @param message 1..2000 characters, not blank, or {@code null} for none
     * @return this builder
     */
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /**
     * Sets the {@code replyTo}: where answers go.
     *
     * @param replyTo an e-mail address, or {@code null} for none
     * @return this builder
     */
    public Builder replyTo(String replyTo) {
      this.replyTo = replyTo;
      return this;
    }

    /**
     * Validates and builds the request.
     *
     * @return the request
     * @throws NullPointerException if a required value is null (the message names it)
     * @throws IllegalArgumentException if a value breaks the contract's limits (the message names
     *     the field and what it accepts)
     */
    public ForwardOrderRequest build() {
      return new ForwardOrderRequest(this);
    }
  }
}
