package dev.flowkit.workflows.flow8;

/**
 * The calls of {@link Flow8}, each returning at once with a {@link
 * java.util.concurrent.CompletableFuture}; get it from {@code client.async().flow8()}.
 */
public interface AsyncFlow8 {}
