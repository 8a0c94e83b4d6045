/**
 * The summary of a request in My requests, shared by every tool that opens one: a dispute
 * ({@code DisputeResult.request()}), an entitlement request, a request opened with
 * {@code RequestsClient.createRequest}. Follow one with {@code RequestsClient.getRequest(summary
 * .trackingNumber())} (module {@code io.csol.sdk.requests}).
 *
 * <p>These types live in sdk-core, below every tool module, so that Invoices, Access and My
 * requests return one and the same {@link io.csol.sdk.core.requests.RequestSummary}. They follow
 * the contract's schemas ({@code RequestSummary}, {@code RelatedRecord}, {@code RequestCategory},
 * {@code RequestStatus}, {@code RelatedRecordType}) by hand, because sdk-core cannot run the code
 * generator; a guardrail test checks them against the contract, and the generator references
 * them ({@code x-csol-java: {package: io.csol.sdk.core.requests}}) instead of emitting copies.
 */
package io.csol.sdk.core.requests;
