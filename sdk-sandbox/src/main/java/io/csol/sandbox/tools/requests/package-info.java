/**
 * My requests in the sandbox: the one request store of every tool (disputes, inquiries,
 * entitlement requests, questions), its routes, the support timeline on the sandbox clock and
 * streamed attachment uploads.
 */
package io.csol.sandbox.tools.requests;
