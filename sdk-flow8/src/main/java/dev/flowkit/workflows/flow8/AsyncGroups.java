package dev.flowkit.workflows.flow8;

import dev.flowkit.core.AsyncPage;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** The calls of {@link Groups}, each returning at once with a {@link CompletableFuture}. */
public interface AsyncGroups {
  /** As {@link Groups#list}. */
  CompletableFuture<AsyncPage<Group>> list(Flow8Query query);

  /** The first page, unfiltered: {@code list(Flow8Query.none())}. */
  default CompletableFuture<AsyncPage<Group>> list() {
    return list(Flow8Query.none());
  }

  /** As {@link Groups#create}. */
  CompletableFuture<Group> create(GroupParams params);

  /** As {@link Groups#update}. */
  CompletableFuture<Group> update(String groupId, GroupParams params);

  /** As {@link Groups#delete}. */
  CompletableFuture<@Nullable Void> delete(String groupId);
}
