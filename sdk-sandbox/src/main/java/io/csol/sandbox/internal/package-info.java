/**
 * Sandbox internals: router, wire conventions (request ids, idempotency, rate limits), problem
 * writer and fault injection. Not API: anything here may change without notice.
 */
package io.csol.sandbox.internal;
