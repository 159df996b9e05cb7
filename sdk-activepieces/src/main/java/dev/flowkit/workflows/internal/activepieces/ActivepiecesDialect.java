package dev.flowkit.workflows.internal.activepieces;

import static dev.flowkit.workflows.internal.platform.Dialect.obj;

import dev.flowkit.core.ApiKeyHeader;
import dev.flowkit.workflows.internal.platform.Dialect;
import dev.flowkit.workflows.internal.platform.Endpoint;
import dev.flowkit.workflows.internal.platform.Exchange;
import dev.flowkit.workflows.internal.platform.JsonText;
import dev.flowkit.workflows.internal.platform.Operation;
import dev.flowkit.workflows.internal.platform.Wire;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Activepieces v1, as its server's controllers serve it ({@code flow.controller.ts},
 * {@code flow-run-controller.ts}, {@code folder.controller.ts}, {@code
 * app-connection.controller.ts}, {@code webhook-controller.ts}) and the official Imbrace SDK's
 * {@code workflows} resource calls it: on Activepieces itself under {@code {host}/api/v1/…} with
 * {@code Authorization: Bearer <API key>}; on Imbrace under {@code {gateway}/activepieces/v1/…}
 * with {@code x-api-key} (or an access token), plus the channel service's automations.
 *
 * <p>Lists are {@code {data, next, previous}} with opaque cursors; errors {@code {code,
 * params}}, read as the SDK's {@code errorCode()} and {@code details()}. A flow is edited by
 * operations ({@code POST /v1/flows/{id}}), never replaced; a webhook answers without a run id, so
 * the shared triggers are refused in favour of {@code Activepieces.of(client).triggerWebhook…}.
 */
public final class ActivepiecesDialect {
  private static final String RUN_IDLESS = "Activepieces' webhook answers 200 {} with no run id, so no FlowRun can be"
      + " made from it; call Activepieces.of(client).triggerWebhook(flowId, payload) and find the run with listRuns(…"
      + "flowId(flowId).createdAfter(acceptance.acceptedAt()))";

  private ActivepiecesDialect() {}

  /** Imbrace: {@code {gateway}/activepieces/v1/}, {@code x-api-key}. */
  public static Dialect imbrace() {
    return create("IMBRACE", "activepieces/v1/", ApiKeyHeader.X_API_KEY, true);
  }

  /** Activepieces: {@code {host}/api/v1/}, {@code Authorization: Bearer}. */
  public static Dialect activepieces() {
    return create("ACTIVEPIECES", "api/v1/", ApiKeyHeader.AUTHORIZATION_BEARER, false);
  }

