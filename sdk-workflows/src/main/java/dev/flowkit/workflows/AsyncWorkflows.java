package dev.flowkit.workflows;

/**
 * The calls of {@link Workflows}, each returning at once with a {@link
 * java.util.concurrent.CompletableFuture}; get it from {@code client.async().workflows()}. A
 * failed future holds the same {@link dev.flowkit.core.FlowException} the blocking call would
 * throw; cancelling a future cancels its HTTP call. Pages are {@link dev.flowkit.core.AsyncPage}s
 * whose next page is fetched asynchronously too.
 *
 * <p>Threads: a call in flight holds one thread of OkHttp's dispatcher pool (OkHttp reads the
 * answer with blocking I/O), and at most {@code maxConcurrentRequests} calls (see {@link
 * dev.flowkit.core.ClientOptions}) are in flight at once; further calls wait in the queue without
 * a thread. Futures complete on those dispatcher threads, so keep their callbacks short, or hand
 * work on with {@code thenApplyAsync(…, executor)}. {@code waitForRun} polls from one timer thread
 * shared by the client. The streaming calls return a {@link RunSubscription} at once and read on a
 * thread of their own, as the blocking ones do.
 */
public interface AsyncWorkflows
    extends AsyncFlowService, AsyncRunService, AsyncFolderService, AsyncConnectionService, AsyncMcpServerService {}
