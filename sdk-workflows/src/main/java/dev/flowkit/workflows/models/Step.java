package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.workflows.internal.Models;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step of a flow: the trigger or an action, linked to the next one by {@link #nextAction()}.
 *
 * <p>Steps are immutable. Build a chain with the factories and {@link #then(Step)}:
 *
 * <pre>{@code
 * Step chain = Step.manualTrigger("trigger")
 *     .then(Step.set("greet", Collections.singletonMap("text", "Hi {{input.name}}")))
 *     .then(Step.llm("answer", "Hello big world", 20));
 * }</pre>
 *
 * <p>{@link #settings()} holds what the server sent: JSON objects as maps, numbers exact
 * ({@code Long} or {@code BigInteger} for integers, {@code Double} or {@code BigDecimal} for the
 * rest, as {@link FlowRun#output()} has them). In a step built here, a {@code BRANCH}'s
 * {@code onTrue}/{@code onFalse} are {@code Step}s; they encode to the same JSON.
 *
 * <p>In a step the server sent, {@link #name()} and {@link #type()} are checked when read: they
 * throw {@link InvalidResponseException} when the server left them out.
 */
public final class Step {
  @Json(name = "name")
  private final @Nullable String name;
  @Json(name = "type")
  private final @Nullable String type;
  @Json(name = "displayName")
  private final @Nullable String displayName;
  @Json(name = "settings")
  private final @Nullable Map<String, Object> settings;
  @Json(name = "nextAction")
  private final @Nullable Step nextAction;
  private final transient Map<String, Object> additionalProperties;

  /** For the JSON reader, which sets the fields the answer has. */
  private Step() {
    this.name = null;
    this.type = null;
    this.displayName = null;
    this.settings = null;
    this.nextAction = null;
    this.additionalProperties = Collections.emptyMap();
  }

  Step(Builder builder) {
    this.name = builder.name;
    this.type = builder.type;
    this.displayName = builder.displayName != null ? builder.displayName : builder.name;
    this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(builder.settings));
    this.nextAction = builder.nextAction;
    this.additionalProperties = builder.additionalProperties;
  }

  private <V> V required(@Nullable V value, String field) {
    return Models.required(value, "Step", name == null ? null : "\"" + name + "\"", field);
  }

  /** Returns a builder for a step of any type. */
  public static Builder builder() {
    return new Builder();
  }

  /** A {@code MANUAL} trigger: the flow starts when triggered through the API. */
  public static Step manualTrigger(String name) {
    return builder().name(name).type(StepType.MANUAL).build();
  }

  /** A {@code WEBHOOK} trigger: the flow starts when its webhook is called. */
  public static Step webhookTrigger(String name) {
    return builder().name(name).type(StepType.WEBHOOK).build();
  }

  /**
   * A {@code SET} action whose output is {@code values} after templating
   * ({@code {{input.x}}}, {@code {{steps.NAME.output.y}}}).
   */
  public static Step set(String name, Map<String, ?> values) {
    Objects.requireNonNull(values, "values == null");
    return builder().name(name).type(StepType.SET)
        .setting("values", Models.copyOf(values, "values")).build();
  }

  /**
   * A {@code DELAY} action that waits {@code ms} milliseconds.
   *
   * @throws IllegalArgumentException if {@code ms} is negative
   */
  public static Step delay(String name, long ms) {
    if (ms < 0) throw new IllegalArgumentException("ms must be >= 0 but was " + ms);
    return builder().name(name).type(StepType.DELAY).setting("ms", ms).build();
  }

  /** A {@code FAIL} action that fails the run with {@code message}. */
  public static Step fail(String name, String message) {
    Objects.requireNonNull(message, "message == null");
    return builder().name(name).type(StepType.FAIL).setting("message", message).build();
  }

  /**
   * An {@code LLM} action that streams {@code text} token by token, waiting
   * {@code tokenDelayMs} between tokens; its output is the text.
   *
   * @throws IllegalArgumentException if {@code tokenDelayMs} is negative
   */
  public static Step llm(String name, String text, long tokenDelayMs) {
    Objects.requireNonNull(text, "text == null");
    if (tokenDelayMs < 0) {
      throw new IllegalArgumentException("tokenDelayMs must be >= 0 but was " + tokenDelayMs);
    }
    return builder().name(name).type(StepType.LLM)
        .setting("text", text).setting("tokenDelayMs", tokenDelayMs).build();
  }

  /** An {@code APPROVAL} action: the run pauses here until it is approved or canceled. */
  public static Step approval(String name) {
    return builder().name(name).type(StepType.APPROVAL).build();
  }

  /**
   * A {@code BRANCH} action that runs the chain {@code onTrue} when the templated
   * {@code condition} is true ({@code "true"} or any non-empty value but {@code "false"}),
   * otherwise {@code onFalse}; its output is the output of the last step that ran.
   */
  public static Step branch(String name, String condition, Step onTrue, Step onFalse) {
    Objects.requireNonNull(condition, "condition == null");
    Objects.requireNonNull(onTrue, "onTrue == null");
    Objects.requireNonNull(onFalse, "onFalse == null");
    return builder().name(name).type(StepType.BRANCH)
        .setting("condition", condition)
        .setting("onTrue", onTrue)
        .setting("onFalse", onFalse)
        .build();
  }

  /**
   * The step's name, unique in its flow; templates refer to it as {@code {{steps.NAME…}}}.
   *
   * @throws InvalidResponseException if the server left it out
   */
  public String name() {
    return required(name, "name");
  }

  /**
   * The kind of step; {@code UNKNOWN} for a type this SDK does not know (see
   * {@link #typeAsString()}).
   *
   * @throws InvalidResponseException if the server left it out
   */
  public StepType type() {
    return Models.enumOf(StepType.class, typeAsString());
  }

  /**
   * The kind of step as the server spells it, including types this SDK does not know; a step
   * sent back keeps it.
   *
   * @throws InvalidResponseException if the server left it out
   */
  public String typeAsString() {
    return required(type, "type");
  }

  /** The human-readable name, or null when the server sent none. Built steps default to {@link #name()}. */
  public @Nullable String displayName() {
    return displayName;
  }

  /** The step's settings, read-only; empty when there are none. */
  public Map<String, Object> settings() {
    return Models.view(settings);
  }

  /** The step that runs after this one, or null at the end of the chain. */
  public @Nullable Step nextAction() {
    return nextAction;
  }

  /**
   * The fields of the server's step this SDK does not model, by name, as JSON values (numbers
   * exact); read-only, empty when there are none. A step sent back sends them too.
   */
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  /**
   * Checks the name and type of this step and of every step after it.
   *
   * @return this step
   * @throws InvalidResponseException naming the first value the server left out
   */
  public Step validate() {
    for (Step step = this; step != null; step = step.nextAction) {
      step.name();
      step.typeAsString();
    }
    return this;
  }

  /**
   * Returns a new chain: this chain with {@code next} (and whatever follows it) appended after
   * its last step. This step is not changed.
   */
  public Step then(Step next) {
    Objects.requireNonNull(next, "next == null");
    List<Step> steps = chain();
    Step tail = next;
    for (int i = steps.size() - 1; i >= 0; i--) {
      Step step = steps.get(i);
      tail = step.toBuilder().nextAction(tail).build();
    }
    return tail;
  }

  /**
   * Returns this step and every step after it, in order. Each element is the step as linked,
   * so its {@link #nextAction()} is the following element.
   */
  public List<Step> chain() {
    List<Step> steps = new ArrayList<>();
    for (Step step = this; step != null; step = step.nextAction) {
      steps.add(step);
    }
    return Collections.unmodifiableList(steps);
  }

  /** Returns a builder holding this step's values, including its {@link #nextAction()}. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof Step)) return false;
    Step that = (Step) o;
    return Objects.equals(name, that.name)
        && Objects.equals(type, that.type)
        && Objects.equals(displayName, that.displayName)
        && settings().equals(that.settings())
        && Objects.equals(nextAction, that.nextAction)
        && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, displayName, settings(), nextAction, additionalProperties);
  }

  @Override
  public String toString() {
    return "Step{name=" + name
        + ", type=" + type
        + ", displayName=" + displayName
        + ", settings=" + settings()
        + ", nextAction=" + nextAction
        + Models.additionalNames(additionalProperties)
        + '}';
  }

  /** Builds a {@link Step}; {@code name} and {@code type} are required. */
  public static final class Builder {
    @Nullable String name;
    @Nullable String type;
    @Nullable String displayName;
    private final Map<String, Object> settings = new LinkedHashMap<>();
    @Nullable Step nextAction;
    Map<String, Object> additionalProperties = Collections.emptyMap();

    Builder() {}

    Builder(Step step) {
      this.name = step.name;
      this.type = step.type;
      this.displayName = step.displayName;
      this.settings.putAll(step.settings());
      this.nextAction = step.nextAction;
      this.additionalProperties = step.additionalProperties;
    }

    /**
     * Sets the name, unique in the flow.
     *
     * @throws IllegalArgumentException if it is empty
     */
    public Builder name(String name) {
      this.name = Models.checkNotEmpty(name, "name");
      return this;
    }

    /**
     * Sets the kind of step.
     *
     * @throws IllegalArgumentException for {@link StepType#UNKNOWN}
     */
    public Builder type(StepType type) {
      this.type = Models.wire(Models.checkKnown(type, "type"));
      return this;
    }

    /**
     * Sets the kind of step as the platform spells it, for a type this SDK does not list.
     *
     * @throws IllegalArgumentException if it is empty
     */
    public Builder type(String type) {
      this.type = Models.checkNotEmpty(type, "type");
      return this;
    }

    /** Sets the human-readable name; defaults to the name. */
    public Builder displayName(String displayName) {
      this.displayName = Objects.requireNonNull(displayName, "displayName == null");
      return this;
    }

    /** Replaces all settings with a copy of {@code settings}. */
    public Builder settings(Map<String, ?> settings) {
      Objects.requireNonNull(settings, "settings == null");
      Map<String, Object> copy = Models.copyOf(settings, "settings");
      this.settings.clear();
      this.settings.putAll(copy);
      return this;
    }

    /** Sets one setting; {@code value} is any JSON-encodable value (map, list, string, number, Step…). */
    public Builder setting(String key, Object value) {
      Objects.requireNonNull(key, "key == null");
      Objects.requireNonNull(value, "value == null");
      settings.put(key, value);
      return this;
    }

    /** Sets the step that runs after this one, replacing any chain that followed. */
    public Builder nextAction(@Nullable Step nextAction) {
      this.nextAction = nextAction;
      return this;
    }

    /** Sets fields this SDK does not model (JSON values), sent with the step; replaces any set before. */
    public Builder additionalProperties(Map<String, ?> additionalProperties) {
      this.additionalProperties =
          Models.additional(Objects.requireNonNull(additionalProperties, "additionalProperties == null"));
      return this;
    }

    /**
     * Returns the step.
     *
     * @throws IllegalStateException if {@code name} or {@code type} is missing
     */
    public Step build() {
      if (name == null) throw new IllegalStateException("name is required");
      if (type == null) throw new IllegalStateException("type is required");
      return new Step(this);
    }
  }
}
