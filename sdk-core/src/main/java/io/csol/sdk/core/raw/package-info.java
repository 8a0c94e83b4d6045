/**
 * Raw requests for routes no tool module covers yet, through the same pipeline as every typed
 * call: sign-in, retries, circuit breaker, typed errors and paging.
 *
 * <pre>{@code
 * RawClient raw = RawClient.of(csol);
 * RawResponse r = raw.get("/v1/contracts/C-1");
 * Map<String, Object> contract = r.jsonObject();
 * for (Map<String, Object> order : raw.list("/v1/orders", Map.of("filter", "status eq 'OPEN'"))) {
 *   ...
 * }
 * }</pre>
 *
 * JSON is given as JDK types only: objects as {@code Map<String, Object>} (member order kept),
 * arrays as {@code List<Object>}, numbers as {@code BigDecimal}, strings, booleans and
 * {@code null}.
 */
package io.csol.sdk.core.raw;
