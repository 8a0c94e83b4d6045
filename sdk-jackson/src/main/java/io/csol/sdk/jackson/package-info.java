/**
 * {@link io.csol.sdk.jackson.CsolJacksonModule}: lets an application's own Jackson
 * {@code ObjectMapper} (Spring Boot's, for one) write and read csol-sdk models the way the API
 * does.
 *
 * <p>This artifact is the one exception to the SDK's rule that no third-party type appears in a
 * public signature: a Jackson module is a Jackson type by nature, and it lives in its own
 * artifact so that applications not using Jackson never see it. sdk-core's own JSON setup stays
 * private; this module does not expose or change it.
 */
package io.csol.sdk.jackson;
