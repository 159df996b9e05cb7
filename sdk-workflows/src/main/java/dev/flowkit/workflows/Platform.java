package dev.flowkit.workflows;

import dev.flowkit.workflows.internal.PlatformModule;
import dev.flowkit.workflows.internal.PlatformModules;
import dev.flowkit.workflows.internal.platform.Dialect;
import dev.flowkit.workflows.internal.platform.FlowAiDialect;
import dev.flowkit.workflows.internal.platform.FlowkitDialect;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The platform a {@link FlowClient} talks to. The facade and the models stay the same; the
 * platform decides each call's method and path, list and paging style, field names and value
 * spellings, error body, API-key header, and which calls exist at all. A call the platform lacks
 * throws {@link UnsupportedOperationException} naming both, before any request.
 *
 * <p>{@link #FLOWKIT} and {@link #FLOWAI} are in sdk-workflows. Each other platform is in an
 * artifact of its own, with its native calls: {@code dev.flowkit:sdk-iaiflow} ({@link #IAI_FLOW},
 * {@code IaiFlow.of(client)}), {@code dev.flowkit:sdk-activepieces} ({@link #IMBRACE} and {@link
 * #ACTIVEPIECES}, {@code Activepieces.of(client)}) and {@code dev.flowkit:sdk-flow8} ({@link
 * #FLOW8}, {@code Flow8.of(client)}); building a client for a platform whose artifact is missing
 * throws {@link IllegalStateException} naming the artifact.
 *
 * <pre>{@code
 * FlowClient client = FlowClient.builder()
 *     .platform(Platform.IAI_FLOW)
 *     .baseUrl("https://api.flow.iai.one")
 *     .credentials(email, password)
 *     .build();
 * }</pre>
 */
public enum Platform {
  /** The Flowkit contract: every call, cursor pages, the contract's shapes. The default. */
  FLOWKIT(null, null) {
    @Override Dialect createDialect() {
      return FlowkitDialect.create();
    }
  },
  /**
   * IAI Flow: session login, {@code {"items":[…]}} lists without paging, snake_case runs with
   * lower-case statuses, {@code /api/workflows/{id}}; no API keys, folders, connections, MCP
   * servers, versions, streams, approve or cancel.
   */
  IAI_FLOW("sdk-iaiflow", "dev.flowkit.workflows.internal.iaiflow.IaiFlowModule"),
  /**
   * FlowAI: {@code X-API-KEY}; {@code triggerFlowSync} ({@code {output, total_time}}) and
   * {@code streamFlow} on {@code /v1/api/workflow/run/{id}}, nothing else.
   */
  FLOWAI(null, null) {
    @Override Dialect createDialect() {
      return FlowAiDialect.create();
    }
  },
  /**
   * Imbrace, whose workflow engine is Activepieces: the base URL is the Imbrace gateway (such as
   * {@code https://app-gatewayv2.imbrace.co}; the SDK adds {@code /activepieces/v1/}), with
   * {@code x-api-key} ({@code apiKey(…)}) or an access token ({@code accessToken(token,
   * organizationId)}). Activepieces' shapes, plus {@code Activepieces.of(client)}; no login, no
   * shared triggers (a webhook names no run), no event streams, approve or single cancel.
   */
  IMBRACE("sdk-activepieces", "dev.flowkit.workflows.internal.activepieces.ActivepiecesModule"),
  /**
   * Activepieces itself, cloud or self-hosted: {@code {host}/api/v1/} with {@code Authorization:
   * Bearer <API key>}; as {@link #IMBRACE} without the channel automations and the connection
   * read by id.
   */
  ACTIVEPIECES("sdk-activepieces", "dev.flowkit.workflows.internal.activepieces.ActivepiecesModule"),
  /**
   * flow8: {@code ?page=&size=} lists with totals, runs as plays, {@code /api/auth/me}; no
   * streams (flow8 uses a WebSocket), versions, flow operations, folders, connections or MCP
   * servers.
   */
  FLOW8("sdk-flow8", "dev.flowkit.workflows.internal.flow8.Flow8Module");

  private final @Nullable String artifact;
  private final @Nullable String provider;

  Platform(@Nullable String artifact, @Nullable String provider) {
    this.artifact = artifact;
    this.provider = provider;
  }

  // Dialects are immutable: one per platform serves every client, derived ones included.
  private volatile @Nullable Dialect dialect;

  /** The platform's dialect, made on first use. */
  Dialect dialect() {
    Dialect d = dialect;
    if (d == null) dialect = d = createDialect();
    return d;
  }

  /** sdk-workflows' own dialect, or the platform module's. */
  Dialect createDialect() {
    PlatformModule module = module();
    if (module == null) throw new AssertionError(this + " overrides createDialect()");
    return module.dialect(name());
  }

  /** The module of a platform in its own artifact; null for the platforms sdk-workflows speaks. */
  @Nullable PlatformModule module() {
    return artifact == null || provider == null ? null : PlatformModules.require(name(), artifact, provider);
  }

  /**
   * The names of the SDK methods this platform supports, such as {@code listFlows} and
   * {@code triggerFlowSync} ({@code login}, {@code getSession} and {@code logout} stand for
   * {@link AuthService}'s calls).
   *
   * @throws IllegalStateException if the platform's artifact is not on the class path
   */
  public Set<String> supportedCalls() {
    return dialect().supportedCalls();
  }
}
