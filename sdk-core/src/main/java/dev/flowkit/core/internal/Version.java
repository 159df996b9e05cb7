package dev.flowkit.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's version, from a resource Maven fills in at build time. */
public final class Version {
  private static final String VERSION = load();

  private Version() {}

  /** {@code flowkit-java/<version>}. */
  public static String userAgent() {
    return "flowkit-java/" + VERSION;
  }

  private static String load() {
    Properties properties = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/dev/flowkit/core/version.properties")) {
      if (in != null) properties.load(in);
    } catch (IOException ignored) {
      // Fall through to the placeholder below.
    }
    return properties.getProperty("version", "unknown");
  }
}
