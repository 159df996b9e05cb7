package dev.flowkit.workflows.activepieces;

/**
 * The calls of {@link Activepieces}, each returning at once with a {@link
 * java.util.concurrent.CompletableFuture}; get it from {@code client.async().activepieces()}.
 */
public interface AsyncActivepieces {}
