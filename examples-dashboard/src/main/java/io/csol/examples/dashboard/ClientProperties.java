package io.csol.examples.dashboard;

/** The names of the starter's {@code csol.*} properties the embedded sandbox sets. */
final class ClientProperties {
  static final String BASE_URI = "csol.base-uri";
  static final String CLIENT_ID = "csol.credentials.client-id";
  static final String CLIENT_SECRET = "csol.credentials.client-secret";

  private ClientProperties() {
  }
}
