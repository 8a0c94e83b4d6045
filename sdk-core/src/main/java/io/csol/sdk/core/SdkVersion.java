package io.csol.sdk.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The SDK's own version, written into {@code version.properties} by the build (resource
 * filtering), so the User-Agent can never disagree with the artifact that sends it.
 */
final class SdkVersion {
  static final String RESOURCE = "version.properties";

  private SdkVersion() {
  }

  /** Reads the version once; "unknown" when the resource is missing or was not filtered. */
  static String read() {
    try (InputStream in = SdkVersion.class.getResourceAsStream(RESOURCE)) {
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + " of sdk-core", e);
    }
  }

  static String parse(InputStream in) throws IOException {
    if (in == null) {
      return "unknown";
    }
    Properties p = new Properties();
    p.load(in);
    String v = p.getProperty("version", "").trim();
    // an unfiltered copy (an IDE that skips Maven's resource filtering) still holds the placeholder;
    // a header value must not carry "${...}", and "unknown" says honestly that we do not know
    return v.isEmpty() || v.contains("${") ? "unknown" : v;
  }
}
