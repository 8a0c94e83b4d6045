/**
 * Lazy, resumable paging over the collections of the csol API.
 *
 * <p>Every list operation returns a {@link io.csol.sdk.core.paging.PagedIterable}: it sends no
 * request until the first element is asked for, fetches the next page only when the current
 * one is used up, and can resume a job that died from a {@link io.csol.sdk.core.paging.ResumeToken}.
 */
package io.csol.sdk.core.paging;
