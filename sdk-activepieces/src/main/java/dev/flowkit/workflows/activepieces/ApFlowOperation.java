package dev.flowkit.workflows.activepieces;

import dev.flowkit.workflows.internal.Models;
import dev.flowkit.workflows.models.FlowStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One of Activepieces' flow operations, {@code POST /v1/flows/{id} {"type": …, "request": {…}}}
 * (its {@code FlowOperationRequest}), made with the factory of its type; applied with {@code
 * Activepieces.of(client).applyFlowOperation(flowId, operation)}, which answers the updated flow. A
 * {@code null} in {@link #request()} is sent as JSON {@code null}, as the operation's schema asks.
 */
public final class ApFlowOperation {
  /** Every operation type Activepieces has. */
  public enum Type {
    LOCK_AND_PUBLISH, CHANGE_STATUS, LOCK_FLOW, CHANGE_FOLDER, CHANGE_NAME, MOVE_ACTION, IMPORT_FLOW,
    UPDATE_TRIGGER, ADD_ACTION, UPDATE_ACTION, DELETE_ACTION, DUPLICATE_ACTION, USE_AS_DRAFT, DELETE_BRANCH,
    ADD_BRANCH, DUPLICATE_BRANCH, SET_SKIP_ACTION, UPDATE_METADATA, MOVE_BRANCH, SAVE_SAMPLE_DATA,
    UPDATE_MINUTES_SAVED, UPDATE_OWNER, UPDATE_NOTE, DELETE_NOTE, ADD_NOTE, UPDATE_SAMPLE_DATA_INFO
  }

  /** Where an added or moved action goes relative to its parent step. */
  public enum Location {
    /** After the parent, in the same chain. */
    AFTER,
    /** First in the parent loop's body. */
    INSIDE_LOOP,
    /** First in a branch ({@code branchIndex}) of the parent router. */
    INSIDE_BRANCH
  }

  private static final List<String> NOTE_COLORS = Arrays.asList("orange", "red", "green", "blue", "purple", "yellow");

  private final Type type;
  private final Map<String, @Nullable Object> request;

  private ApFlowOperation(Type type, Map<String, @Nullable Object> request) {
    this.type = type;
    this.request = Collections.unmodifiableMap(request);
  }

  private static ApFlowOperation of(Type type, @Nullable Object... namesAndValues) {
    return new ApFlowOperation(type, map(namesAndValues));
  }

  private static Map<String, @Nullable Object> map(@Nullable Object... namesAndValues) {
    Map<String, @Nullable Object> request = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) request.put((String) namesAndValues[i], namesAndValues[i + 1]);
    return request;
  }

  /** A step as an operation's whole request (its own fields, not what follows it). */
  private static Map<String, @Nullable Object> stepFields(ApStep step) {
    Objects.requireNonNull(step, "step == null");
    return map("name", step.name(), "valid", step.valid(), "displayName", step.displayName(),
        "type", step.type().name(), "settings", step.settings());
  }

  private static String name(String value, String field) {
    return Models.checkNotEmpty(value, field);
  }

  /** Locks the draft, makes it the published version and enables the flow. */
  public static ApFlowOperation lockAndPublish() {
    return of(Type.LOCK_AND_PUBLISH);
  }

  /** Publishes the draft, leaving the flow in {@code status}. */
  public static ApFlowOperation lockAndPublish(FlowStatus status) {
    return of(Type.LOCK_AND_PUBLISH, "status", Models.checkKnown(status, "status"));
  }

  /** Enables or disables the flow. */
  public static ApFlowOperation changeStatus(FlowStatus status) {
    return of(Type.CHANGE_STATUS, "status", Models.checkKnown(status, "status"));
  }

  /** Locks the current version without publishing it. */
  public static ApFlowOperation lockFlow() {
    return of(Type.LOCK_FLOW);
  }

  /** Files the flow in {@code folderId}; null takes it out of its folder. */
  public static ApFlowOperation changeFolder(@Nullable String folderId) {
    return of(Type.CHANGE_FOLDER, "folderId", folderId);
  }

  /** Renames the draft. */
  public static ApFlowOperation changeName(String displayName) {
    return of(Type.CHANGE_NAME, "displayName", name(displayName, "displayName"));
  }

  /**
   * Moves the action {@code name} (and what follows it) to {@code newParentStep}; {@code
   * location} and {@code branchIndex} (for {@link Location#INSIDE_BRANCH}) may be null.
   */
  public static ApFlowOperation moveAction(String name, String newParentStep, @Nullable Location location,
      @Nullable Integer branchIndex) {
    Map<String, @Nullable Object> request = map("name", name(name, "name"), "newParentStep",
        name(newParentStep, "newParentStep"));
    if (location != null) request.put("stepLocationRelativeToNewParent", location.name());
    if (branchIndex != null) request.put("branchIndex", index(branchIndex));
    return new ApFlowOperation(Type.MOVE_ACTION, request);
  }

  /**
   * Replaces the draft's name and its whole step tree with {@code trigger} (and everything it
   * leads to); {@code schemaVersion} as exported, or null.
   */
  public static ApFlowOperation importFlow(String displayName, ApStep trigger, @Nullable String schemaVersion) {
    return of(Type.IMPORT_FLOW, "displayName", name(displayName, "displayName"),
        "trigger", Objects.requireNonNull(trigger, "trigger == null"), "schemaVersion", schemaVersion, "notes", null);
  }

  /**
   * Replaces the trigger's type, name and settings; the actions after it stay (add more with
   * {@link #addAction(String, ApStep)}).
   */
  public static ApFlowOperation updateTrigger(ApStep trigger) {
    return new ApFlowOperation(Type.UPDATE_TRIGGER, stepFields(trigger));
  }

  /** Inserts {@code action} after the step {@code parentStep}. */
  public static ApFlowOperation addAction(String parentStep, ApStep action) {
    return addAction(parentStep, Location.AFTER, null, action);
  }

  /**
   * Inserts {@code action} at {@code location} of {@code parentStep}: after it, first inside its
   * loop, or first in its branch {@code branchIndex}.
   */
  public static ApFlowOperation addAction(String parentStep, Location location, @Nullable Integer branchIndex,
      ApStep action) {
    Map<String, @Nullable Object> request = map("parentStep", name(parentStep, "parentStep"),
        "stepLocationRelativeToParent", Objects.requireNonNull(location, "location == null").name());
    if (branchIndex != null) request.put("branchIndex", index(branchIndex));
    request.put("action", Objects.requireNonNull(action, "action == null"));
    return new ApFlowOperation(Type.ADD_ACTION, request);
  }

  /** Replaces the action with the same name (its settings, not what follows it). */
  public static ApFlowOperation updateAction(ApStep action) {
    return new ApFlowOperation(Type.UPDATE_ACTION, stepFields(action));
  }

  /** Removes the actions {@code names}. */
  public static ApFlowOperation deleteActions(String... names) {
    return of(Type.DELETE_ACTION, "names", names(names));
  }

  /** Copies the action {@code stepName} right after itself. */
  public static ApFlowOperation duplicateAction(String stepName) {
    return of(Type.DUPLICATE_ACTION, "stepName", name(stepName, "stepName"));
  }

  /** Makes a copy of version {@code versionId} the draft. */
  public static ApFlowOperation useAsDraft(String versionId) {
    return of(Type.USE_AS_DRAFT, "versionId", name(versionId, "versionId"));
  }

  /** Removes branch {@code branchIndex} of the router {@code stepName}, with its actions. */
  public static ApFlowOperation deleteBranch(String stepName, int branchIndex) {
    return of(Type.DELETE_BRANCH, "branchIndex", index(branchIndex), "stepName", name(stepName, "stepName"));
  }

  /**
   * Adds a branch {@code branchName} at {@code branchIndex} of the router {@code stepName}, taken
   * when {@code conditions} hold ({@link ApStep#condition}); null conditions: an empty one.
   */
  public static ApFlowOperation addBranch(String stepName, int branchIndex, String branchName,
      @Nullable List<List<Map<String, Object>>> conditions) {
    Map<String, @Nullable Object> request = map("branchIndex", index(branchIndex), "stepName", name(stepName, "stepName"));
    if (conditions != null) request.put("conditions", Models.copyOf(conditions, "conditions"));
    request.put("branchName", name(branchName, "branchName"));
    return new ApFlowOperation(Type.ADD_BRANCH, request);
  }

  /** Copies branch {@code branchIndex} of the router {@code stepName}, with its actions. */
  public static ApFlowOperation duplicateBranch(String stepName, int branchIndex) {
    return of(Type.DUPLICATE_BRANCH, "branchIndex", index(branchIndex), "stepName", name(stepName, "stepName"));
  }

  /** Moves branch {@code from} of the router {@code stepName} to position {@code to}. */
  public static ApFlowOperation moveBranch(String stepName, int from, int to) {
    return of(Type.MOVE_BRANCH, "sourceBranchIndex", index(from), "targetBranchIndex", index(to),
        "stepName", name(stepName, "stepName"));
  }

  /** Marks the actions {@code names} skipped (or not): a run passes over a skipped action. */
  public static ApFlowOperation setSkipAction(boolean skip, String... names) {
    return of(Type.SET_SKIP_ACTION, "names", names(names), "skip", skip);
  }

  /** Replaces the flow's metadata (null clears it). */
  public static ApFlowOperation updateMetadata(@Nullable Map<String, ?> metadata) {
    return of(Type.UPDATE_METADATA, "metadata", metadata == null ? null : Models.copyOf(metadata, "metadata"));
  }

  /** Stores {@code payload} as the sample {@code output} (else input) of step {@code stepName}. */
  public static ApFlowOperation saveSampleData(String stepName, Object payload, boolean output) {
    return of(Type.SAVE_SAMPLE_DATA, "stepName", name(stepName, "stepName"),
        "payload", Objects.requireNonNull(payload, "payload == null"), "type", output ? "OUTPUT" : "INPUT",
        "dataType", payload instanceof String ? "STRING" : "JSON");
  }

  /** Sets the minutes a run saves, for the platform's reports (null clears it). */
  public static ApFlowOperation updateMinutesSaved(@Nullable Integer timeSavedPerRun) {
    return of(Type.UPDATE_MINUTES_SAVED, "timeSavedPerRun", timeSavedPerRun);
  }

  /** Makes the user {@code ownerId} the flow's owner. */
  public static ApFlowOperation updateOwner(String ownerId) {
    return of(Type.UPDATE_OWNER, "ownerId", name(ownerId, "ownerId"));
  }

  /**
   * Adds a sticky note to the flow's canvas: {@code color} one of orange, red, green, blue,
   * purple, yellow; position and size in canvas units.
   */
  public static ApFlowOperation addNote(String id, String content, String color, double x, double y,
      double width, double height) {
    return note(Type.ADD_NOTE, id, content, color, x, y, width, height);
  }

  /** Replaces the note {@code id}, as {@link #addNote} describes it. */
  public static ApFlowOperation updateNote(String id, String content, String color, double x, double y,
      double width, double height) {
    return note(Type.UPDATE_NOTE, id, content, color, x, y, width, height);
  }

  /** Removes the note {@code id}. */
  public static ApFlowOperation deleteNote(String id) {
    return of(Type.DELETE_NOTE, "id", name(id, "id"));
  }

  /** Sets (or, with null, clears) the sample-data settings of step {@code stepName}. */
  public static ApFlowOperation updateSampleDataInfo(String stepName, @Nullable Map<String, ?> sampleDataSettings) {
    return of(Type.UPDATE_SAMPLE_DATA_INFO, "stepName", name(stepName, "stepName"),
        "sampleDataSettings", sampleDataSettings == null ? null : Models.copyOf(sampleDataSettings, "sampleDataSettings"));
  }

  private static ApFlowOperation note(Type type, String id, String content, String color, double x, double y,
      double width, double height) {
    if (!NOTE_COLORS.contains(color)) throw new IllegalArgumentException("color must be one of " + NOTE_COLORS);
    Map<String, Object> position = new LinkedHashMap<>();
    position.put("x", x);
    position.put("y", y);
    Map<String, Object> size = new LinkedHashMap<>();
    size.put("width", width);
    size.put("height", height);
    return of(type, "id", name(id, "id"), "content", Objects.requireNonNull(content, "content == null"),
        "creatorId", null, "color", color, "position", position, "size", size);
  }

  private static List<String> names(String... names) {
    if (names.length == 0) throw new IllegalArgumentException("names is empty");
    List<String> out = new ArrayList<>();
    for (String n : names) out.add(name(n, "names"));
    return out;
  }

  private static int index(int i) {
    if (i < 0) throw new IllegalArgumentException("a branch index must be >= 0 but was " + i);
    return i;
  }

  /** The operation's type. */
  public Type type() {
    return type;
  }

  /** The operation's request, read-only: strings, numbers, lists, maps and {@link ApStep}s. */
  public Map<String, @Nullable Object> request() {
    return request;
  }

  @Override public boolean equals(@Nullable Object o) {
    return o instanceof ApFlowOperation && type == ((ApFlowOperation) o).type
        && request.equals(((ApFlowOperation) o).request);
  }

  @Override public int hashCode() {
    return Objects.hash(type, request);
  }

  @Override public String toString() {
    return "ApFlowOperation{type=" + type + ", request=" + request + "}";
  }
}
