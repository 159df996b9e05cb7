package dev.flowkit.workflows.models;

/**
 * The kind of a {@link FlowOperation}.
 *
 * <p>A value this SDK does not know yet decodes to {@link #UNKNOWN}; {@code UNKNOWN} cannot be sent.
 */
public enum FlowOperationType {
  /** Renames the draft: {@code {displayName}}. */
  CHANGE_NAME,

  /** Enables or disables the flow: {@code {status}}. */
  CHANGE_STATUS,

  /** Moves the flow: {@code {folderId}} (null un-files it). */
  CHANGE_FOLDER,

  /** Replaces the trigger: {@code {trigger}}. */
  UPDATE_TRIGGER,

  /** Inserts an action after a step: {@code {parentStep, action}}. */
  ADD_ACTION,

  /** Replaces the action of the same name: {@code {action}}. */
  UPDATE_ACTION,

  /** Removes an action: {@code {name}}. */
  DELETE_ACTION,

  /** Locks the draft, publishes it and enables the flow: {@code {}}. */
  LOCK_AND_PUBLISH,

  /** Copies a version into a new draft: {@code {versionId}}. */
  USE_AS_DRAFT,

  /** Replaces the draft's name and whole step chain: {@code {displayName, trigger}}. */
  IMPORT_FLOW,

  /** A value the server sent that this SDK version does not know. */
  UNKNOWN
}
