package dev.flowkit.workflows.internal.platform;

/**
 * Every call the SDK can make, named for the SDK method that makes it. A call names its
 * operation explicitly ({@code rest.call(Operation.GET_FLOW)}); each platform's {@link Dialect}
 * maps the operation to its own wire or refuses it before any request. Nothing is recognised
 * from a path or a body.
 *
 * <p>Shared operations are called by {@code client.workflows()} and {@code client.auth()} (and
 * their asynchronous twins) on every platform that has them; platform-native operations are
 * called by a platform's own facade ({@code Flow8.of(client)}, …) and named after it.
 */
public enum Operation {
  LOGIN("login"),
  GET_SESSION("getSession"),
  LOGOUT("logout"),
  CREATE_API_KEY("createApiKey"),
  LIST_API_KEYS("listApiKeys"),
  REVOKE_API_KEY("revokeApiKey"),

  LIST_FLOWS("listFlows"),
  CREATE_FLOW("createFlow"),
  GET_FLOW("getFlow"),
  UPDATE_FLOW("updateFlow"),
  DELETE_FLOW("deleteFlow"),
  APPLY_FLOW_OPERATION("applyFlowOperation"),
  LIST_VERSIONS("listVersions"),
  GET_VERSION("getVersion"),
  TRIGGER_FLOW("triggerFlow"),
  TRIGGER_FLOW_SYNC("triggerFlowSync"),
  STREAM_FLOW("streamFlow"),

  LIST_RUNS("listRuns"),
  /** Also what {@code waitForRun} polls. */
  GET_RUN("getRun", "waitForRun"),
  LIST_RUN_STEPS("listRunSteps"),
  STREAM_RUN("streamRun"),
  APPROVE_RUN("approveRun"),
  CANCEL_RUN("cancelRun"),
  LATEST_RUNS("listLatestRuns"),

  LIST_FOLDERS("listFolders"),
  CREATE_FOLDER("createFolder"),
  GET_FOLDER("getFolder"),
  UPDATE_FOLDER("updateFolder"),
  DELETE_FOLDER("deleteFolder"),

  LIST_CONNECTIONS("listConnections"),
  UPSERT_CONNECTION("upsertConnection"),
  GET_CONNECTION("getConnection"),
  DELETE_CONNECTION("deleteConnection"),

  LIST_MCP_SERVERS("listMcpServers"),
  CREATE_MCP_SERVER("createMcpServer"),
  GET_MCP_SERVER("getMcpServer"),
  DELETE_MCP_SERVER("deleteMcpServer"),
  ROTATE_MCP_TOKEN("rotateMcpToken"),

  // ---- platform-native operations: one section per platform facade, named "<facade>().<method>" ----

  // IAI Flow: IaiFlow.of(client)
  IAI_FLOW_HEALTH("IaiFlow.health"),
  IAI_FLOW_FLOWS_LIST("IaiFlow.flows().list"),
  IAI_FLOW_FLOWS_GET("IaiFlow.flows().get"),
  IAI_FLOW_FLOWS_CREATE("IaiFlow.flows().create"),
  IAI_FLOW_FLOWS_UPDATE("IaiFlow.flows().update"),
  IAI_FLOW_RUNS_CREATE("IaiFlow.runs().create"),
  IAI_FLOW_RUNS_GET("IaiFlow.runs().get"),
  IAI_FLOW_RUNS_LIST("IaiFlow.runs().list"),
  IAI_FLOW_RUNS_LATEST("IaiFlow.runs().latest"),
  IAI_FLOW_RUNS_STEPS("IaiFlow.runs().steps"),
  IAI_FLOW_LOGS_LIST("IaiFlow.logs().list"),
  IAI_FLOW_LOGS_WRITE("IaiFlow.logs().write"),
  IAI_FLOW_LOGS_FOR_RUN("IaiFlow.logs().forRun"),
  IAI_FLOW_NODES("IaiFlow.nodes"),
  IAI_FLOW_AGENTS_LIST("IaiFlow.agents().list"),
  IAI_FLOW_AGENTS_RUN("IaiFlow.agents().run"),
  IAI_FLOW_AGENTS_LOGS("IaiFlow.agents().logs"),
  IAI_FLOW_AGENTS_MEMORY("IaiFlow.agents().memory"),
  IAI_FLOW_AGENTS_WRITE_MEMORY("IaiFlow.agents().writeMemory"),
  IAI_FLOW_TEMPLATES("IaiFlow.templates"),
  IAI_FLOW_METRICS("IaiFlow.metrics"),

