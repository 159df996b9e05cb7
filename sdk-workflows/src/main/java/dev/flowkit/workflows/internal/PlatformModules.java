package dev.flowkit.workflows.internal;

import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The {@link PlatformModule}s on the class path or module path, loaded once: with the
 * SDK's own class loader (the form R8 and ProGuard rewrite on Android), then the thread's
 * context class loader for containers that load the platform artifacts apart from the SDK.
 */
public final class PlatformModules {
  private static volatile @Nullable Map<String, PlatformModule> byPlatform;

  private PlatformModules() {}

  /**
   * The module that speaks {@code platform}.
   *
   * @throws IllegalStateException naming {@code artifact} when it is not on the class path
   */
  public static PlatformModule require(String platform, String artifact) {
    PlatformModule module = all().get(platform);
    if (module != null) return module;
    throw new IllegalStateException("Platform." + platform + " is in the artifact dev.flowkit:" + artifact
        + ", which is not on the class path; add it beside sdk-workflows, in the same version (or import"
        + " dev.flowkit:sdk-bom)");
  }

  private static Map<String, PlatformModule> all() {
    Map<String, PlatformModule> modules = byPlatform;
    if (modules != null) return modules;
    synchronized (PlatformModules.class) {
      if (byPlatform == null) {
        Map<String, PlatformModule> found = new HashMap<>();
        load(ServiceLoader.load(PlatformModule.class, PlatformModule.class.getClassLoader()).iterator(), found);
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null && context != PlatformModule.class.getClassLoader()) {
          load(ServiceLoader.load(PlatformModule.class, context).iterator(), found);
        }
        byPlatform = Collections.unmodifiableMap(found);
      }
      return byPlatform;
    }
  }

  private static void load(Iterator<PlatformModule> providers, Map<String, PlatformModule> found) {
    try {
      while (providers.hasNext()) {
        PlatformModule module = providers.next();
        for (String platform : module.platforms()) {
          if (!found.containsKey(platform)) found.put(platform, module);
        }
      }
    } catch (ServiceConfigurationError e) {
      throw new IllegalStateException("A Flowkit platform artifact could not be loaded: " + e.getMessage(), e);
    }
  }
}
