package dev.flowkit.server.fuzz;

import dev.flowkit.server.ReferenceServer;
import dev.flowkit.server.ServerPlatform;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One row of the fuzz table: a spec file, the server that serves it, how to authenticate, and
 * where the ids of a path parameter come from when the path itself does not say.
 */
public final class FuzzTarget {
  /** How the fuzz proves who it is. */
  public enum Auth {
    /** The demo user's session cookie, logged in again whenever a request ends the session. */
    SESSION,
    /** The demo API key as {@code X-API-KEY} (header names are compared without case). */
    API_KEY_HEADER,
    /** The demo API key as {@code Authorization: Bearer}. */
    BEARER
  }

  final String spec;
  final ServerPlatform platform;
  final Auth auth;
  final Supplier<ReferenceServer> server;
  /** Path template prefix ({@code /api/logs/{runId}}) → the list route its ids come from. */
  final Map<String, String> idSources = new LinkedHashMap<>();
  /** Placeholder name ({@code tableId}) → the list route its values come from. */
  final Map<String, String> valueSources = new LinkedHashMap<>();
  /** Path template prefix → fixed ids (for a platform without a list route for them). */
  final Map<String, Function<ReferenceServer, List<String>>> fixedIds = new LinkedHashMap<>();
  /** Security scheme → how to get its credential from the server (e.g. an MCP server's token). */
  final Map<String, String> schemeSources = new LinkedHashMap<>();

  public FuzzTarget(String spec, ServerPlatform platform, Auth auth, Supplier<ReferenceServer> server) {
    this.spec = Objects.requireNonNull(spec);
    this.platform = Objects.requireNonNull(platform);
    this.auth = Objects.requireNonNull(auth);
    this.server = Objects.requireNonNull(server);
  }

  /**
   * Ids for the parameter that ends {@code templatePrefix} come from the list at {@code listPath}.
   * A {@code {name}} in its query ({@code /api/v1/flows?projectId={projectId}}) is a value of that
   * name the server has answered (a flow's {@code projectId}, say); until there is one, the list
   * is not read.
   */
  public FuzzTarget ids(String templatePrefix, String listPath) {
    idSources.put(templatePrefix, listPath);
    return this;
  }

  /** Values for a {@code {name}} in an id source's list path are the ids listed at {@code listPath}. */
  public FuzzTarget values(String name, String listPath) {
    valueSources.put(name, listPath);
    return this;
  }

  /** Ids for the parameter that ends {@code templatePrefix} are these. */
  public FuzzTarget fixedIds(String templatePrefix, Function<ReferenceServer, List<String>> ids) {
    fixedIds.put(templatePrefix, ids);
    return this;
  }

  /**
   * A security scheme whose credential is the {@code token} of the resource at {@code path}
   * ({@code {p}} placeholders take the request's path parameters), read with the fuzz's own login.
   */
  public FuzzTarget tokenScheme(String scheme, String path) {
    schemeSources.put(scheme, path);
    return this;
  }

  public String spec() {
    return spec;
  }

  @Override public String toString() {
    return spec + " as " + platform;
  }
}
