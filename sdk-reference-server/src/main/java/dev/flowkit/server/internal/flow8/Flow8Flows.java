package dev.flowkit.server.internal.flow8;

import dev.flowkit.server.internal.ApiException;
import dev.flowkit.server.internal.Body;
import dev.flowkit.server.internal.Json;
import dev.flowkit.server.internal.Platform;
import dev.flowkit.server.internal.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * flow8's flows and their flowlets (its "Flows &amp; Groups API", "Building Flows" and "Flowlets"
 * pages): {@code {id, name, enabled, category, groupId, permanentId, version, createdAt,
 * updatedAt, layers}} and {@code {id, flowId, name, ref, appId, index, args, timeout, retry,
 * filters, needsApproval, componentConfigIds}}. Every change to a flow or its flowlets raises its
 * {@code version}. Thread-safe.
 */
public final class Flow8Flows {
  /** Flow fields a client may set. */
  private static final String[] FLOW_FIELDS = {"name", "enabled", "category", "groupId"};
  /** Flowlet fields a client may set. */
  private static final String[] FLOWLET_FIELDS = {"name", "ref", "appId", "index", "args", "timeout",
      "retry", "filters", "needsApproval", "componentConfigIds"};

  private final Platform platform;
  private final Map<String, Map<String, Object>> flows = new LinkedHashMap<>();
  private final Map<String, String> workspaceOf = new LinkedHashMap<>();

  public Flow8Flows(Platform platform) {
    this.platform = platform;
  }

