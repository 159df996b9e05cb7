package dev.flowkit.workflows.flow8;

import dev.flowkit.core.Page;

/** The KV store (flow8's "KV Store" page): {@code /api/kv}. Every call throws a {@link dev.flowkit.core.FlowException} subtype when it fails. */
public interface Kv {
  /** {@code GET /api/kv}: entries; filters {@code scope}, {@code scopeKey}. */
  Page<KvEntry> list(Flow8Query query);

  /** The first page, unfiltered: {@code list(Flow8Query.none())}. */
  default Page<KvEntry> list() {
    return list(Flow8Query.none());
  }

  /** {@code POST /api/kv {key, value, scope, scopeKey}}: sets the key's value in its scope. */
  KvEntry set(KvParams params);

  /** {@code DELETE /api/kv/{id}}. */
  void delete(String entryId);
}
