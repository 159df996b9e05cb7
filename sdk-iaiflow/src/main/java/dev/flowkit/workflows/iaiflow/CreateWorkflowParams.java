package dev.flowkit.workflows.iaiflow;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@code IaiFlow.of(client).flows().create(…)} sends: {@code POST /api/flows {name,
 * definition_json}}. The new flow is a draft; put it {@code ACTIVE} to run it.
 */
public final class CreateWorkflowParams {
  private final String name;
  private final @Nullable WorkflowDefinition definition;

  private CreateWorkflowParams(String name, @Nullable WorkflowDefinition definition) {
    this.name = name;
    this.definition = definition;
  }

  /** A flow named {@code name} with {@code definition} (null: the platform's empty one). */
  public static CreateWorkflowParams of(String name, @Nullable WorkflowDefinition definition) {
    Objects.requireNonNull(name, "name == null");
    if (name.trim().isEmpty()) throw new IllegalArgumentException("name is blank");
    return new CreateWorkflowParams(name, definition);
  }

  /** The flow's name. */
  public String name() {
    return name;
  }

  /** The definition, or null. */
  public @Nullable WorkflowDefinition definition() {
    return definition;
  }

  @Override public boolean equals(@Nullable Object o) {
    return o instanceof CreateWorkflowParams && name.equals(((CreateWorkflowParams) o).name)
        && Objects.equals(definition, ((CreateWorkflowParams) o).definition);
  }

  @Override public int hashCode() {
    return Objects.hash(name, definition);
  }

  @Override public String toString() {
    return "CreateWorkflowParams{name=" + name + ", definition=" + definition + "}";
  }
}
