package dev.flowkit.workflows.flow8;

import dev.flowkit.core.AsyncPage;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** The calls of {@link Plays}, each returning at once with a {@link CompletableFuture}. */
public interface AsyncPlays {
  /** As {@link Plays#list}. */
  CompletableFuture<AsyncPage<Play>> list(Flow8Query query);

  /** The first page, unfiltered: {@code list(Flow8Query.none())}. */
  default CompletableFuture<AsyncPage<Play>> list() {
    return list(Flow8Query.none());
  }

  /** As {@link Plays#get}. */
  CompletableFuture<Play> get(String playId);

  /** As {@link Plays#layers}. */
  CompletableFuture<List<PlayLayer>> layers(String playId);

  /** As {@link Plays#approve}. */
  CompletableFuture<Play> approve(String playId, String layerId, @Nullable String note);

  /** As {@link Plays#decline}. */
  CompletableFuture<Play> decline(String playId, String layerId, @Nullable String note);

  /** As {@link Plays#cancel}. */
  CompletableFuture<Play> cancel(String playId);
}
