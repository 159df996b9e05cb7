package dev.flowkit.server.internal;

/** Every store and the engine, built once per server. */
public final class Services {
  public final Platform platform;
  public final AuthStore auth;
  public final FlowStore flows;
  public final FlowOperations operations;
  public final RunEngine engine;
  public final ConnectionStore connections;
  public final McpStore mcp;
  public final IdempotencyStore idempotency;
  public final SideStore side;
  /** Signed webhooks to the receivers the server was given (IAI Flow sends them). */
  public final dev.flowkit.server.internal.iaiflow.Webhooks webhooks;

  public Services(Platform platform, int executorThreads) {
    this.platform = platform;
    this.auth = new AuthStore(platform);
    this.flows = new FlowStore(platform);
    this.operations = new FlowOperations(flows);
    this.engine = new RunEngine(platform, executorThreads);
    this.connections = new ConnectionStore(platform);
    this.mcp = new McpStore(platform);
    this.idempotency = new IdempotencyStore(platform);
    this.side = new SideStore(platform);
    this.webhooks = new dev.flowkit.server.internal.iaiflow.Webhooks(platform);
  }
}