  private static Dialect create(String name, String root, ApiKeyHeader header, boolean imbrace) {
    Endpoint.AnswerMap run = (answer, x) -> run(answer);
    Dialect.Builder b = Dialect.builder(name, root).apiKeyHeader(header).errors(ActivepiecesDialect::error)
        .map(Operation.LIST_FLOWS, Endpoint.get(root + "flows").accepts("projectId"))
        .map(Operation.CREATE_FLOW, Endpoint.post(root + "flows").body(ActivepiecesDialect::createFlow))
        .map(Operation.GET_FLOW, Endpoint.get(root + "flows/{id}"))
        .map(Operation.UPDATE_FLOW, Endpoint.post(root + "flows/{id}").body(ActivepiecesDialect::importFlow))
        .map(Operation.DELETE_FLOW, Endpoint.delete(root + "flows/{id}"))
        .map(Operation.APPLY_FLOW_OPERATION, Endpoint.post(root + "flows/{id}").body(ActivepiecesDialect::operation))
        // The versions list is metadata without the trigger: decoded as it is, unchecked.
        .map(Operation.LIST_VERSIONS, Endpoint.get(root + "flows/{id}/versions").answer((answer, x) -> answer))
        .map(Operation.GET_VERSION, Endpoint.get(root + "flows/{id}")
            .query(x -> obj("versionId", x.param("versionId")))
            .answer((answer, x) -> Wire.objectField(Wire.resource(answer, "an Activepieces flow"), "version",
                "the flow's \"version\"")))
        .refuse(Operation.TRIGGER_FLOW, RUN_IDLESS)
        .refuse(Operation.TRIGGER_FLOW_SYNC, "Activepieces' sync webhook answers what the flow's Return Response step"
            + " returns, not a run; call Activepieces.of(client).triggerWebhookSync(flowId, payload)")
        .refuse(Operation.STREAM_FLOW, "Activepieces streams no run events over HTTP")
        .refuse(Operation.STREAM_RUN, "Activepieces streams no run events over HTTP; poll getRun or waitForRun")

        .map(Operation.LIST_RUNS, Endpoint.get(root + "flow-runs")
            .accepts("projectId", "createdAfter", "createdBefore", "tags")
            .query(ActivepiecesDialect::runQuery)
            .answer((answer, x) -> page(answer, ActivepiecesDialect::run)))
        .map(Operation.GET_RUN, Endpoint.get(root + "flow-runs/{id}").answer(run))
        .map(Operation.LIST_RUN_STEPS, Endpoint.get(root + "flow-runs/{id}").answer((answer, x) -> steps(answer)))
        .refuse(Operation.APPROVE_RUN, "Activepieces resumes a paused run through the URL its step made, not by run id")
        .refuse(Operation.CANCEL_RUN, "Activepieces cancels runs in bulk: Activepieces.of(client).cancelRuns(BulkRunsParams.runs(runId))")
        .refuse(Operation.LATEST_RUNS, "Activepieces has no latest-runs route; listRuns is newest first")

        .map(Operation.LIST_FOLDERS, Endpoint.get(root + "folders").accepts("projectId"))
        .map(Operation.CREATE_FOLDER, Endpoint.post(root + "folders").body(x -> folder(x, true)))
        .map(Operation.GET_FOLDER, Endpoint.get(root + "folders/{id}"))
        .map(Operation.UPDATE_FOLDER, Endpoint.post(root + "folders/{id}").body(x -> folder(x, false)))
        .map(Operation.DELETE_FOLDER, Endpoint.delete(root + "folders/{id}"))

        .map(Operation.LIST_CONNECTIONS, Endpoint.get(root + "app-connections").accepts("projectId")
            .answer((answer, x) -> page(answer, ActivepiecesDialect::connection)))
        .map(Operation.UPSERT_CONNECTION, Endpoint.post(root + "app-connections").body(ActivepiecesDialect::upsert)
            .answer((answer, x) -> connection(answer)))
        .map(Operation.DELETE_CONNECTION, Endpoint.delete(root + "app-connections/{id}"))

        .map(Operation.LIST_MCP_SERVERS, Endpoint.get(root + "mcp-servers").accepts("projectId")
            .answer((answer, x) -> page(answer, ActivepiecesDialect::mcpServer)))
        .map(Operation.CREATE_MCP_SERVER, Endpoint.post(root + "mcp-servers").body(ActivepiecesDialect::mcpServer)
            .answer((answer, x) -> mcpServer(answer)))
        .map(Operation.GET_MCP_SERVER, Endpoint.get(root + "mcp-servers/{id}").answer((answer, x) -> mcpServer(answer)))
        .map(Operation.DELETE_MCP_SERVER, Endpoint.delete(root + "mcp-servers/{id}"))
        .map(Operation.ROTATE_MCP_TOKEN, Endpoint.post(root + "mcp-servers/{id}/rotate").body(x -> JsonText.NONE)
            .answer((answer, x) -> mcpServer(answer)))

        .map(Operation.AP_APPLY_FLOW_OPERATION, Endpoint.post(root + "flows/{id}"))
        .map(Operation.AP_TRIGGER_WEBHOOK, Endpoint.post(root + "webhooks/{id}"))
        .map(Operation.AP_TRIGGER_WEBHOOK_SYNC, Endpoint.post(root + "webhooks/{id}/sync"))
        .map(Operation.AP_TRIGGER_DRAFT_WEBHOOK, Endpoint.post(root + "webhooks/{id}/draft"))
        .map(Operation.AP_TRIGGER_DRAFT_WEBHOOK_SYNC, Endpoint.post(root + "webhooks/{id}/draft/sync"))
        .map(Operation.AP_RETRY_RUN, Endpoint.post(root + "flow-runs/{id}/retry").answer(run))
        .map(Operation.AP_RETRY_RUNS, Endpoint.post(root + "flow-runs/retry").answer((answer, x) -> runs(answer)))
        .map(Operation.AP_CANCEL_RUNS, Endpoint.post(root + "flow-runs/cancel"))
        .map(Operation.AP_ARCHIVE_RUNS, Endpoint.post(root + "flow-runs/archive"))
        .map(Operation.AP_LIST_TABLES, Endpoint.get(root + "tables").accepts("projectId"))
        .map(Operation.AP_GET_TABLE, Endpoint.get(root + "tables/{id}"))
        .map(Operation.AP_CREATE_TABLE, Endpoint.post(root + "tables"))
        .map(Operation.AP_DELETE_TABLE, Endpoint.delete(root + "tables/{id}"))
        .map(Operation.AP_LIST_FIELDS, Endpoint.get(root + "fields"))
        .map(Operation.AP_GET_FIELD, Endpoint.get(root + "fields/{id}"))
        .map(Operation.AP_CREATE_FIELD, Endpoint.post(root + "fields"))
        .map(Operation.AP_RENAME_FIELD, Endpoint.post(root + "fields/{id}"))
        .map(Operation.AP_DELETE_FIELD, Endpoint.delete(root + "fields/{id}"))
        .map(Operation.AP_LIST_RECORDS, Endpoint.get(root + "records"))
        .map(Operation.AP_GET_RECORD, Endpoint.get(root + "records/{id}"))
        .map(Operation.AP_CREATE_RECORDS, Endpoint.post(root + "records"))
        .map(Operation.AP_UPDATE_RECORD, Endpoint.post(root + "records/{id}"))
        .map(Operation.AP_DELETE_RECORDS, Endpoint.delete(root + "records"))
        .map(Operation.AP_LIST_PIECES, Endpoint.get(root + "pieces"))
        .map(Operation.AP_GET_PIECE, Endpoint.get(root + "pieces/{name*}"))
        .map(Operation.AP_PIECE_OPTIONS, Endpoint.post(root + "pieces/options"))
        .map(Operation.AP_TRIGGER_RUN_STATUS, Endpoint.get(root + "trigger-runs/status"))
        .map(Operation.AP_TEST_TRIGGER, Endpoint.post(root + "test-trigger"))
        .map(Operation.AP_LIST_INVITATIONS, Endpoint.get(root + "user-invitations").accepts("projectId"))
        .map(Operation.AP_DELETE_INVITATION, Endpoint.delete(root + "user-invitations/{id}"));
    for (Operation auth : new Operation[] {Operation.LOGIN, Operation.GET_SESSION, Operation.LOGOUT,
        Operation.CREATE_API_KEY, Operation.LIST_API_KEYS, Operation.REVOKE_API_KEY}) {
      b.refuse(auth, name + " authenticates every call with an API key"
          + (imbrace ? " or an access token (accessToken(token, organizationId))" : "") + ", without a session");
    }
    if (imbrace) {
      // The official Imbrace SDK calls these; Activepieces' own public controllers have no such routes.
      b.map(Operation.GET_CONNECTION, Endpoint.get(root + "app-connections/{id}").answer((answer, x) -> connection(answer)))
          .map(Operation.AP_LIST_CHANNEL_AUTOMATIONS, Endpoint.get("channel-service/v1/workflows/channel_automation"));
    } else {
      b.refuse(Operation.GET_CONNECTION, "Activepieces' app-connection routes read connections by list, not by id;"
          + " listConnections with a filter")
          .refuse(Operation.AP_LIST_CHANNEL_AUTOMATIONS, "channel automations are Imbrace's channel service");
    }
    return b.build();
  }

