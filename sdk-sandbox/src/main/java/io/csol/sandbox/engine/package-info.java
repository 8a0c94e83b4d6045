/**
 * The sandbox's query engine: resources, record stores, the filter/sort/fields language,
 * keyset paging with signed cursors and a changes feed; pure Java, no HTTP.
 *
 * <p>A {@link io.csol.sandbox.engine.ResourceSpec} declares a resource's fields; a
 * {@link io.csol.sandbox.engine.RecordStore} ({@link io.csol.sandbox.engine.MemoryStore} or
 * {@link io.csol.sandbox.engine.GeneratedStore}) holds its records; a
 * {@link io.csol.sandbox.engine.Collection} answers page requests, single reads, the changes
 * feed and export streams. The HTTP layer ({@code io.csol.sandbox}) turns query parameters
 * into a {@link io.csol.sandbox.engine.ListRequest} and a
 * {@link io.csol.sandbox.engine.QueryException} into a 400 problem.
 *
 * <p>Cursors are {@code base64url(payload || HMAC-SHA256(secret, payload))}; the payload holds a
 * version, a 128-bit hash of (resource, filter, canonical sort, fields), the last record's sort
 * values and its id. The next page holds the records strictly after that key in the total order
 * (sort keys plus id), so records inserted or updated while paging are neither skipped nor
 * repeated unless their own sort key changes. Changes tokens are signed the same way.
 */
package io.csol.sandbox.engine;
