package dev.flowkit.server.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Schemaless per-workspace collections for the side surfaces (channels, KV, logs, …). */
public final class SideStore {
  private final Platform platform;
  private final Map<String, Map<String, StoredDoc>> collections = new LinkedHashMap<>();

  public SideStore(Platform platform) {
    this.platform = platform;
  }

  private Map<String, StoredDoc> coll(String name) {
    return collections.computeIfAbsent(name, k -> new LinkedHashMap<>());
  }

  /** Stores a document under a new id (or {@code key} when given) and returns it. */
  public synchronized Map<String, Object> put(Principal p, String collection, String prefix,
      Map<String, Object> body, String key) {
    Instant now = platform.now();
    StoredDoc existing = key == null ? null : coll(collection).get(p.workspaceId + "/" + key);
    String id = existing != null ? existing.id : key != null ? key : platform.id(prefix);
    Map<String, Object> fields = FlowStore.asMap(Json.copy(body));
    fields.put("id", id);
    fields.put("created", Json.time(existing != null ? existing.created : now));
    fields.put("updated", Json.time(now));
    StoredDoc d = new StoredDoc(id, existing != null ? existing.created : now, p.workspaceId, fields);
    coll(collection).put(p.workspaceId + "/" + id, d);
    return d.json();
  }

  public synchronized Map<String, Object> get(Principal p, String collection, String id) {
    StoredDoc d = coll(collection).get(p.workspaceId + "/" + id);
    if (d == null) throw ApiException.notFound("NOT_FOUND", collection, id);
    return d.json();
  }

  public synchronized Map<String, Object> update(Principal p, String collection, String id,
      Map<String, Object> body) {
    StoredDoc d = coll(collection).get(p.workspaceId + "/" + id);
    if (d == null) throw ApiException.notFound("NOT_FOUND", collection, id);
    Map<String, Object> fields = d.fields;
    for (Map.Entry<String, Object> e : body.entrySet()) {
      if (!e.getKey().equals("id") && !e.getKey().equals("created")) fields.put(e.getKey(), Json.copy(e.getValue()));
    }
    fields.put("updated", Json.time(platform.now()));
    return d.json();
  }

  public synchronized void delete(Principal p, String collection, String id) {
    if (coll(collection).remove(p.workspaceId + "/" + id) == null) {
      throw ApiException.notFound("NOT_FOUND", collection, id);
    }
  }

  public synchronized List<StoredDoc> all(Principal p, String collection, String field, String value) {
    List<StoredDoc> out = new ArrayList<>();
    for (StoredDoc d : coll(collection).values()) {
      if (!d.owner.equals(p.workspaceId)) continue;
      if (field != null && value != null && !value.equals(String.valueOf(d.fields.get(field)))) continue;
      out.add(d);
    }
    return out;
  }

  public Map<String, Object> page(Call call, Principal p, String collection, String field, String value) {
    List<StoredDoc> docs = all(p, collection, field, value);
    return Pagination.page(call, docs, StoredDoc::json);
  }
}