  // ---- errors ----

  /**
   * Activepieces' {@code {code, params}} (and Fastify's own {@code {statusCode, code, error,
   * message}}) as the SDK's error: the code as {@code errorCode()}, the params as {@code
   * details()}, a message from {@code params.message} or from the code and params. A webhook's
   * empty {@code {}} (404 disabled flow, 410 no such flow) gets a message of its own.
   */
  static @Nullable Map<String, Object> error(int status, @Nullable Object body) {
    if (!(body instanceof Map)) return null;
    Map<?, ?> json = (Map<?, ?>) body;
    Object code = json.get("code");
    Object params = json.get("params");
    Object message = json.get("message");
    if (json.isEmpty()) {
      String why = status == 404 ? "the flow is not enabled (Activepieces' webhook answers 404 {})"
          : status == 410 ? "no flow has this id (Activepieces' webhook answers 410 {})" : "empty error body {}";
      return Wire.error(status, null, why);
    }
    if (!(code instanceof String)) return Wire.error(status, null, message instanceof String ? (String) message : null);
    if (!(message instanceof String) && params instanceof Map) message = ((Map<?, ?>) params).get("message");
    if (!(message instanceof String)) {
      message = code + (params instanceof Map && !((Map<?, ?>) params).isEmpty() ? " " + Wire.json(params, 0) : "");
    }
    Map<String, Object> out = Wire.error(status, (String) code, (String) message);
    if (params instanceof Map) out.put("details", params);
    return out;
  }

