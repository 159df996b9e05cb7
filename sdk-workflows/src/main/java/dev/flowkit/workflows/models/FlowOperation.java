package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import dev.flowkit.workflows.internal.Models;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An edit applied with {@code POST /api/flows/{id}}; on the wire {@code {"type": …, "request":
 * {…}}}. Make one with the factories, e.g. {@code FlowOperation.lockAndPublish()}.
 *
 * <p>A {@code null} in {@link #request()} is sent as JSON {@code null}: {@link
 * #changeFolder(String) changeFolder(null)} sends {@code {"folderId": null}}.
 */
public final class FlowOperation {
  @Json(name = "type")
  private final FlowOperationType type;
  @Json(name = "request")
  private final Map<String, @Nullable Object> request;

  FlowOperation(FlowOperationType type, Map<String, @Nullable Object> request) {
    this.type = type;
    this.request = Collections.unmodifiableMap(request);
  }

  /** Renames the flow's draft. */
  public static FlowOperation changeName(String displayName) {
    return of(FlowOperationType.CHANGE_NAME, "displayName",
        Models.checkNotEmpty(displayName, "displayName"));
  }

  /**
   * Enables or disables the flow; enabling needs a published version (409 otherwise).
   *
   * @throws IllegalArgumentException for {@link FlowStatus#UNKNOWN}
   */
  public static FlowOperation changeStatus(FlowStatus status) {
    return of(FlowOperationType.CHANGE_STATUS, "status", Models.checkKnown(status, "status"));
  }

  /** Files the flow in {@code folderId}, or un-files it when {@code folderId} is null. */
  public static FlowOperation changeFolder(@Nullable String folderId) {
    return of(FlowOperationType.CHANGE_FOLDER, "folderId", folderId);
  }

  /**
   * Replaces the trigger. A {@code trigger} with a {@link Step#nextAction()} replaces the chain of
   * actions too; one without keeps the actions that follow the old trigger (to drop them all, use
   * {@link #importFlow(String, Step)}).
   */
  public static FlowOperation updateTrigger(Step trigger) {
    return of(FlowOperationType.UPDATE_TRIGGER, "trigger",
        Objects.requireNonNull(trigger, "trigger == null"));
  }

  /**
   * Inserts {@code action} after the step named {@code parentStep}; the rest of the chain follows
   * the new step. Names are unique in a flow (409 otherwise).
   */
  public static FlowOperation addAction(String parentStep, Step action) {
    Map<String, @Nullable Object> request = new LinkedHashMap<>();
    request.put("parentStep", Models.checkNotEmpty(parentStep, "parentStep"));
    request.put("action", Objects.requireNonNull(action, "action == null"));
    return new FlowOperation(FlowOperationType.ADD_ACTION, request);
  }

  /** Replaces the action with the same name as {@code action}. */
  public static FlowOperation updateAction(Step action) {
    return of(FlowOperationType.UPDATE_ACTION, "action",
        Objects.requireNonNull(action, "action == null"));
  }

  /** Removes the action named {@code name}. */
  public static FlowOperation deleteAction(String name) {
    return of(FlowOperationType.DELETE_ACTION, "name", Models.checkNotEmpty(name, "name"));
  }

  /** Locks the draft, makes it the published version and enables the flow. */
  public static FlowOperation lockAndPublish() {
    return new FlowOperation(FlowOperationType.LOCK_AND_PUBLISH,
        new LinkedHashMap<String, @Nullable Object>());
  }

  /** Copies the version {@code versionId} into a new draft. */
  public static FlowOperation useAsDraft(String versionId) {
    return of(FlowOperationType.USE_AS_DRAFT, "versionId",
        Models.checkNotEmpty(versionId, "versionId"));
  }

  /** Replaces the draft's name and its whole step chain. */
  public static FlowOperation importFlow(String displayName, Step trigger) {
    Map<String, @Nullable Object> request = new LinkedHashMap<>();
    request.put("displayName", Models.checkNotEmpty(displayName, "displayName"));
    request.put("trigger", Objects.requireNonNull(trigger, "trigger == null"));
    return new FlowOperation(FlowOperationType.IMPORT_FLOW, request);
  }

  private static FlowOperation of(FlowOperationType type, String key, @Nullable Object value) {
    Map<String, @Nullable Object> request = new LinkedHashMap<>();
    request.put(key, value);
    return new FlowOperation(type, request);
  }

  /** The kind of operation. */
  public FlowOperationType type() {
    return type;
  }

  /**
   * The operation's arguments, read-only: strings, {@link FlowStatus} or {@link Step} values
   * (and a null {@code folderId}).
   */
  public Map<String, @Nullable Object> request() {
    return request;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof FlowOperation)) return false;
    FlowOperation that = (FlowOperation) o;
    return type == that.type && request.equals(that.request);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, request);
  }

  @Override
  public String toString() {
    return "FlowOperation{type=" + type + ", request=" + request + '}';
  }
}
