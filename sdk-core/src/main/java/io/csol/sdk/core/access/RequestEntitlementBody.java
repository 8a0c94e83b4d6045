package io.csol.sdk.core.access;

import io.csol.sdk.core.Tool;

/** The JSON body of {@code requestEntitlement}; a null justification is left out. */
record RequestEntitlementBody(Tool tool, String customerNumber, String country,
    String justification) {
}
