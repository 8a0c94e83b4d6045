// Generated from api/openapi.yaml#/paths/~1v1~1orders~1{number}~1approve/post/requestBody. Do not edit.
package io.csol.golden;

import io.csol.sdk.core.spi.Check;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Approves an order, optionally with a comment.
 *
 * <p>Immutable and validated when built ({@link Builder#build()}); the request of operation {@code
 * approveOrder}.
 */
@Generated("io.csol.codegen")
public final class ApproveOrderRequest {
  /** The longest {@code comment} accepted, in characters. */
  public static final int MAX_COMMENT_LENGTH = 2000;

  private final String orderNumber;
  private final String comment;
  private final Integer priority;

  private ApproveOrderRequest(Builder b) {
    this.orderNumber = Check.id("orderNumber", b.orderNumber);
    if (b.comment != null) {
      Check.text("comment", b.comment, MAX_COMMENT_LENGTH);
    }
    this.comment = b.comment;
    if (b.priority != null && (b.priority < 1 || b.priority > 5)) {
      throw new IllegalArgumentException("priority must be 1..5, was " + b.priority);
    }
    this.priority = b.priority;
  }

  /**
   * Builds a request with only its path parameters set.
   *
   * @param orderNumber the order number
   * @return the request
   * @throws NullPointerException if a value is null
   * @throws IllegalArgumentException if a value breaks the contract's limits
   */
  public static ApproveOrderRequest of(String orderNumber) {
    return builder().orderNumber(orderNumber).build();
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
    return new Builder().orderNumber(orderNumber).comment(comment).priority(priority);
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
   * Returns the {@code comment}: A note for the file.
   *
   * @return the comment, or empty
   */
  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  /**
   * Returns the {@code priority}: how urgent.
   *
   * @return the priority, or empty
   */
  public Optional<Integer> priority() {
    return Optional.ofNullable(priority);
  }

  /**
   * Returns the JSON body to send; path parameters are not part of it.
   *
   * @return the body
   */
  ApproveOrderBody toBody() {
    return new ApproveOrderBody(comment, priority);
  }

  @Override
  public String toString() {
    return "ApproveOrderRequest[" + "orderNumber=" + orderNumber + ", comment=" + comment
        + ", priority=" + priority + "]";
  }

  /** Builds a {@link ApproveOrderRequest}. Not thread-safe. */
  public static final class Builder {
    private String orderNumber;
    private String comment;
    private Integer priority;

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
     * Sets the {@code comment}: A note for the file.
     *
     * @param comment 1..2000 characters, not blank, or {@code null} for none
     * @return this builder
     */
    public Builder comment(String comment) {
      this.comment = comment;
      return this;
    }

    /**
     * Sets the {@code priority}: how urgent.
     *
     * @param priority 1..5, or {@code null} for none
     * @return this builder
     */
    public Builder priority(Integer priority) {
      this.priority = priority;
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
    public ApproveOrderRequest build() {
      return new ApproveOrderRequest(this);
    }
  }
}