  /** Flows of the caller's workspace, oldest first, filtered by {@code category} and {@code enabled}. */
  public synchronized List<Map<String, Object>> list(Principal p, @Nullable String category, @Nullable Boolean enabled) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, Object>> e : flows.entrySet()) {
      Map<String, Object> f = e.getValue();
      if (!p.workspaceId.equals(workspaceOf.get(e.getKey()))) continue;
      if (category != null && !category.equals(f.get("category"))) continue;
      if (enabled != null && !enabled.equals(f.get("enabled"))) continue;
      out.add(render(f));
    }
    return out;
  }

  /** {@code POST /api/flows}: {@code {name, enabled?, category?, groupId?}}. */
  public synchronized Map<String, Object> create(Principal p, Body b) {
    Flow8Bodies.only(b, "a flow", FLOW_FIELDS);
    String name = b.requiredString("name");
    boolean enabled = b.bool("enabled", true);
    String category = b.string("category");
    String groupId = b.string("groupId");
    String id = platform.id("flow");
    String now = Json.time(platform.now());
    Map<String, Object> f = Json.obj("id", id, "name", name, "enabled", enabled, "category", category,
        "groupId", groupId, "permanentId", permanentId(p, name), "version", 1L, "createdAt", now,
        "updatedAt", now, "layers", new ArrayList<Object>());
    flows.put(id, f);
    workspaceOf.put(id, p.workspaceId);
    return render(f);
  }

  /** One flow with its flowlets, ordered by index. */
  public synchronized Map<String, Object> get(Principal p, String id) {
    return render(flow(p, id));
  }

  /** {@code PUT /api/flows/{id}}: any of {@code name, enabled, category, groupId}. */
  public synchronized Map<String, Object> update(Principal p, String id, Body b) {
    Map<String, Object> f = flow(p, id);
    Flow8Bodies.only(b, "a flow", FLOW_FIELDS);
    String name = b.has("name") ? b.requiredString("name") : null;
    boolean enabled = b.bool("enabled", Boolean.TRUE.equals(f.get("enabled")));
    String category = b.nullableString("category");
    String groupId = b.nullableString("groupId");
    if (name != null) f.put("name", name);
    f.put("enabled", enabled);
    if (b.has("category")) f.put("category", category);
    if (b.has("groupId")) f.put("groupId", groupId);
    touch(f);
    return render(f);
  }

  public synchronized void delete(Principal p, String id) {
    flow(p, id);
    flows.remove(id);
    workspaceOf.remove(id);
  }

  /** Clears {@code groupId} from the flows of a deleted group. */
  public synchronized void ungroup(Principal p, String groupId) {
    for (Map.Entry<String, Map<String, Object>> e : flows.entrySet()) {
      if (p.workspaceId.equals(workspaceOf.get(e.getKey())) && groupId.equals(e.getValue().get("groupId"))) {
        e.getValue().put("groupId", null);
      }
    }
  }

  // ---- flowlets ----

  /** The flow's flowlets ordered by index, then by when they were added. */
  public synchronized List<Map<String, Object>> flowlets(Principal p, String flowId) {
    return ordered(flow(p, flowId));
  }

  /** {@code POST /api/flows/{id}/layers}. */
  @SuppressWarnings("unchecked")
  public synchronized Map<String, Object> addFlowlet(Principal p, String flowId, Body b) {
    Map<String, Object> f = flow(p, flowId);
    Map<String, Object> l = Json.obj("id", platform.id("layer"), "flowId", flowId, "name", null,
        "ref", null, "appId", null, "index", 0L, "args", new LinkedHashMap<>(), "timeout", null,
        "retry", null, "filters", new ArrayList<>(), "needsApproval", false);
    apply(l, b, true);
    checkRef(f, l);
    ((List<Object>) f.get("layers")).add(l);
    touch(f);
    return copy(l);
  }

  /** {@code PUT /api/flows/{id}/layers/{layerId}}: the fields given replace the flowlet's. */
  @SuppressWarnings("unchecked")
  public synchronized Map<String, Object> updateFlowlet(Principal p, String flowId, String layerId, Body b) {
    Map<String, Object> f = flow(p, flowId);
    Map<String, Object> l = flowlet(f, layerId);
    Map<String, Object> changed = new LinkedHashMap<>(l);
    apply(changed, b, false);
    checkRef(f, changed);
    l.putAll(changed);
    touch(f);
    return copy(l);
  }

  @SuppressWarnings("unchecked")
  public synchronized void deleteFlowlet(Principal p, String flowId, String layerId) {
    Map<String, Object> f = flow(p, flowId);
    ((List<Object>) f.get("layers")).remove(flowlet(f, layerId));
    touch(f);
  }

  /** A copy of the flow (with its ordered flowlets) to run, and its workspace. */
  public synchronized Map<String, Object> snapshot(Principal p, String flowId) {
    return render(flow(p, flowId));
  }

  /** The flow by id in any workspace (for schedules), or null. */
  synchronized @Nullable Map<String, Object> find(String flowId) {
    Map<String, Object> f = flows.get(flowId);
    return f == null ? null : render(f);
  }

  // ---- helpers ----

  @SuppressWarnings("unchecked")
  static Map<String, Object> copy(Map<String, Object> json) {
    return (Map<String, Object>) Json.copy(json);
  }

  private Map<String, Object> flow(Principal p, String id) {
    Map<String, Object> f = flows.get(id);
    if (f == null || !p.workspaceId.equals(workspaceOf.get(id))) {
      throw ApiException.notFound("FLOW_NOT_FOUND", "Flow", id);
    }
    return f;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> flowlet(Map<String, Object> f, String layerId) {
    for (Object o : (List<Object>) f.get("layers")) {
      Map<String, Object> l = (Map<String, Object>) o;
      if (layerId.equals(l.get("id"))) return l;
    }
    throw ApiException.notFound("LAYER_NOT_FOUND", "Flowlet", layerId);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> ordered(Map<String, Object> f) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object o : (List<Object>) f.get("layers")) out.add((Map<String, Object>) Json.copy(o));
    out.sort(Comparator.comparingLong(l -> (Long) l.get("index")));
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> render(Map<String, Object> f) {
    Map<String, Object> out = (Map<String, Object>) Json.copy(f);
    out.put("layers", ordered(f));
    return out;
  }

  private void touch(Map<String, Object> f) {
    f.put("version", (Long) f.get("version") + 1);
    f.put("updatedAt", Json.time(platform.now()));
  }

  /** A stable slug of the name, unique in the workspace. */
  private String permanentId(Principal p, String name) {
    String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    if (base.isEmpty()) base = "flow";
    String candidate = base;
    for (int n = 2; taken(p, candidate); n++) candidate = base + "-" + n;
    return candidate;
  }

  private boolean taken(Principal p, String permanentId) {
    for (Map.Entry<String, Map<String, Object>> e : flows.entrySet()) {
      if (p.workspaceId.equals(workspaceOf.get(e.getKey())) && permanentId.equals(e.getValue().get("permanentId"))) {
        return true;
      }
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  private static void checkRef(Map<String, Object> f, Map<String, Object> l) {
    for (Object o : (List<Object>) f.get("layers")) {
      Map<String, Object> other = (Map<String, Object>) o;
      if (!other.get("id").equals(l.get("id")) && l.get("ref").equals(other.get("ref"))) {
        throw new ApiException(409, "CONFLICT", "Flow " + f.get("id") + " already has a flowlet with ref '"
            + l.get("ref") + "'", Json.obj("field", "ref", "reason", "must be unique within the flow"), null, -1);
      }
    }
  }

  /** Validates and copies the flowlet fields in {@code b}; {@code create} requires ref and appId. */
  private static void apply(Map<String, Object> l, Body b, boolean create) {
    Flow8Bodies.only(b, "a flowlet", FLOWLET_FIELDS);
    if (create || b.has("ref")) l.put("ref", b.requiredString("ref"));
    if (create || b.has("appId")) l.put("appId", b.requiredString("appId"));
    if (b.has("name")) l.put("name", b.nullableString("name"));
    if (b.has("index")) l.put("index", b.integer("index", 0, 0, 10_000));
    if (b.has("args")) {
      Map<String, Object> args = b.nullableObject("args");
      l.put("args", args == null ? new LinkedHashMap<>() : Json.copy(args));
    }
    if (b.has("timeout")) l.put("timeout", b.raw().get("timeout") == null ? null : b.integer("timeout", 0, 1, 86_400));
    if (b.has("needsApproval")) l.put("needsApproval", b.bool("needsApproval", false));
    if (b.has("componentConfigIds")) l.put("componentConfigIds", componentConfigIds(b.nullableObject("componentConfigIds")));
    if (b.has("retry")) l.put("retry", b.raw().get("retry") == null ? null : retry(b.nested("retry")));
    if (b.has("filters")) l.put("filters", filters(b.raw().get("filters")));
  }

  /** {@code {component: configId}}: which configured component a module uses (all strings). */
  private static @Nullable Object componentConfigIds(@Nullable Map<String, Object> ids) {
    if (ids == null) return null;
    for (Map.Entry<String, Object> e : ids.entrySet()) {
      if (!(e.getValue() instanceof String)) {
        throw ApiException.field("componentConfigIds." + e.getKey(), "must be a string (a component config id)");
      }
    }
    return Json.copy(ids);
  }

  private static Map<String, Object> retry(Body r) {
    Flow8Bodies.only(r.raw(), "retry.", "a retry policy", "count", "delayMs", "backoffMultiplier", "jitter");
    Object multiplier = r.raw().get("backoffMultiplier");
    if (multiplier != null && (!(multiplier instanceof Number) || ((Number) multiplier).doubleValue() < 1)) {
      throw ApiException.field("retry.backoffMultiplier", "must be a number of at least 1");
    }
    Map<String, Object> out = Json.obj("count", r.integer("count", 0, 0, 10),
        "delayMs", r.integer("delayMs", 0, 0, 600_000),
        "backoffMultiplier", multiplier == null ? 1L : multiplier);
    if (r.raw().containsKey("jitter")) out.put("jitter", r.bool("jitter", false));
    return out;
  }

  static final List<String> OPERATORS = List.of("eq", "neq", "gt", "gte", "lt", "lte", "contains",
      "not_contains", "is_empty", "not_empty", "regex");

  @SuppressWarnings("unchecked")
  private static List<Object> filters(@Nullable Object raw) {
    if (raw == null) return new ArrayList<>();
    if (!(raw instanceof List)) throw ApiException.field("filters", "must be an array");
    List<Object> out = new ArrayList<>();
    int i = 0;
    for (Object o : (List<Object>) raw) {
      String field = "filters[" + i++ + "]";
      if (!(o instanceof Map)) throw ApiException.field(field, "must be an object");
      Body f = new Body((Map<String, Object>) o, field + ".");
      Flow8Bodies.only(f.raw(), field + ".", "a filter", "leftValue", "operator", "rightValue", "cast", "mode");
      String operator = f.requiredString("operator");
      if (!OPERATORS.contains(operator)) {
        throw ApiException.field(field + ".operator", "must be one of " + OPERATORS);
      }
      f.oneOf("cast", "string", "number", "boolean");
      f.oneOf("mode", "and", "or");
      out.add(Json.copy(o));
    }
    return out;
  }
}
