package dev.flowkit.workflows.models;

import dev.flowkit.workflows.internal.Models;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event of a run's live stream, in the FlowAI format: a {@link Message} when a step starts
 * or finishes, a {@link Token} of LLM text, and finally one {@link Output} or {@link Failure}.
 * Events of a type this SDK does not know arrive as {@link Other}. Events are values: equal when
 * their fields are, and constructible in a test.
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
    /** A step started ({@code start_node} on the wire). */
    START_STEP,
    /** A step finished ({@code finish_node}); {@code data} holds {@code time_spend} and {@code output}. */
    FINISH_STEP,
    /** The run paused at an approval step. */
    PAUSE,
    /** The run resumed after approval. */
    RESUME,
    /** A kind of message this SDK does not know yet. */
    UNKNOWN
  }

  /** {@code event: msg} — a step's progress. */
  public static final class Message extends RunEvent {
    private final String step;
    private final String text;
    private final MessageType type;
    private final Map<String, Object> data;

    /** A message about {@code step} (the wire's {@code Node}) saying {@code text} ({@code Msg}). */
    public Message(@Nullable String id, String step, String text, MessageType type, Map<String, Object> data) {
      super(id);
      this.step = Objects.requireNonNull(step, "step == null");
      this.text = Objects.requireNonNull(text, "text == null");
      this.type = Objects.requireNonNull(type, "type == null");
      this.data = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(data, "data == null")));
    }

    /** The step's name. */
    public String step() {
      return step;
    }

    /** A human-readable line, such as {@code "Start node LLM1, type llm"}. */
    public String text() {
      return text;
    }

    /** What happened. */
    public MessageType type() {
      return type;
    }

    /** The message's data; empty when the server sent {@code null}. */
    public Map<String, Object> data() {
      return data;
    }

    /** For {@link MessageType#FINISH_STEP}: how long the step ran, or null. */
    public @Nullable Duration timeSpent() {
      Object seconds = data.get("time_spend");
      return seconds instanceof Number ? Models.seconds((Number) seconds) : null;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      if (this == o) return true;
      if (!(o instanceof Message)) return false;
      Message that = (Message) o;
      return Objects.equals(id(), that.id()) && step.equals(that.step) && text.equals(that.text)
          && type == that.type && data.equals(that.data);
    }

    @Override
    public int hashCode() {
      return Objects.hash(id(), step, text, type, data);
    }

    @Override
    public String toString() {
      return "Message{id=" + id() + ", step=" + step + ", type=" + type + ", text=" + text + "}";
    }
  }

  /** {@code event: stream} — a piece of text an LLM step produced. */
  public static final class Token extends RunEvent {
    private final String content;
    private final String step;
    private final @Nullable String reasoning;

    /** A token of {@code content} from {@code step}, with a reasoning fragment or null. */
    public Token(@Nullable String id, String content, String step, @Nullable String reasoning) {
      super(id);
      this.content = Objects.requireNonNull(content, "content == null");
      this.step = Objects.requireNonNull(step, "step == null");
      this.reasoning = reasoning;
    }

    /** The text fragment. */
    public String content() {
      return content;
    }

    /** The step that produced it. */
    public String step() {
      return step;
    }

    /** The model's reasoning fragment, if it streams one. */
    public @Nullable String reasoning() {
      return reasoning;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      if (this == o) return true;
      if (!(o instanceof Token)) return false;
      Token that = (Token) o;
      return Objects.equals(id(), that.id()) && content.equals(that.content) && step.equals(that.step)
          && Objects.equals(reasoning, that.reasoning);
    }

    @Override
    public int hashCode() {
      return Objects.hash(id(), content, step, reasoning);
    }

    @Override
    public String toString() {
      return "Token{id=" + id() + ", step=" + step + ", content=" + content + "}";
    }
  }

  /** {@code event: output} — the run succeeded; its last event. */
  public static final class Output extends RunEvent {
    private final @Nullable Object output;
    private final Duration totalTime;
    private final @Nullable String runId;
    private final RunStatus status;

    /** The successful end of run {@code runId} with {@code output} after {@code totalTime}. */
    public Output(
        @Nullable String id, @Nullable Object output, Duration totalTime, @Nullable String runId, RunStatus status) {
      super(id);
      this.output = output;
      this.totalTime = Objects.requireNonNull(totalTime, "totalTime == null");
      this.runId = runId;
      this.status = Objects.requireNonNull(status, "status == null");
    }

    /** The run's final output (the last step's output), as decoded JSON. */
    public @Nullable Object output() {
      return output;
    }

    /**
     * The output converted to {@code type} (a class of yours, a record, a {@code Map}).
     *
     * @throws IllegalArgumentException if the output does not fit {@code type}
     */
    public <T> @Nullable T output(Class<T> type) {
      return Models.convert(output, type, "output");
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
    public boolean equals(@Nullable Object o) {
      if (this == o) return true;
      if (!(o instanceof Output)) return false;
      Output that = (Output) o;
      return Objects.equals(id(), that.id()) && Objects.equals(output, that.output)
          && totalTime.equals(that.totalTime) && Objects.equals(runId, that.runId) && status == that.status;
    }

    @Override
    public int hashCode() {
      return Objects.hash(id(), output, totalTime, runId, status);
    }

    @Override
    public String toString() {
      return "Output{id=" + id() + ", runId=" + runId + ", status=" + status + ", totalTime=" + totalTime + "}";
    }
  }

  /** {@code event: error} — the run failed, was canceled or timed out; its last event. */
  public static final class Failure extends RunEvent {
    private final String errorCode;
    private final String message;
    private final @Nullable String step;
    private final @Nullable String runId;

    /** The failed end of run {@code runId}: {@code errorCode} and {@code message}, at {@code step} or null. */
    public Failure(
        @Nullable String id, String errorCode, String message, @Nullable String step, @Nullable String runId) {
      super(id);
      this.errorCode = Objects.requireNonNull(errorCode, "errorCode == null");
      this.message = Objects.requireNonNull(message, "message == null");
      this.step = step;
      this.runId = runId;
    }

    /** The error code, such as {@code STEP_FAILED} or {@code CANCELED}. */
    public String errorCode() {
      return errorCode;
    }

    /** What went wrong, in words. */
    public String message() {
      return message;
    }

    /** The step that failed, or null when no single step did (cancel, timeout). */
    public @Nullable String step() {
      return step;
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
    public boolean equals(@Nullable Object o) {
      if (this == o) return true;
      if (!(o instanceof Failure)) return false;
      Failure that = (Failure) o;
      return Objects.equals(id(), that.id()) && errorCode.equals(that.errorCode) && message.equals(that.message)
          && Objects.equals(step, that.step) && Objects.equals(runId, that.runId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(id(), errorCode, message, step, runId);
    }

    @Override
    public String toString() {
      return "Failure{id=" + id() + ", runId=" + runId + ", errorCode=" + errorCode + ", step=" + step
          + ", message=" + message + "}";
    }
  }

  /** An event type this SDK does not know; its data is kept as text. */
  public static final class Other extends RunEvent {
    private final @Nullable String type;
    private final String data;

    /** An event of {@code type} (null for the default type) with raw {@code data}. */
    public Other(@Nullable String id, @Nullable String type, String data) {
      super(id);
      this.type = type;
      this.data = Objects.requireNonNull(data, "data == null");
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
    public boolean equals(@Nullable Object o) {
      if (this == o) return true;
      if (!(o instanceof Other)) return false;
      Other that = (Other) o;
      return Objects.equals(id(), that.id()) && Objects.equals(type, that.type) && data.equals(that.data);
    }

    @Override
    public int hashCode() {
      return Objects.hash(id(), type, data);
    }

    @Override
    public String toString() {
      return "Other{id=" + id() + ", type=" + type + "}";
    }
  }
}
