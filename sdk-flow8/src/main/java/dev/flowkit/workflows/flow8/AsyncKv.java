package dev.flowkit.workflows.flow8;

import dev.flowkit.core.AsyncPage;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** The calls of {@link Kv}, each returning at once with a {@link CompletableFuture}. */
public interface AsyncKv {
  /** As {@link Kv#list}. */
  CompletableFuture<AsyncPage<KvEntry>> list(Flow8Query query);

  /** The first page, unfiltered: {@code list(Flow8Query.none())}. */
  default CompletableFuture<AsyncPage<KvEntry>> list() {
    return list(Flow8Query.none());
  }

  /** As {@link Kv#set}. */
  CompletableFuture<KvEntry> set(KvParams params);

  /** As {@link Kv#delete}. */
  CompletableFuture<@Nullable Void> delete(String entryId);
}
