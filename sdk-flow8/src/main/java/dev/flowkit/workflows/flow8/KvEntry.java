package dev.flowkit.workflows.flow8;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A KV store entry (flow8's "KV Store" page): {@code {id, key, value, scope, scopeKey,
 * companyId}}, in scope {@code global}, {@code flow_group} or {@code flow}.
 */
public final class KvEntry extends Flow8Json {
  /** Wraps flow8's JSON. */
  public KvEntry(Map<String, ?> json) {
    super(json);
  }

  /** The entry's id (what delete takes). */
  public String id() {
    return requiredId();
  }

  /** Its key. */
  public @Nullable String key() {
    return string("key");
  }

  /** Its value (flow8's examples store text). */
  public @Nullable Object value() {
    return json().get("value");
  }

  /** {@code global}, {@code flow_group} or {@code flow}. */
  public @Nullable String scope() {
    return string("scope");
  }

  /** The flow or group id of a {@code flow} or {@code flow_group} entry, else null. */
  public @Nullable String scopeKey() {
    return string("scopeKey");
  }

  /** The company (workspace) it belongs to. */
  public @Nullable String companyId() {
    return string("companyId");
  }
}
