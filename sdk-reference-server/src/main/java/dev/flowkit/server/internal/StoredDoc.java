package dev.flowkit.server.internal;

import java.time.Instant;
import java.util.Map;

/**
 * One resource of the schemaless stores ({@link ApStore}, {@link SideStore}): its JSON fields, the
 * project or workspace it belongs to, and what a page needs to order it.
 */
final class StoredDoc implements Pagination.Item {
  final String id;
  final Instant created;
  /** The project (Activepieces) or workspace (side surfaces) that owns it. */
  final String owner;
  final Map<String, Object> fields;

  StoredDoc(String id, Instant created, String owner, Map<String, Object> fields) {
    this.id = id;
    this.created = created;
    this.owner = owner;
    this.fields = fields;
  }

  @Override public Instant created() {
    return created;
  }

  @Override public String id() {
    return id;
  }

  /** A copy of its fields, safe to hand out. */
  Map<String, Object> json() {
    return FlowStore.asMap(Json.copy(fields));
  }
}
