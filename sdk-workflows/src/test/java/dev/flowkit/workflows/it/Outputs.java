package dev.flowkit.workflows.it;

/** Typed shapes of run outputs. Public, as Moshi's record adapter needs accessible records. */
public final class Outputs {
  private Outputs() {}

  /** The Hello flow's output. */
  public record Greeting(String greeting) {}

  /** The Story flow's output. */
  public record Summary(String summary) {}

  /** The Approval and Slow flows' last step. */
  public record Done(boolean done) {}

  /** A typed trigger input. */
  public record Person(String name) {}
}
