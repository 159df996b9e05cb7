package dev.flowkit.workflows;

import dev.flowkit.workflows.internal.platform.ActivepiecesDialect;
import dev.flowkit.workflows.internal.platform.Dialect;
import dev.flowkit.workflows.internal.platform.Flow8Dialect;
import dev.flowkit.workflows.internal.platform.FlowAiDialect;
import dev.flowkit.workflows.internal.platform.FlowkitDialect;
import dev.flowkit.workflows.internal.platform.IaiFlowDialect;
import java.util.Set;

/**
 * The platform a {@link FlowClient} talks to. The facade and the models stay the same; the
 * platform decides each call's method and path, list and paging style, field names and value
 * spellings, error body, API-key header, and which calls exist at all. A call the platform lacks
 * throws {@link UnsupportedOperationException} naming both, before any request.
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
  FLOWKIT {
    @Override Dialect dialect() {
      return FlowkitDialect.create();
    }
  },
  /**
   * IAI Flow: session login, {@code {"items":[…]}} lists without paging, snake_case runs with
   * lower-case statuses, {@code /api/workflows/{id}}; no API keys, folders, connections, MCP
   * servers, versions, streams, approve or cancel.
   */
  IAI_FLOW {
    @Override Dialect dialect() {
      return IaiFlowDialect.create();
    }
  },
  /**
   * FlowAI: {@code X-API-KEY}; {@code triggerFlowSync} ({@code {output, total_time}}) and
   * {@code streamFlow} on {@code /v1/api/workflow/run/{id}}, nothing else.
   */
  FLOWAI {
    @Override Dialect dialect() {
      return FlowAiDialect.create();
    }
  },
  /**
   * Imbrace, whose workflow engine is Activepieces: the base URL is the Imbrace gateway (such as
   * {@code https://app-gatewayv2.imbrace.co}; the SDK adds {@code /activepieces/v1/}), with
   * {@code x-api-key} ({@code apiKey(…)}) or an access token ({@code accessToken(token,
   * organizationId)}). Activepieces' shapes, plus {@code client.activepieces()}; no login, no
   * shared triggers (a webhook names no run), no event streams, approve or single cancel.
   */
  IMBRACE {
    @Override Dialect dialect() {
      return ActivepiecesDialect.imbrace();
    }
  },
  /**
   * Activepieces itself, cloud or self-hosted: {@code {host}/api/v1/} with {@code Authorization:
   * Bearer <API key>}; as {@link #IMBRACE} without the channel automations and the connection
   * read by id.
   */
  ACTIVEPIECES {
    @Override Dialect dialect() {
      return ActivepiecesDialect.activepieces();
    }
  },
  /**
   * flow8: {@code ?page=&size=} lists with totals, runs as plays, {@code /api/auth/me}; no
   * streams (flow8 uses a WebSocket), versions, flow operations, folders, connections or MCP
   * servers.
   */
  FLOW8 {
    @Override Dialect dialect() {
      return Flow8Dialect.create();
    }
  };

  abstract Dialect dialect();

  /**
   * The names of the SDK methods this platform supports, such as {@code listFlows} and
   * {@code triggerFlowSync} ({@code login}, {@code getSession} and {@code logout} stand for
   * {@link AuthService}'s calls).
   */
  public Set<String> supportedCalls() {
    return dialect().supportedCalls();
  }
}
