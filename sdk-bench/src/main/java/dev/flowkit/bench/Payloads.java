package dev.flowkit.bench;

import okio.Buffer;
import okio.ByteString;

/** The canned JSON and event streams every benchmark pair reads: the API's own examples. */
public final class Payloads {
  private Payloads() {}

  /** One flow as {@code GET /api/flows/{id}} returns it (the spec's {@code Flow} example). */
  public static String flow(int i) {
    String n = String.format("%026d", i);
    return "{\"id\":\"flow_" + n + "\","
        + "\"created\":\"2026-01-01T00:00:00.123Z\",\"updated\":\"2026-01-01T00:00:01.456Z\","
        + "\"projectId\":\"proj_00000000000000000000000001\",\"externalId\":null,\"folderId\":null,"
        + "\"status\":\"ENABLED\",\"operationStatus\":\"NONE\","
        + "\"publishedVersionId\":\"fv_" + n + "\","
        + "\"version\":{\"id\":\"fv_" + n + "\","
        + "\"created\":\"2026-01-01T00:00:00.123Z\",\"updated\":\"2026-01-01T00:00:01.456Z\","
        + "\"flowId\":\"flow_" + n + "\",\"displayName\":\"Hello " + i + "\",\"state\":\"LOCKED\",\"valid\":true,"
        + "\"trigger\":{\"name\":\"trigger\",\"type\":\"MANUAL\",\"displayName\":\"Manual trigger\",\"settings\":{},"
        + "\"nextAction\":{\"name\":\"greet\",\"type\":\"SET\",\"displayName\":\"Greet\","
        + "\"settings\":{\"values\":{\"greeting\":\"Hello {{input.name}}\"}},\"nextAction\":null}}}}";
  }

  /** A page of {@code size} flows, with a next cursor unless {@code next} is null. */
  public static String flowPage(int first, int size, String next) {
    StringBuilder json = new StringBuilder("{\"data\":[");
    for (int i = 0; i < size; i++) {
      if (i > 0) json.append(',');
      json.append(flow(first + i));
    }
    json.append("],\"next\":").append(next == null ? "null" : "\"" + next + "\"").append(",\"previous\":null}");
    return json.toString();
  }

  /** A run as {@code POST /api/flows/{id}/run} returns it (the spec's {@code FlowRun} example). */
  public static String flowRun() {
    return "{\"id\":\"run_00000000000000000000000001\","
        + "\"created\":\"2026-01-01T00:00:02.000Z\",\"updated\":\"2026-01-01T00:00:02.015Z\","
        + "\"projectId\":\"proj_00000000000000000000000001\",\"flowId\":\"flow_00000000000000000000000001\","
        + "\"flowVersionId\":\"fv_00000000000000000000000001\",\"status\":\"QUEUED\",\"environment\":\"PRODUCTION\","
        + "\"startTime\":null,\"finishTime\":null,\"durationMs\":null,"
        + "\"input\":{\"name\":\"Ada\"},\"output\":null,\"error\":null,\"steps\":{},"
        + "\"failParentOnFailure\":false,\"tags\":[\"bench\"],\"triggeredBy\":\"api\"}";
  }

  /** The 100-flow page the decode benchmarks read. */
  public static final ByteString FLOW_PAGE_100 = ByteString.encodeUtf8(flowPage(1, 100, "c1"));

  /**
   * A FlowAI-format run-event stream: {@code n - 1} {@code stream} events (LLM tokens), then one
   * {@code output}.
   */
  public static Buffer runEvents(int n) {
    Buffer body = new Buffer();
    for (int i = 1; i < n; i++) {
      body.writeUtf8("id: ")
          .writeUtf8(Integer.toString(i))
          .writeUtf8("\nevent: stream\ndata: {\"Content\":\" tok\",\"Node\":\"write\",\"Reasoning\":null}\n\n");
    }
    body.writeUtf8("id: ")
        .writeUtf8(Integer.toString(n))
        .writeUtf8(
            "\nevent: output\ndata: {\"output\":\"tok tok tok\",\"total_time\":1.0,"
                + "\"runId\":\"run_1\",\"status\":\"SUCCEEDED\"}\n\n");
    return body;
  }
}
