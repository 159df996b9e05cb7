package dev.flowkit.workflows.models;

import dev.flowkit.workflows.internal.Models;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One event of a run's live stream, in the FlowAI format: a {@link Message} when a node starts
 * or finishes, a {@link Token} of LLM text, and finally one {@link Output} or {@link Failure}.
 * Events of a type this SDK does not know arrive as {@link Other}.
 */
public abstract class RunEvent {
  private final @Nullable String id;

  RunEvent(@Nullable String id) {
    this.id = id;
  }

  /** The event's sequence id within its run ({@code "1"}, {@code "2"}, …), if the server sent one. */
  public @Nullable String id() {
    return id;
  }

  /** Whether this is the run's last event. */
  public boolean isFinal() {
    return false;
  }

  /** What a {@link Message} says happened. */
  public enum MessageType {
    /** The run started; {@code data} holds {@code runId} and {@code input}. */
    START,
    /** A node started. */
    START_NODE,
    /** A node finished; {@code data} holds {@code time_spend} and {@code output}. */
    FINISH_NODE,
    /** The run paused at an approval step. */
    PAUSE,
    /** The run resumed after approval. */
    RESUME,
    /** A kind of message this SDK does not know yet. */
    UNKNOWN
  }

  /** {@code event: msg} — a node's progress. */
  public static final class Message extends RunEvent {
    private final String node;
    private final String msg;
    private final MessageType type;
    private final Map<String, Object> data;

    public Message(@Nullable String id, String node, String msg, MessageType type, Map<String, Object> data) {
      super(id);
      this.node = node;
      this.msg = msg;
      this.type = type;
      this.data = Collections.unmodifiableMap(data);
    }

    /** The step's name. */
    public String node() {
      return node;
    }

    /** A human-readable line, such as {@code "Start node LLM1, type llm"}. */
    public String msg() {
      return msg;
    }

    /** What happened. */
    public MessageType type() {
      return type;
    }

    /** The message's data; empty when the server sent {@code null}. */
    public Map<String, Object> data() {
      return data;
    }

    /** For {@link MessageType#FINISH_NODE}: how long the node ran, or null. */
    public @Nullable Duration timeSpent() {
      Object seconds = data.get("time_spend");
      return seconds instanceof Number ? Models.seconds((Number) seconds) : null;
    }

    @Override
    public String toString() {
      return "Message{id=" + id() + ", node=" + node + ", type=" + type + ", msg=" + msg + "}";
    }
  }

  /** {@code event: stream} — a piece of text an LLM step produced. */
  public static final class Token extends RunEvent {
    private final String content;
    private final String node;
    private final @Nullable String reasoning;

    public Token(@Nullable String id, String content, String node, @Nullable String reasoning) {
      super(id);
      this.content = content;
      this.node = node;
      this.reasoning = reasoning;
    }

    /** The text fragment. */
    public String content() {
      return content;
    }

    /** The step that produced it. */
    public String node() {
      return node;
    }

    /** The model's reasoning fragment, if it streams one. */
    public @Nullable String reasoning() {
      return reasoning;
    }

    @Override
    public String toString() {
      return "Token{id=" + id() + ", node=" + node + ", content=" + content + "}";
    }
  }

  /** {@code event: output} — the run succeeded; its last event. */
  public static final class Output extends RunEvent {
    private final @Nullable Object output;
    private final Duration totalTime;
    private final @Nullable String runId;
    private final RunStatus status;

    public Output(@Nullable String id, @Nullable Object output, Duration totalTime, @Nullable String runId, RunStatus status) {
      super(id);
      this.output = output;
      this.totalTime = totalTime;
      this.runId = runId;
      this.status = status;
    }

    /** The run's final output (the last step's output), as decoded JSON. */
    public @Nullable Object output() {
      return output;
    }

    /** How long the run took. */
    public Duration totalTime() {
      return totalTime;
    }

    /** The run's id. */
    public @Nullable String runId() {
      return runId;
    }

    /** The run's final status, {@link RunStatus#SUCCEEDED}. */
    public RunStatus status() {
      return status;
    }

    @Override
    public boolean isFinal() {
      return true;
    }

    @Override
    public String toString() {
      return "Output{id=" + id() + ", runId=" + runId + ", status=" + status + ", totalTime=" + totalTime + "}";
    }
  }

  /** {@code event: error} — the run failed, was canceled or timed out; its last event. */
  public static final class Failure extends RunEvent {
    private final String error;
    private final String message;
    private final @Nullable String node;
    private final @Nullable String runId;

    public Failure(@Nullable String id, String error, String message, @Nullable String node, @Nullable String runId) {
      super(id);
      this.error = error;
      this.message = message;
      this.node = node;
      this.runId = runId;
    }

    /** The error code, such as {@code STEP_FAILED} or {@code CANCELED}. */
    public String error() {
      return error;
    }

    /** What went wrong, in words. */
    public String message() {
      return message;
    }

    /** The step that failed, if one did. */
    public @Nullable String node() {
      return node;
    }

    /** The run's id. */
    public @Nullable String runId() {
      return runId;
    }

    @Override
    public boolean isFinal() {
      return true;
    }

    @Override
    public String toString() {
      return "Failure{id=" + id() + ", runId=" + runId + ", error=" + error + ", node=" + node + ", message=" + message + "}";
    }
  }

  /** An event type this SDK does not know; its data is kept as text. */
  public static final class Other extends RunEvent {
    private final @Nullable String type;
    private final String data;

    public Other(@Nullable String id, @Nullable String type, String data) {
      super(id);
      this.type = type;
      this.data = data;
    }

    /** The {@code event:} field, or null for the default type. */
    public @Nullable String type() {
      return type;
    }

    /** The raw {@code data:} text. */
    public String data() {
      return data;
    }

    @Override
    public String toString() {
      return "Other{id=" + id() + ", type=" + type + "}";
    }
  }
}
