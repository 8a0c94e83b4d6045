/**
 * Micrometer metrics and observations for csol-sdk calls, built on the CallListener API. This
 * artifact is the one place where Micrometer types are part of a csol-sdk signature: that is its
 * purpose.
 */
// Micrometer ships no module-info; its jars declare stable Automatic-Module-Name values, which
// are what these requires name. Transitive: applications pass Micrometer registries in.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.csol.sdk.micrometer {
  requires transitive io.csol.sdk.core;
  requires transitive micrometer.core;
  requires transitive micrometer.observation;

  exports io.csol.sdk.micrometer;
}
