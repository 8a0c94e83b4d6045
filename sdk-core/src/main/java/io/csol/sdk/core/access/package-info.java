/**
 * Who the caller is and which tools they may use: {@link io.csol.sdk.core.access.AccessClient}
 * reads the profile and entitlements and requests new entitlements.
 */
package io.csol.sdk.core.access;
