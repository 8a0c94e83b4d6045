// Generated from api/openapi.yaml#/components/schemas/DisputeRequest. Do not edit.
package io.csol.golden;

import io.csol.sdk.core.spi.Check;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;

/**
 * Disputes an order.
 *
 * <p>Immutable and validated when built ({@link Builder#build()}); the request of operation {@code
 * disputeOrder}.
 */
@Generated("io.csol.codegen")
public final class DisputeOrderRequest {
  /** The longest {@code details} accepted, in characters. */
  public static final int MAX_DETAILS_LENGTH = 2000;
  /** The most attachments one request may hold. */
  public static final int MAX_ATTACHMENTS = 5;

  private static final Pattern REFERENCE_PATTERN = Pattern.compile("^[A-Z]{2}-[0-9]{4}$");
  private final String orderNumber;
  private final DisputeReason reason;
  private final String details;
  private final String reference;
  private final List<String> attachments;

  private DisputeOrderRequest(Builder b) {
    this.orderNumber = Check.id("orderNumber", b.orderNumber);
    Objects.requireNonNull(b.reason,
        "reason must not be null; accepted: PRICE, QUANTITY, NOT_RECEIVED, DUPLICATE, OTHER");
    if (b.reason == DisputeReason.UNKNOWN) {
      throw new IllegalArgumentException(
          "reason must be PRICE, QUANTITY, NOT_RECEIVED, DUPLICATE or OTHER, was UNKNOWN");
    }
    this.reason = b.reason;
    Check.text("details", b.details, MAX_DETAILS_LENGTH);
    this.details = b.details;
    Objects.requireNonNull(b.reference, "reference must not be null");
    if (!REFERENCE_PATTERN.matcher(b.reference).find()) {
      throw new IllegalArgumentException("reference must match ^[A-Z]{2}-[0-9]{4}$");
    }
    this.reference = b.reference;
    Objects.requireNonNull(b.attachments, "attachments must not be null");
    if (b.attachments.size() > MAX_ATTACHMENTS) {
      throw new IllegalArgumentException("attachments must hold at most "
          + MAX_ATTACHMENTS + " items, was " + b.attachments.size());
    }
    for (int i = 0; i < b.attachments.size(); i++) {
      Objects.requireNonNull(b.attachments.get(i), "attachments[" + i + "] must not be null");
    }
    this.attachments = List.copyOf(b.attachments);
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
    return new Builder().orderNumber(orderNumber).reason(reason).details(details)
        .reference(reference).attachments(attachments);
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
   * Returns the {@code reason}: why an order is disputed.
   *
   * @return the reason, never {@link DisputeReason#UNKNOWN}
   */
  public DisputeReason reason() {
    return reason;
  }

  /**
   * Returns the {@code details}: the explanation sent to support.
   *
   * @return the details
   */
  public String details() {
    return details;
  }

  /**
   * Returns the {@code reference}: your own reference.
   *
   * @return the reference
   */
  public String reference() {
    return reference;
  }

  /**
   * Returns the {@code attachments}: names of attached files.
   *
   * @return the attachments, unmodifiable
   */
  public List<String> attachments() {
    return attachments;
  }

  /**
   * Returns the JSON body to send; path parameters are not part of it.
   *
   * @return the body
   */
  DisputeOrderBody toBody() {
    return new DisputeOrderBody(reason, details, reference,
        attachments.isEmpty() ? null : attachments);
  }

  @Override
  public String toString() {
    // x-csol-sensitive values stay out of logs (a list shows its size only)
    return "DisputeOrderRequest[" + "orderNumber=" + orderNumber + ", reason=" + reason
        + ", reference=" + reference + ", attachments=" + attachments + "]";
  }

  /** Builds a {@link DisputeOrderRequest}. Not thread-safe. */
  public static final class Builder {
    private String orderNumber;
    private DisputeReason reason;
    private String details;
    private String reference;

    private List<String> attachments = new ArrayList<>();

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
     * Sets the {@code reason}: why an order is disputed.
     *
     * @param reason any value except {@link DisputeReason#UNKNOWN}
     * @return this builder
     */
    public Builder reason(DisputeReason reason) {
      this.reason = reason;
      return this;
    }

    /**
     * Sets the {@code details}: the explanation sent to support.
     *
     * @param details 1..2000 characters, not blank
     * @return this builder
     */
    public Builder details(String details) {
      this.details = details;
      return this;
    }

    /**
     * Sets the {@code reference}: your own reference.
     *
     * @param reference text matching {@code ^[A-Z]&#123;2&#125;-[0-9]&#123;4&#125;$}
     * @return this builder
     */
    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    /**
     * Replaces the {@code attachments}: names of attached files.
     *
     * @param attachments at most 5 items
     * @return this builder
     */
    public Builder attachments(List<String> attachments) {
      Objects.requireNonNull(attachments, "attachments must not be null");
      this.attachments = new ArrayList<>(attachments);
      return this;
    }

    /**
     * Replaces the {@code attachments}: names of attached files.
     *
     * @param attachments at most 5 items
     * @return this builder
     */
    public Builder attachments(String... attachments) {
      Objects.requireNonNull(attachments, "attachments must not be null");
      return attachments(Arrays.asList(attachments));
    }

    /**
     * Adds one element to the {@code attachments}.
     *
     * @param attachment the element to add
     * @return this builder
     */
    public Builder addAttachment(String attachment) {
      attachments.add(attachment);
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
    public DisputeOrderRequest build() {
      return new DisputeOrderRequest(this);
    }
  }
}
