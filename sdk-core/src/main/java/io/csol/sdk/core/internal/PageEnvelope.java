package io.csol.sdk.core.internal;

import java.util.List;

/**
 * The wire shape of every collection response (not API).
 *
 * @param data the items; null when the member is missing
 * @param nextCursor cursor of the next page; absent on the last page
 * @param totalCount total matches, only when asked for
 * @param <T> item type
 */
public record PageEnvelope<T>(List<T> data, String nextCursor, Long totalCount) {
}
