/**
 * Changes feeds: follow what was upserted or deleted in a collection since a stored
 * {@link io.csol.sdk.core.changes.SyncToken}, batch by batch, for nightly mirrors and syncs.
 *
 * <p>Applications get a {@link io.csol.sdk.core.changes.ChangeFeed} from a tool client (e.g.
 * {@code InvoicesClient.listInvoiceChanges(since)} or
 * {@code StatementsClient.listStatementLineChanges(since)}) and read
 * {@link io.csol.sdk.core.changes.ChangeBatch}es of {@link io.csol.sdk.core.changes.Change}s.
 * {@link io.csol.sdk.core.changes.ChangeFeed#create} and
 * {@link io.csol.sdk.core.changes.ChangeFeed.Fetcher} are for tool modules and tests.
 */
package io.csol.sdk.core.changes;
