package io.csol.sdk.core.internal;

import java.util.Map;

/**
 * What a raw call returns from the pipeline (not API): a 2xx status, its headers and body bytes.
 *
 * @param status the HTTP status (2xx; anything else is thrown as the usual typed exception)
 * @param headers first value per header name, case-insensitive keys
 * @param body the body, at most 64 MiB
 * @param requestId the call's request id
 */
public record RawExchange(int status, Map<String, String> headers, byte[] body, String requestId) {
}
