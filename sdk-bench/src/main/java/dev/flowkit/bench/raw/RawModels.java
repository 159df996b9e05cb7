package dev.flowkit.bench.raw;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The baseline's own models: what a user of plain OkHttp + Moshi would write by hand for the
 * same JSON, with no Flowkit class involved. Public fields, Moshi's reflective adapters, Moshi's
 * own enum adapter, and a small {@link Instant} adapter.
 */
public final class RawModels {
  private RawModels() {}

  /** Moshi with an ISO-8601 {@link Instant} adapter, as a raw user would set it up. */
  public static final Moshi MOSHI = new Moshi.Builder().add(Instant.class, new InstantAdapter().nullSafe()).build();

  public enum Status { ENABLED, DISABLED }

  public enum OperationStatus { NONE, ENABLING, DISABLING, DELETING }

  public enum VersionState { DRAFT, LOCKED }

  public enum StepType { MANUAL, WEBHOOK, SCHEDULE, SET, DELAY, FAIL, LLM, APPROVAL, BRANCH, HTTP }

  public enum RunStatus { QUEUED, RUNNING, PAUSED, SUCCEEDED, FAILED, TIMEOUT, STOPPED, CANCELED, INTERNAL_ERROR }

  public enum Environment { PRODUCTION, TESTING }

  public enum TriggeredBy {
    @Json(name = "manual") MANUAL,
    @Json(name = "schedule") SCHEDULE,
    @Json(name = "webhook") WEBHOOK,
    @Json(name = "api") API
  }

  public static final class Flow {
    public String id;
    public Instant created;
    public Instant updated;
    public String projectId;
    public @Nullable String externalId;
    public @Nullable String folderId;
    public Status status;
    public OperationStatus operationStatus;
    public @Nullable String publishedVersionId;
    public FlowVersion version;
  }

  public static final class FlowVersion {
    public String id;
    public Instant created;
    public Instant updated;
    public String flowId;
    public String displayName;
    public VersionState state;
    public boolean valid;
    public Step trigger;
  }

  public static final class Step {
    public String name;
    public StepType type;
    public @Nullable String displayName;
    public @Nullable Map<String, Object> settings;
    public @Nullable Step nextAction;
  }

  public static final class FlowRun {
    public String id;
    public Instant created;
    public Instant updated;
    public String projectId;
    public String flowId;
    public String flowVersionId;
    public RunStatus status;
    public Environment environment;
    public @Nullable Instant startTime;
    public @Nullable Instant finishTime;
    public @Nullable Long durationMs;
    public @Nullable Object input;
    public @Nullable Object output;
    public @Nullable RunError error;
    public @Nullable Map<String, StepResult> steps;
    public boolean failParentOnFailure;
    public @Nullable List<String> tags;
    public @Nullable TriggeredBy triggeredBy;
  }

  public static final class RunError {
    public String message;
    public @Nullable String step;
  }

  public static final class StepResult {
    public @Nullable String name;
    public @Nullable StepType type;
    public RunStatus status;
    public @Nullable Object input;
    public @Nullable Object output;
    public @Nullable Instant startTime;
    public @Nullable Instant finishTime;
    public @Nullable Long durationMs;
  }

  /** {@code {"data":[…],"next":…,"previous":…}}. */
  public static final class FlowPage {
    public List<Flow> data;
    public @Nullable String next;
    public @Nullable String previous;
  }

  /** {@code event: stream}. */
  public static final class Token {
    @Json(name = "Content") public String content;
    @Json(name = "Node") public String node;
    @Json(name = "Reasoning") public @Nullable String reasoning;
  }

  /** {@code event: output}. */
  public static final class Output {
    public @Nullable Object output;
    @Json(name = "total_time") public double totalTime;
    public @Nullable String runId;
    public @Nullable RunStatus status;
  }

  /** {@code event: msg}. */
  public static final class Message {
    @Json(name = "Node") public String node;
    @Json(name = "Msg") public String msg;
    @Json(name = "Type") public String type;
    @Json(name = "Data") public @Nullable Map<String, Object> data;
  }

  /** {@code event: error}. */
  public static final class Failure {
    public String error;
    public String message;
    @Json(name = "Node") public @Nullable String node;
    public @Nullable String runId;
  }

  /** {@code Instant.parse}: ISO-8601 with {@code Z} or, on Java 12+, an offset. */
  static final class InstantAdapter extends JsonAdapter<Instant> {
    @Override
    public Instant fromJson(JsonReader reader) throws IOException {
      return Instant.parse(reader.nextString());
    }

    @Override
    public void toJson(JsonWriter writer, @Nullable Instant value) throws IOException {
      writer.value(value == null ? null : value.toString());
    }
  }
}
