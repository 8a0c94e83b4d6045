/**
 * Waiting for long-running things (an entitlement request being decided, a report job finishing):
 * one {@link io.csol.sdk.core.poll.Poller} with exponential backoff and a deadline.
 */
package io.csol.sdk.core.poll;
