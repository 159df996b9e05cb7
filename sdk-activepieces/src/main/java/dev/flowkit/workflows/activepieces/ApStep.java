package dev.flowkit.workflows.activepieces;

import com.squareup.moshi.Json;
import dev.flowkit.workflows.internal.Models;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A step of an Activepieces flow as its flow operations take it: a trigger ({@code EMPTY},
 * {@code PIECE_TRIGGER}) or an action ({@code CODE}, {@code PIECE}, {@code LOOP_ON_ITEMS},
 * {@code ROUTER}), with the settings Activepieces requires filled in as the official Imbrace
 * SDK's flow builder fills them ({@code propertySettings} for every input, {@code inputUiInfo},
 * the piece's package and type). Immutable; {@link #then(ApStep)} chains the next action.
 *
 * <pre>{@code
 * Activepieces ap = Activepieces.of(client);
 * ap.applyFlowOperation(flowId, ApFlowOperation.updateTrigger(ApStep.catchWebhook("0.1.24")));
 * ap.applyFlowOperation(flowId, ApFlowOperation.addAction("trigger",
 *     ApStep.returnResponse("step_1", "0.1.24", 200, Map.of("hello", "{{trigger.body.name}}"))));
 * }</pre>
 */
public final class ApStep {
  /** Activepieces' step types (its {@code FlowTriggerType} and {@code FlowActionType}). */
  public enum Type {
    /** A trigger not chosen yet; a flow with it cannot be published. */
    EMPTY,
    /** A piece's trigger, such as the webhook piece's {@code catch_webhook}. */
    PIECE_TRIGGER,
    /** JavaScript run in Activepieces' sandbox. */
    CODE,
    /** A piece's action. */
    PIECE,
    /** Runs {@link #firstLoopAction()} once per item of {@code settings.items}. */
    LOOP_ON_ITEMS,
    /** Runs the {@link #children()} whose branch conditions hold. */
    ROUTER
  }

  /** How a router picks branches. */
  public enum ExecutionType {
    /** The first branch whose conditions hold. */
    EXECUTE_FIRST_MATCH,
    /** Every branch whose conditions hold. */
    EXECUTE_ALL_MATCH
  }

  /** A router condition's comparison (Activepieces' {@code BranchOperator}). */
  public enum Operator {
    TEXT_CONTAINS, TEXT_DOES_NOT_CONTAIN, TEXT_EXACTLY_MATCHES, TEXT_DOES_NOT_EXACTLY_MATCH,
    @Json(name = "TEXT_START_WITH") TEXT_STARTS_WITH, TEXT_DOES_NOT_START_WITH, TEXT_ENDS_WITH,
    TEXT_DOES_NOT_END_WITH, NUMBER_IS_GREATER_THAN, NUMBER_IS_LESS_THAN, NUMBER_IS_EQUAL_TO, BOOLEAN_IS_TRUE,
    BOOLEAN_IS_FALSE, DATE_IS_BEFORE, DATE_IS_EQUAL, DATE_IS_AFTER, LIST_CONTAINS, LIST_DOES_NOT_CONTAIN,
    LIST_IS_EMPTY, LIST_IS_NOT_EMPTY, EXISTS, DOES_NOT_EXIST
  }

  /** The webhook piece, whose trigger receives webhook calls and whose action answers them. */
  public static final String WEBHOOK_PIECE = "@activepieces/piece-webhook";

  @Json(name = "name")
  private final String name;
  @Json(name = "valid")
  private final boolean valid;
  @Json(name = "displayName")
  private final String displayName;
  @Json(name = "type")
  private final Type type;
  @Json(name = "settings")
  private final Map<String, Object> settings;
  @Json(name = "nextAction")
  private final @Nullable ApStep nextAction;
  @Json(name = "firstLoopAction")
  private final @Nullable ApStep firstLoopAction;
  @Json(name = "children")
  private final @Nullable List<@Nullable ApStep> children;

  private ApStep(String name, boolean valid, String displayName, Type type, Map<String, Object> settings,
      @Nullable ApStep nextAction, @Nullable ApStep firstLoopAction, @Nullable List<@Nullable ApStep> children) {
    this.name = name;
    this.valid = valid;
    this.displayName = displayName;
    this.type = type;
    this.settings = Collections.unmodifiableMap(settings);
    this.nextAction = nextAction;
    this.firstLoopAction = firstLoopAction;
    this.children = children == null ? null : Collections.unmodifiableList(children);
  }

  private static ApStep of(String name, boolean valid, String displayName, Type type, Map<String, Object> settings) {
    return new ApStep(Models.checkNotEmpty(name, "name"), valid, Models.checkNotEmpty(displayName, "displayName"),
        type, settings, null, null, type == Type.ROUTER ? new ArrayList<>() : null);
  }

  /**
   * Any step, with {@code settings} exactly as given (copied): for a step type or a piece setting
   * the factories do not cover.
   */
  public static ApStep of(String name, String displayName, Type type, boolean valid, Map<String, ?> settings) {
    return of(name, valid, displayName, Objects.requireNonNull(type, "type == null"), Models.copyOf(settings, "settings"));
  }

