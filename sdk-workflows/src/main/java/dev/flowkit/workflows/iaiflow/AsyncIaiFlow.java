package dev.flowkit.workflows.iaiflow;

import java.util.concurrent.CompletableFuture;

/**
 * The calls of {@link IaiFlow}, each returning at once with a {@link CompletableFuture}; get it
 * from {@code client.async().iaiFlow()}. Threads and cancelling as in {@link
 * dev.flowkit.workflows.AsyncWorkflows}.
 */
public interface AsyncIaiFlow {
  /** As {@link IaiFlow#health()}. */
  CompletableFuture<Health> health();
}