  // ---- requests ----

  private static Object createFlow(Exchange x) {
    if (x.field("trigger") != null) {
      throw x.unsupported("a trigger (Activepieces creates a flow with an empty trigger: set it with"
          + " applyFlowOperation(FlowOperation.updateTrigger(…)) or Activepieces.of(client).applyFlowOperation(…))");
    }
    return Wire.compact(obj("displayName", x.field("displayName"), "projectId", x.field("projectId"),
        "folderId", x.field("folderId")));
  }

  /** {@code updateFlow} is Activepieces' IMPORT_FLOW: the draft's name and whole step tree. */
  private static Object importFlow(Exchange x) {
    if (x.field("folderId") != null) throw x.unsupported("folderId (use FlowOperation.changeFolder)");
    return new JsonText(Wire.json(obj("type", "IMPORT_FLOW", "request", obj("displayName", x.field("displayName"),
        "trigger", x.field("trigger"), "schemaVersion", null, "notes", null)), 2));
  }

  /** The SDK's operations in Activepieces' request shapes (a list of names to delete, an import's schema version). */
  @SuppressWarnings("unchecked")
  private static Object operation(Exchange x) {
    Map<String, Object> body = new LinkedHashMap<>(Wire.object(x.bodyJson(), "an operation"));
    Map<String, Object> request = new LinkedHashMap<>((Map<String, Object>) body.get("request"));
    String type = String.valueOf(body.get("type"));
    if (type.equals("DELETE_ACTION")) {
      List<Object> names = new ArrayList<>();
      names.add(request.remove("name"));
      request.put("names", names);
    } else if (type.equals("IMPORT_FLOW")) {
      request.put("schemaVersion", null);
      request.put("notes", null);
    }
    body.put("request", request);
    return new JsonText(Wire.json(body, 2));
  }

  private static Object folder(Exchange x, boolean create) {
    if (x.field("displayOrder") != null) throw x.unsupported("displayOrder (Activepieces orders folders itself)");
    return create ? Wire.compact(obj("displayName", x.field("displayName"), "projectId", x.field("projectId")))
        : Wire.compact(obj("displayName", x.field("displayName")));
  }

  /** The upsert body, its {@code value} tagged with the connection type as Activepieces' schema requires. */
  private static Object upsert(Exchange x) {
    Object type = x.field("type");
    Object raw = x.field("value");
    Map<String, Object> fields = raw instanceof Map ? Wire.object(raw, "a value") : new LinkedHashMap<String, Object>();
    Map<String, Object> value = obj("type", type);
    if (String.valueOf(type).endsWith("OAUTH2") && fields.containsKey("access_token")) {
      throw x.unsupported("ConnectionValue.oauth2(…) (Activepieces' OAuth2 upsert takes the authorization code: "
          + "ConnectionValue.custom with client_id, client_secret, redirect_url, code and scope)");
    }
    if ("CUSTOM_AUTH".equals(type) && !fields.containsKey("props")) {
      value.put("props", fields);
    } else {
      value.putAll(fields);
    }
    return Wire.compact(obj("externalId", x.field("externalId"), "displayName", x.field("displayName"),
        "pieceName", x.field("pieceName"), "projectId", x.field("projectId"), "type", type, "value", value));
  }

  private static Object mcpServer(Exchange x) {
    Object tools = x.field("tools");
    if (tools instanceof List && !((List<?>) tools).isEmpty()) {
      throw x.unsupported("tools on create (Activepieces adds a flow as a tool from the flow's MCP trigger)");
    }
    return Wire.compact(obj("projectId", x.field("projectId"), "name", x.field("name")));
  }

  /** The run filters, {@code tags} spread as a repeated parameter. */
  private static Map<String, Object> runQuery(Exchange x) {
    Map<String, Object> query = new LinkedHashMap<>(x.query);
    String tags = x.query.get("tags");
    if (tags != null) {
      try {
        query.put("tags", dev.flowkit.core.internal.FlowJson.moshi().adapter(Object.class).fromJson(tags));
      } catch (java.io.IOException e) {
        throw new IllegalStateException("the SDK wrote malformed tags: " + tags, e);
      }
    }
    return query;
  }

