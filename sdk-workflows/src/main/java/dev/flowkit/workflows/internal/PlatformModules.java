package dev.flowkit.workflows.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Finds a platform artifact's {@link PlatformModule} by its class name, which each
 * {@code Platform} constant knows: the platforms are a closed set, and a name survives what
 * service files do not (jars merged without merging {@code META-INF/services}, a shrinker that
 * keeps one of several same-named resources). The rule the jar ships keeps that class's name. The
 * SDK's own class loader first, then the thread's context class loader, for containers that load
 * the platform artifacts apart from the SDK.
 */
public final class PlatformModules {
  private static final ConcurrentMap<String, PlatformModule> LOADED = new ConcurrentHashMap<>();

  private PlatformModules() {}

  /**
   * The module of {@code platform}, the class {@code provider} in {@code artifact}.
   *
   * @throws IllegalStateException naming {@code artifact} when it is not on the class path
   */
  public static PlatformModule require(String platform, String artifact, String provider) {
    PlatformModule module = LOADED.get(provider);
    if (module != null) return module;
    Class<?> type = find(provider, PlatformModule.class.getClassLoader());
    if (type == null) type = find(provider, Thread.currentThread().getContextClassLoader());
    if (type == null) {
      throw new IllegalStateException("Platform." + platform + " is in the artifact dev.flowkit:" + artifact
          + ", which is not on the class path; add it beside sdk-workflows, in the same version (or import"
          + " dev.flowkit:sdk-bom)");
    }
    try {
      module = (PlatformModule) type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("dev.flowkit:" + artifact + " could not be loaded (" + e
          + "); keep it in the same version as sdk-workflows", e);
    }
    PlatformModule raced = LOADED.putIfAbsent(provider, module);
    return raced != null ? raced : module;
  }

  private static @Nullable Class<?> find(String name, @Nullable ClassLoader loader) {
    if (loader == null) return null;
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }
}
