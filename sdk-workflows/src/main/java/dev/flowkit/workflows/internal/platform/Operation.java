package dev.flowkit.workflows.internal.platform;

/**
 * Every call the SDK can make, named for the SDK method that makes it. A call names its
 * operation explicitly ({@code rest.call(Operation.GET_FLOW)}); each platform's {@link Dialect}
 * maps the operation to its own wire or refuses it before any request. Nothing is recognised
 * from a path or a body.
 *
 * <p>Shared operations are called by {@code client.workflows()} and {@code client.auth()} (and
 * their asynchronous twins) on every platform that has them; platform-native operations are
 * called by a platform's own facade ({@code client.flow8()}, …) and named after it.
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

  // IAI Flow: client.iaiFlow()
  IAI_FLOW_HEALTH("iaiFlow().health"),
  IAI_FLOW_FLOWS_LIST("iaiFlow().flows().list"),
  IAI_FLOW_FLOWS_GET("iaiFlow().flows().get"),
  IAI_FLOW_FLOWS_CREATE("iaiFlow().flows().create"),
  IAI_FLOW_FLOWS_UPDATE("iaiFlow().flows().update"),
  IAI_FLOW_RUNS_CREATE("iaiFlow().runs().create"),
  IAI_FLOW_RUNS_GET("iaiFlow().runs().get"),
  IAI_FLOW_RUNS_LIST("iaiFlow().runs().list"),
  IAI_FLOW_RUNS_LATEST("iaiFlow().runs().latest"),
  IAI_FLOW_RUNS_STEPS("iaiFlow().runs().steps"),
  IAI_FLOW_LOGS_LIST("iaiFlow().logs().list"),
  IAI_FLOW_LOGS_WRITE("iaiFlow().logs().write"),
  IAI_FLOW_LOGS_FOR_RUN("iaiFlow().logs().forRun"),
  IAI_FLOW_NODES("iaiFlow().nodes"),
  IAI_FLOW_AGENTS_LIST("iaiFlow().agents().list"),
  IAI_FLOW_AGENTS_RUN("iaiFlow().agents().run"),
  IAI_FLOW_AGENTS_LOGS("iaiFlow().agents().logs"),
  IAI_FLOW_AGENTS_MEMORY("iaiFlow().agents().memory"),
  IAI_FLOW_AGENTS_WRITE_MEMORY("iaiFlow().agents().writeMemory"),
  IAI_FLOW_TEMPLATES("iaiFlow().templates"),
  IAI_FLOW_METRICS("iaiFlow().metrics"),

  // flow8: client.flow8()
  FLOW8_FLOWS_LIST("flow8().flows().list"),
  FLOW8_FLOWS_GET("flow8().flows().get"),
  FLOW8_FLOWS_CREATE("flow8().flows().create"),
  FLOW8_FLOWS_UPDATE("flow8().flows().update"),
  FLOW8_FLOWS_DELETE("flow8().flows().delete"),
  FLOW8_FLOWS_RUN("flow8().flows().run"),
  FLOW8_FLOWS_PLAYS("flow8().flows().plays"),
  FLOW8_FLOWLETS_LIST("flow8().flowlets().list"),
  FLOW8_FLOWLETS_ADD("flow8().flowlets().add"),
  FLOW8_FLOWLETS_UPDATE("flow8().flowlets().update"),
  FLOW8_FLOWLETS_DELETE("flow8().flowlets().delete"),
  FLOW8_PLAYS_LIST("flow8().plays().list"),
  FLOW8_PLAYS_GET("flow8().plays().get"),
  FLOW8_PLAYS_LAYERS("flow8().plays().layers"),
  FLOW8_PLAYS_APPROVE("flow8().plays().approve"),
  FLOW8_PLAYS_DECLINE("flow8().plays().decline"),
  FLOW8_PLAYS_CANCEL("flow8().plays().cancel"),
  FLOW8_GROUPS_LIST("flow8().groups().list"),
  FLOW8_GROUPS_CREATE("flow8().groups().create"),
  FLOW8_GROUPS_UPDATE("flow8().groups().update"),
  FLOW8_GROUPS_DELETE("flow8().groups().delete"),
  FLOW8_KV_LIST("flow8().kv().list"),
  FLOW8_KV_SET("flow8().kv().set"),
  FLOW8_KV_DELETE("flow8().kv().delete"),
  FLOW8_CHANNELS_LIST("flow8().channels().list"),
  FLOW8_CHANNELS_GET("flow8().channels().get"),
  FLOW8_CHANNELS_CREATE("flow8().channels().create"),
  FLOW8_CHANNELS_UPDATE("flow8().channels().update"),
  FLOW8_CHANNELS_DELETE("flow8().channels().delete"),
  FLOW8_CHANNELS_ADD_ROUTE("flow8().channels().addRoute"),
  FLOW8_SCHEDULES_LIST("flow8().schedules().list"),
  FLOW8_SCHEDULES_CREATE("flow8().schedules().create"),
  FLOW8_SCHEDULES_UPDATE("flow8().schedules().update"),
  FLOW8_SCHEDULES_DELETE("flow8().schedules().delete"),
  FLOW8_SUBSCRIBE("flow8().subscribe"),

  // Activepieces and Imbrace: client.activepieces()
  AP_APPLY_FLOW_OPERATION("activepieces().applyFlowOperation"),
  AP_TRIGGER_WEBHOOK("activepieces().triggerWebhook"),
  AP_TRIGGER_WEBHOOK_SYNC("activepieces().triggerWebhookSync"),
  AP_TRIGGER_DRAFT_WEBHOOK("activepieces().triggerDraftWebhook"),
  AP_TRIGGER_DRAFT_WEBHOOK_SYNC("activepieces().triggerDraftWebhookSync"),
  AP_RETRY_RUN("activepieces().retryRun"),
  AP_RETRY_RUNS("activepieces().retryRuns"),
  AP_CANCEL_RUNS("activepieces().cancelRuns"),
  AP_ARCHIVE_RUNS("activepieces().archiveRuns"),
  AP_LIST_TABLES("activepieces().listTables"),
  AP_GET_TABLE("activepieces().getTable"),
  AP_CREATE_TABLE("activepieces().createTable"),
  AP_DELETE_TABLE("activepieces().deleteTable"),
  AP_LIST_FIELDS("activepieces().listFields"),
  AP_GET_FIELD("activepieces().getField"),
  AP_CREATE_FIELD("activepieces().createField"),
  AP_RENAME_FIELD("activepieces().renameField"),
  AP_DELETE_FIELD("activepieces().deleteField"),
  AP_LIST_RECORDS("activepieces().listRecords"),
  AP_GET_RECORD("activepieces().getRecord"),
  AP_CREATE_RECORDS("activepieces().createRecords"),
  AP_UPDATE_RECORD("activepieces().updateRecord"),
  AP_DELETE_RECORDS("activepieces().deleteRecords"),
  AP_LIST_PIECES("activepieces().listPieces"),
  AP_GET_PIECE("activepieces().getPiece"),
  AP_PIECE_OPTIONS("activepieces().pieceOptions"),
  AP_TRIGGER_RUN_STATUS("activepieces().triggerRunStatus"),
  AP_TEST_TRIGGER("activepieces().testTrigger"),
  AP_LIST_INVITATIONS("activepieces().listInvitations"),
  AP_DELETE_INVITATION("activepieces().deleteInvitation"),
  AP_LIST_CHANNEL_AUTOMATIONS("activepieces().listChannelAutomations"),
  ;

  private final String call;
  private final String[] alsoCalledBy;

  Operation(String call, String... alsoCalledBy) {
    this.call = call;
    this.alsoCalledBy = alsoCalledBy;
  }

  /**
   * The SDK method that makes this call, as messages name it: {@code listFlows} for a shared
   * call, {@code flow8().kv().list} for a platform-native one.
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