  // ---- answers ----

  private static Map<String, Object> page(@Nullable Object answer, java.util.function.Function<Object, Object> item) {
    Map<String, Object> json = new LinkedHashMap<>(Wire.object(answer, "an Activepieces page {data, next, previous}"));
    json.put("data", Wire.each(Wire.array(json.get("data"), "an Activepieces page {data:[…]}"), item));
    return json;
  }

  private static List<Object> runs(@Nullable Object answer) {
    List<Object> out = new ArrayList<>();
    for (Object r : Wire.array(answer, "a list of runs")) {
      if (r != null) out.add(run(r)); // Activepieces answers null for a run it could not retry
    }
    return out;
  }

  /**
   * A run with the SDK's names for what Activepieces reports: {@code flowName} from {@code
   * flowVersion.displayName}, {@code error} from {@code failedStep} and its step's {@code
   * errorMessage}, each step's {@code durationMs} from its {@code duration}.
   */
  static Map<String, Object> run(@Nullable Object value) {
    Map<String, Object> r = new LinkedHashMap<>(Wire.resource(value, "an Activepieces flow run"));
    Object version = r.get("flowVersion");
    if (version instanceof Map && ((Map<?, ?>) version).get("displayName") instanceof String) {
      r.put("flowName", ((Map<?, ?>) version).get("displayName"));
    }
    Object steps = r.get("steps");
    Map<String, Object> mapped = new LinkedHashMap<>();
    if (steps instanceof Map) {
      for (Map.Entry<?, ?> e : ((Map<?, ?>) steps).entrySet()) mapped.put(String.valueOf(e.getKey()), step(e.getValue()));
      r.put("steps", mapped);
    }
    Object failed = r.get("failedStep");
    if (failed instanceof Map && ((Map<?, ?>) failed).get("name") instanceof String) {
      String name = (String) ((Map<?, ?>) failed).get("name");
      Object step = mapped.get(name);
      Object message = step instanceof Map ? ((Map<?, ?>) step).get("errorMessage") : null;
      r.put("error", obj("message", message instanceof String ? message : "step " + name + " failed", "step", name));
    }
    return r;
  }

  private static Object step(@Nullable Object value) {
    if (!(value instanceof Map)) return value;
    Map<String, Object> s = new LinkedHashMap<>(Wire.object(value, "a step output"));
    if (s.get("duration") instanceof Number) s.put("durationMs", Wire.whole(s.get("duration")));
    return s;
  }

  /** The steps of a run ({@code steps} only comes with one run) as the SDK's list, in run order. */
  private static Map<String, Object> steps(@Nullable Object answer) {
    Object steps = run(answer).get("steps");
    List<Object> out = new ArrayList<>();
    if (steps instanceof Map) {
      for (Map.Entry<?, ?> e : ((Map<?, ?>) steps).entrySet()) {
        Map<String, Object> s = obj("name", e.getKey());
        if (e.getValue() instanceof Map) s.putAll(Wire.object(e.getValue(), "a step output"));
        out.add(s);
      }
    }
    return Wire.onePage(out);
  }

  /** A connection with its first project as {@code projectId} (Activepieces lists {@code projectIds}). */
  private static Map<String, Object> connection(@Nullable Object value) {
    Map<String, Object> c = new LinkedHashMap<>(Wire.resource(value, "an Activepieces app connection"));
    Object ids = c.get("projectIds");
    if (c.get("projectId") == null && ids instanceof List && !((List<?>) ids).isEmpty()) {
      c.put("projectId", ((List<?>) ids).get(0));
    }
    return c;
  }

  /** An MCP server with its flow tools as the SDK's {@code {name, flowId}}. */
  private static Map<String, Object> mcpServer(@Nullable Object value) {
    Map<String, Object> m = new LinkedHashMap<>(Wire.resource(value, "an Activepieces MCP server"));
    Object tools = m.get("tools");
    List<Object> mapped = new ArrayList<>();
    if (tools instanceof List) {
      for (Object t : (List<?>) tools) {
        if (t instanceof Map && ((Map<?, ?>) t).get("flowId") != null) {
          Map<?, ?> tool = (Map<?, ?>) t;
          mapped.add(obj("name", tool.get("toolName"), "flowId", tool.get("flowId")));
        }
      }
    }
    m.put("tools", mapped);
    return m;
  }
}
