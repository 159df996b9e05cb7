package dev.flowkit.workflows.activepieces;

/**
 * The calls only Activepieces has (and Imbrace, whose workflow engine it is), in its own
 * shapes; get it from {@code client.activepieces()} on a client built with {@code
 * .platform(Platform.ACTIVEPIECES)} or {@code .platform(Platform.IMBRACE)} (on any other platform
 * that accessor throws {@link UnsupportedOperationException} before any request). Flows, runs,
 * folders, connections and MCP servers are in {@code client.workflows()}. Thread-safe.
 */
public interface Activepieces {}
