package dev.flowkit.workflows;

/**
 * Everything about flows in one place, named as in the platform's TypeScript and Python SDKs:
 * {@code client.workflows().listFlows(…)}, {@code triggerFlow(…)}, {@code listRuns(…)},
 * {@code upsertConnection(…)}, {@code createMcpServer(…)}. Thread-safe; get it from
 * {@link FlowClient#workflows()}.
 */
public interface Workflows
    extends FlowService, RunService, FolderService, ConnectionService, McpServerService {}
