/**
 * The sandbox's query engine: resources, record stores, the filter/sort/fields language,
 * keyset paging with signed cursors and a changes feed; pure Java, no HTTP.
 *
 * <p>The HTTP layer ({@code io.csol.sandbox}) turns query parameters into a {@link
 * io.csol.sandbox.engine.ListRequest} and a {@link io.csol.sandbox.engine.QueryException} into a
 * problem response.
 */
package io.csol.sandbox.engine;
