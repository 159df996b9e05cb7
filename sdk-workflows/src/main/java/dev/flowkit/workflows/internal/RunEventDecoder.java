package dev.flowkit.workflows.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.flowkit.core.StreamException;
import dev.flowkit.core.internal.ExactJson;
import dev.flowkit.workflows.models.RunEvent;
import dev.flowkit.workflows.models.RunStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * Decodes one run event's {@code data:} straight into its typed {@link RunEvent}: a
 * {@link JsonReader} walks the object once and keeps only the fields the type has, with no
 * intermediate map. A text field holds the text of whatever value the server sent ({@code ""}
 * when it is absent or null); unknown fields are skipped.
 */
final class RunEventDecoder {
  private static final JsonReader.Options MESSAGE = JsonReader.Options.of("Node", "Msg", "Type", "Data");
  private static final JsonReader.Options TOKEN = JsonReader.Options.of("Content", "Node", "Reasoning");
  private static final JsonReader.Options OUTPUT = JsonReader.Options.of("output", "total_time", "runId", "status");
  private static final JsonReader.Options FAILURE = JsonReader.Options.of("error", "message", "Node", "runId");
  private static final JsonReader.Options MESSAGE_TYPES =
      JsonReader.Options.of("start", "start_node", "finish_node", "pause", "resume");
  private static final RunEvent.MessageType[] MESSAGE_TYPE_VALUES = {
    RunEvent.MessageType.START,
    RunEvent.MessageType.START_STEP,
    RunEvent.MessageType.FINISH_STEP,
    RunEvent.MessageType.PAUSE,
    RunEvent.MessageType.RESUME
  };

  private RunEventDecoder() {}

  /** Decodes one event; a payload that is not the JSON its type promises is a stream error. */
  static RunEvent decode(@Nullable String id, @Nullable String type, String data) {
    return decode(id, type, new Buffer().writeUtf8(data));
  }

  /** As {@link #decode(String, String, String)}, reading the data's UTF-8 bytes (all of them). */
  static RunEvent decode(@Nullable String id, @Nullable String type, BufferedSource data) {
    if (type == null || !(type.equals("msg") || type.equals("stream") || type.equals("output") || type.equals("error"))) {
      try {
        return new RunEvent.Other(id, type, data.readUtf8());
      } catch (IOException impossible) {
        throw new AssertionError(impossible); // the data is in memory
      }
    }
    try {
      JsonReader reader = JsonReader.of(data);
      // A null payload reads as an object with no fields.
      boolean isNull = reader.peek() == JsonReader.Token.NULL;
      if (isNull) {
        reader.nextNull();
      } else {
        reader.beginObject();
      }
      JsonReader fields = isNull ? null : reader;
      RunEvent event;
      switch (type) {
        case "msg":
          event = message(id, fields);
          break;
        case "stream":
          event = token(id, fields);
          break;
        case "output":
          event = output(id, fields);
          break;
        default:
          event = failure(id, fields);
          break;
      }
      if (!isNull) reader.endObject();
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonDataException("JSON document was not fully consumed.");
      }
      return event;
    } catch (IOException | RuntimeException e) {
      throw new StreamException("Event " + id + " (" + type + ") is not valid JSON: " + e.getMessage(), e);
    }
  }

  private static RunEvent message(@Nullable String id, @Nullable JsonReader reader) throws IOException {
    String node = "";
    String msg = "";
    RunEvent.MessageType type = RunEvent.MessageType.UNKNOWN;
    Map<String, Object> data = Collections.emptyMap();
    while (reader != null && reader.hasNext()) {
      switch (reader.selectName(MESSAGE)) {
        case 0:
          node = text(reader);
          break;
        case 1:
          msg = text(reader);
          break;
        case 2:
          type = messageType(reader);
          break;
        case 3:
          data = object(ExactJson.read(reader));
          break;
        default:
          skip(reader);
      }
    }
    return new RunEvent.Message(id, node, msg, type, data);
  }

  private static RunEvent token(@Nullable String id, @Nullable JsonReader reader) throws IOException {
    String content = "";
    String node = "";
    String reasoning = null;
    while (reader != null && reader.hasNext()) {
      switch (reader.selectName(TOKEN)) {
        case 0:
          content = text(reader);
          break;
        case 1:
          node = text(reader);
          break;
        case 2:
          reasoning = nullableText(reader);
          break;
        default:
          skip(reader);
      }
    }
    return new RunEvent.Token(id, content, node, reasoning);
  }

  private static RunEvent output(@Nullable String id, @Nullable JsonReader reader) throws IOException {
    Object output = null;
    Duration total = Duration.ZERO;
    String runId = null;
    RunStatus status = RunStatus.SUCCEEDED;
    while (reader != null && reader.hasNext()) {
      switch (reader.selectName(OUTPUT)) {
        case 0:
          output = ExactJson.read(reader);
          break;
        case 1:
          Object seconds = ExactJson.read(reader);
          total = seconds instanceof Number ? Models.seconds((Number) seconds) : Duration.ZERO;
          break;
        case 2:
          runId = nullableText(reader);
          break;
        case 3:
          status = status(ExactJson.read(reader));
          break;
        default:
          skip(reader);
      }
    }
    return new RunEvent.Output(id, output, total, runId, status);
  }

  private static RunEvent failure(@Nullable String id, @Nullable JsonReader reader) throws IOException {
    String error = "";
    String message = "";
    String node = null;
    String runId = null;
    while (reader != null && reader.hasNext()) {
      switch (reader.selectName(FAILURE)) {
        case 0:
          error = text(reader);
          break;
        case 1:
          message = text(reader);
          break;
        case 2:
          node = nullableText(reader);
          break;
        case 3:
          runId = nullableText(reader);
          break;
        default:
          skip(reader);
      }
    }
    return new RunEvent.Failure(id, error, message, node, runId);
  }

  /** A name this decoder does not keep: skip the name and its value. */
  private static void skip(JsonReader reader) throws IOException {
    reader.skipName();
    reader.skipValue();
  }

  /** The value as text, {@code ""} for null. */
  private static String text(JsonReader reader) throws IOException {
    String text = nullableText(reader);
    return text == null ? "" : text;
  }

  /** A string as it is; any other value as the text of its decoded form; null for null. */
  private static @Nullable String nullableText(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.STRING) return reader.nextString();
    if (token == JsonReader.Token.NULL) return reader.nextNull();
    Object value = ExactJson.read(reader);
    return value == null ? null : String.valueOf(value);
  }

  private static RunEvent.MessageType messageType(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.STRING) {
      int index = reader.selectString(MESSAGE_TYPES);
      if (index >= 0) return MESSAGE_TYPE_VALUES[index];
    }
    reader.skipValue();
    return RunEvent.MessageType.UNKNOWN;
  }

  private static RunStatus status(@Nullable Object status) {
    if (!(status instanceof String)) return RunStatus.SUCCEEDED;
    try {
      return RunStatus.valueOf((String) status);
    } catch (IllegalArgumentException unknown) {
      return RunStatus.UNKNOWN;
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(@Nullable Object value) {
    return value instanceof Map ? (Map<String, Object>) value : Collections.<String, Object>emptyMap();
  }
}
