/**
 * A Jackson module for an application's own {@code ObjectMapper} (Spring Boot's, for one), so it
 * writes and reads csol-sdk models as the wire does. This artifact is the one place where a
 * Jackson type is part of a csol-sdk signature: that is its purpose.
 */
module io.csol.sdk.jackson {
  requires transitive io.csol.sdk.core;
  requires transitive com.fasterxml.jackson.databind;

  exports io.csol.sdk.jackson;
}