  // flow8: Flow8.of(client)
  FLOW8_FLOWS_LIST("Flow8.flows().list"),
  FLOW8_FLOWS_GET("Flow8.flows().get"),
  FLOW8_FLOWS_CREATE("Flow8.flows().create"),
  FLOW8_FLOWS_UPDATE("Flow8.flows().update"),
  FLOW8_FLOWS_DELETE("Flow8.flows().delete"),
  FLOW8_FLOWS_RUN("Flow8.flows().run"),
  FLOW8_FLOWS_PLAYS("Flow8.flows().plays"),
  FLOW8_FLOWLETS_LIST("Flow8.flowlets().list"),
  FLOW8_FLOWLETS_ADD("Flow8.flowlets().add"),
  FLOW8_FLOWLETS_UPDATE("Flow8.flowlets().update"),
  FLOW8_FLOWLETS_DELETE("Flow8.flowlets().delete"),
  FLOW8_PLAYS_LIST("Flow8.plays().list"),
  FLOW8_PLAYS_GET("Flow8.plays().get"),
  FLOW8_PLAYS_LAYERS("Flow8.plays().layers"),
  FLOW8_PLAYS_APPROVE("Flow8.plays().approve"),
  FLOW8_PLAYS_DECLINE("Flow8.plays().decline"),
  FLOW8_PLAYS_CANCEL("Flow8.plays().cancel"),
  FLOW8_GROUPS_LIST("Flow8.groups().list"),
  FLOW8_GROUPS_CREATE("Flow8.groups().create"),
  FLOW8_GROUPS_UPDATE("Flow8.groups().update"),
  FLOW8_GROUPS_DELETE("Flow8.groups().delete"),
  FLOW8_KV_LIST("Flow8.kv().list"),
  FLOW8_KV_SET("Flow8.kv().set"),
  FLOW8_KV_DELETE("Flow8.kv().delete"),
  FLOW8_CHANNELS_LIST("Flow8.channels().list"),
  FLOW8_CHANNELS_GET("Flow8.channels().get"),
  FLOW8_CHANNELS_CREATE("Flow8.channels().create"),
  FLOW8_CHANNELS_UPDATE("Flow8.channels().update"),
  FLOW8_CHANNELS_DELETE("Flow8.channels().delete"),
  FLOW8_CHANNELS_ADD_ROUTE("Flow8.channels().addRoute"),
  FLOW8_SCHEDULES_LIST("Flow8.schedules().list"),
  FLOW8_SCHEDULES_CREATE("Flow8.schedules().create"),
  FLOW8_SCHEDULES_UPDATE("Flow8.schedules().update"),
  FLOW8_SCHEDULES_DELETE("Flow8.schedules().delete"),
  FLOW8_SUBSCRIBE("Flow8.subscribe"),

  // Activepieces and Imbrace: Activepieces.of(client)
  AP_APPLY_FLOW_OPERATION("Activepieces.applyFlowOperation"),
  AP_TRIGGER_WEBHOOK("Activepieces.triggerWebhook"),
  AP_TRIGGER_WEBHOOK_SYNC("Activepieces.triggerWebhookSync"),
  AP_TRIGGER_DRAFT_WEBHOOK("Activepieces.triggerDraftWebhook"),
  AP_TRIGGER_DRAFT_WEBHOOK_SYNC("Activepieces.triggerDraftWebhookSync"),
  AP_RETRY_RUN("Activepieces.retryRun"),
  AP_RETRY_RUNS("Activepieces.retryRuns"),
  AP_CANCEL_RUNS("Activepieces.cancelRuns"),
  AP_ARCHIVE_RUNS("Activepieces.archiveRuns"),
  AP_LIST_TABLES("Activepieces.listTables"),
  AP_GET_TABLE("Activepieces.getTable"),
  AP_CREATE_TABLE("Activepieces.createTable"),
  AP_DELETE_TABLE("Activepieces.deleteTable"),
  AP_LIST_FIELDS("Activepieces.listFields"),
  AP_GET_FIELD("Activepieces.getField"),
  AP_CREATE_FIELD("Activepieces.createField"),
  AP_RENAME_FIELD("Activepieces.renameField"),
  AP_DELETE_FIELD("Activepieces.deleteField"),
  AP_LIST_RECORDS("Activepieces.listRecords"),
  AP_GET_RECORD("Activepieces.getRecord"),
  AP_CREATE_RECORDS("Activepieces.createRecords"),
  AP_UPDATE_RECORD("Activepieces.updateRecord"),
  AP_DELETE_RECORDS("Activepieces.deleteRecords"),
  AP_LIST_PIECES("Activepieces.listPieces"),
  AP_GET_PIECE("Activepieces.getPiece"),
  AP_PIECE_OPTIONS("Activepieces.pieceOptions"),
  AP_TRIGGER_RUN_STATUS("Activepieces.triggerRunStatus"),
  AP_TEST_TRIGGER("Activepieces.testTrigger"),
  AP_LIST_INVITATIONS("Activepieces.listInvitations"),
  AP_DELETE_INVITATION("Activepieces.deleteInvitation"),
  AP_LIST_CHANNEL_AUTOMATIONS("Activepieces.listChannelAutomations"),
  ;

  private final String call;
  private final String[] alsoCalledBy;

  Operation(String call, String... alsoCalledBy) {
    this.call = call;
    this.alsoCalledBy = alsoCalledBy;
  }

  /**
   * The SDK method that makes this call, as messages name it: {@code listFlows} for a shared
   * call, {@code Flow8.kv().list} for a platform-native one (of {@code Flow8.of(client)}).
   */
  public String call() {
    return call;
  }

  /** The SDK methods that make this call: {@link #call()}, and any that reuse it. */
  public String[] calls() {
    String[] all = new String[alsoCalledBy.length + 1];
    all[0] = call;
    System.arraycopy(alsoCalledBy, 0, all, 1, alsoCalledBy.length);
    return all;
  }
}
