package dev.flowkit.workflows.models;

/**
 * The kind of a step: a trigger ({@code MANUAL}, {@code WEBHOOK}, {@code SCHEDULE}) or an action of the engine,
 * or one of Activepieces' step types (read from Activepieces and Imbrace flows; build those with
 * {@code ApStep}).
 *
 * <p>A value this SDK does not know yet reads as {@link #UNKNOWN}, so a {@code switch} always has
 * a case for it, and the server's text stays readable through {@link Step#typeAsString()} or
 * {@link StepResult#typeAsString()}. {@code UNKNOWN} is never sent: a request holding it is
 * refused before it leaves.
 */
public enum StepType {
  /** Trigger started by hand or through the API. */
  MANUAL,

  /** Trigger started by an incoming webhook. */
  WEBHOOK,

  /** Trigger started on a schedule. */
  SCHEDULE,

  /** Action whose output is its templated {@code values}. */
  SET,

  /** Action that waits {@code ms} milliseconds. */
  DELAY,

  /** Action that fails the run with {@code message}. */
  FAIL,

  /** Action that streams {@code text} token by token; its output is the text. */
  LLM,

  /** Action that pauses the run until it is approved or canceled. */
  APPROVAL,

  /** Action that runs {@code onTrue} or {@code onFalse} depending on {@code condition}. */
  BRANCH,

  /** Action that calls {@code url}. */
  HTTP,

  /** Activepieces: a trigger not chosen yet. */
  EMPTY,

  /** Activepieces: a piece's trigger (its {@code settings} name the piece and trigger). */
  PIECE_TRIGGER,

  /** Activepieces: JavaScript run in its sandbox. */
  CODE,

  /** Activepieces: a piece's action. */
  PIECE,

  /** Activepieces: a loop over items (its body in the step's {@code firstLoopAction}). */
  LOOP_ON_ITEMS,

  /** Activepieces: a router (its branches' actions in the step's {@code children}). */
  ROUTER,

  /** A value the server sent that this SDK version does not know; the model keeps its text. */
  UNKNOWN
}