  /** The empty trigger Activepieces gives a new flow: {@code trigger}, "Select Trigger", not valid. */
  public static ApStep emptyTrigger() {
    return of("trigger", false, "Select Trigger", Type.EMPTY, new LinkedHashMap<String, Object>());
  }

  /** The trigger {@code triggerName} of a piece, with {@code input} (each key set MANUAL). */
  public static ApStep pieceTrigger(String displayName, String pieceName, String pieceVersion, String triggerName,
      Map<String, ?> input) {
    Map<String, Object> settings = pieceSettings(pieceName, pieceVersion, input);
    settings.put("triggerName", Models.checkNotEmpty(triggerName, "triggerName"));
    return of("trigger", true, displayName, Type.PIECE_TRIGGER, settings);
  }

  /**
   * The webhook piece's {@code catch_webhook} trigger without authentication: a call to the
   * flow's webhook starts a run whose trigger output is {@code {body, headers, queryParams}}.
   */
  public static ApStep catchWebhook(String pieceVersion) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("authType", "none");
    return pieceTrigger("Catch Webhook", WEBHOOK_PIECE, pieceVersion, "catch_webhook", input);
  }

  /** A piece's action {@code actionName} with {@code input} (each key set MANUAL). */
  public static ApStep piece(String name, String displayName, String pieceName, String pieceVersion,
      String actionName, Map<String, ?> input) {
    Map<String, Object> settings = pieceSettings(pieceName, pieceVersion, input);
    settings.put("actionName", Models.checkNotEmpty(actionName, "actionName"));
    return of(name, true, displayName, Type.PIECE, settings);
  }

  /**
   * The webhook piece's {@code return_response} action: the answer of a synchronous webhook,
   * {@code status} with the JSON {@code body} (templates such as {@code {{trigger.body.name}}}
   * are filled in when the flow runs).
   */
  public static ApStep returnResponse(String name, String pieceVersion, int status, @Nullable Object body) {
    if (status < 100 || status > 599) throw new IllegalArgumentException("status must be 100..599 but was " + status);
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("status", status);
    fields.put("headers", new LinkedHashMap<String, Object>());
    fields.put("body", body == null ? new LinkedHashMap<String, Object>() : body);
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("responseType", "json");
    input.put("fields", fields);
    return piece(name, "Return Response", WEBHOOK_PIECE, pieceVersion, "return_response", input);
  }

  /** JavaScript {@code code} (exporting {@code code(inputs)}) with {@code input}. */
  public static ApStep code(String name, String displayName, String code, Map<String, ?> input) {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("code", Models.checkNotEmpty(code, "code"));
    source.put("packageJson", "{}");
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("sourceCode", source);
    settings.put("input", Models.copyOf(input, "input"));
    settings.put("inputUiInfo", new LinkedHashMap<String, Object>());
    settings.put("errorHandlingOptions", errorHandling());
    return of(name, true, displayName, Type.CODE, settings);
  }

  /** A loop over {@code items}, a template such as {@code {{trigger.body.orders}}}. */
  public static ApStep loopOnItems(String name, String displayName, String items) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("items", Models.checkNotEmpty(items, "items"));
    settings.put("inputUiInfo", new LinkedHashMap<String, Object>());
    return of(name, true, displayName, Type.LOOP_ON_ITEMS, settings);
  }

  /**
   * A router with {@code branches} (each {@code {branchName, branchType, conditions}}, see
   * {@link #conditionBranch} and {@link #fallbackBranch}); its children start empty, one per
   * branch, until set with {@link #withChildren(List)}.
   */
  public static ApStep router(String name, String displayName, ExecutionType executionType,
      List<Map<String, Object>> branches) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("branches", Models.copyOf(branches, "branches"));
    settings.put("executionType", Objects.requireNonNull(executionType, "executionType == null").name());
    settings.put("inputUiInfo", new LinkedHashMap<String, Object>());
    ApStep router = of(name, true, displayName, Type.ROUTER, settings);
    List<@Nullable ApStep> children = new ArrayList<>();
    for (int i = 0; i < branches.size(); i++) children.add(null);
    return new ApStep(router.name, true, router.displayName, Type.ROUTER, settings, null, null, children);
  }

  /**
   * A router branch taken when any group of {@code conditions} holds all its conditions (an OR of
   * ANDs, as Activepieces evaluates them).
   */
  public static Map<String, Object> conditionBranch(String branchName, List<List<Map<String, Object>>> conditions) {
    Map<String, Object> branch = new LinkedHashMap<>();
    branch.put("conditions", Models.copyOf(conditions, "conditions"));
    branch.put("branchType", "CONDITION");
    branch.put("branchName", Models.checkNotEmpty(branchName, "branchName"));
    return branch;
  }

  /** The router branch taken when no other branch is. */
  public static Map<String, Object> fallbackBranch(String branchName) {
    Map<String, Object> branch = new LinkedHashMap<>();
    branch.put("branchType", "FALLBACK");
    branch.put("branchName", Models.checkNotEmpty(branchName, "branchName"));
    return branch;
  }

  /**
   * A condition: {@code firstValue operator secondValue}, both templates or literals; null
   * {@code secondValue} for the single-value operators ({@code EXISTS}, {@code BOOLEAN_IS_TRUE}, …).
   */
  public static Map<String, Object> condition(String firstValue, Operator operator, @Nullable String secondValue,
      boolean caseSensitive) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("firstValue", Objects.requireNonNull(firstValue, "firstValue == null"));
    c.put("operator", Objects.requireNonNull(operator, "operator == null"));
    if (secondValue != null) c.put("secondValue", secondValue);
    c.put("caseSensitive", caseSensitive);
    return c;
  }

  private static Map<String, Object> pieceSettings(String pieceName, String pieceVersion, Map<String, ?> input) {
    Map<String, Object> copy = Models.copyOf(input, "input");
    Map<String, Object> propertySettings = new LinkedHashMap<>();
    for (String key : copy.keySet()) {
      Map<String, Object> manual = new LinkedHashMap<>();
      manual.put("type", "MANUAL");
      propertySettings.put(key, manual);
    }
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("pieceName", Models.checkNotEmpty(pieceName, "pieceName"));
    settings.put("pieceVersion", Models.checkNotEmpty(pieceVersion, "pieceVersion"));
    settings.put("input", copy);
    settings.put("propertySettings", propertySettings);
    settings.put("inputUiInfo", new LinkedHashMap<String, Object>());
    settings.put("packageType", "REGISTRY");
    settings.put("pieceType", "OFFICIAL");
    return settings;
  }

  private static Map<String, Object> errorHandling() {
    Map<String, Object> off = new LinkedHashMap<>();
    off.put("value", false);
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("continueOnFailure", off);
    options.put("retryOnFailure", off);
    return options;
  }

  /** This step followed by {@code next} (and whatever follows it). */
  public ApStep then(@Nullable ApStep next) {
    return new ApStep(name, valid, displayName, type, settings, next, firstLoopAction, children);
  }

  /**
   * This loop running {@code first} (and what follows it) for each item.
   *
   * @throws IllegalStateException unless this is a {@code LOOP_ON_ITEMS} step
   */
  public ApStep withFirstLoopAction(@Nullable ApStep first) {
    if (type != Type.LOOP_ON_ITEMS) throw new IllegalStateException(name + " is a " + type + ", not a loop");
    return new ApStep(name, valid, displayName, type, settings, nextAction, first, children);
  }

  /**
   * This router running {@code children.get(i)} for branch {@code i} (a null child: nothing).
   *
   * @throws IllegalStateException unless this is a {@code ROUTER} step
   * @throws IllegalArgumentException if there is not one child per branch
   */
  public ApStep withChildren(List<@Nullable ApStep> children) {
    if (type != Type.ROUTER) throw new IllegalStateException(name + " is a " + type + ", not a router");
    Object branches = settings.get("branches");
    int n = branches instanceof List ? ((List<?>) branches).size() : 0;
    if (children.size() != n) throw new IllegalArgumentException(n + " branches but " + children.size() + " children");
    return new ApStep(name, valid, displayName, type, settings, nextAction, firstLoopAction, new ArrayList<>(children));
  }

  /** The step's name, unique in its flow: {@code trigger}, {@code step_1}, …. */
  public String name() {
    return name;
  }

  /** Whether the step is fully configured (a flow with an invalid step cannot be published). */
  public boolean valid() {
    return valid;
  }

  /** The name people see. */
  public String displayName() {
    return displayName;
  }

  /** The step's type. */
  public Type type() {
    return type;
  }

  /** The step's settings, read-only. */
  public Map<String, Object> settings() {
    return settings;
  }

  /** The action after this step, or null. */
  public @Nullable ApStep nextAction() {
    return nextAction;
  }

  /** A loop's first action, or null. */
  public @Nullable ApStep firstLoopAction() {
    return firstLoopAction;
  }

  /** A router's branch actions, one per branch (null for an empty branch); empty for other types. */
  public List<@Nullable ApStep> children() {
    return children == null ? Collections.<@Nullable ApStep>emptyList() : children;
  }

  @Override public boolean equals(@Nullable Object o) {
    if (!(o instanceof ApStep)) return false;
    ApStep that = (ApStep) o;
    return name.equals(that.name) && valid == that.valid && displayName.equals(that.displayName) && type == that.type
        && settings.equals(that.settings) && Objects.equals(nextAction, that.nextAction)
        && Objects.equals(firstLoopAction, that.firstLoopAction) && Objects.equals(children, that.children);
  }

  @Override public int hashCode() {
    return Objects.hash(name, valid, displayName, type, settings, nextAction, firstLoopAction, children);
  }

  @Override public String toString() {
    return "ApStep{name=" + name + ", type=" + type + ", displayName=" + displayName + ", valid=" + valid
        + ", settings=" + settings + (firstLoopAction == null ? "" : ", firstLoopAction=" + firstLoopAction)
        + (children == null ? "" : ", children=" + children)
        + (nextAction == null ? "" : ", nextAction=" + nextAction) + "}";
  }
}
