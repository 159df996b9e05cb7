package dev.flowkit.workflows.iaiflow;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@code IaiFlow.of(client).flows().update(id, …)} sends: {@code PUT /api/workflows/{id}
 * {name?, definition_json?, status?}}. A new name or definition of a published flow makes a new
 * version; {@code ACTIVE} publishes and enables, {@code ARCHIVED} disables.
 */
public final class UpdateWorkflowParams {
  private final @Nullable String name;
  private final @Nullable WorkflowDefinition definition;
  private final @Nullable WorkflowStatus status;

  private UpdateWorkflowParams(Builder b) {
    this.name = b.name;
    this.definition = b.definition;
    this.status = b.status;
  }

  /** Starts an update. */
  public static Builder builder() {
    return new Builder();
  }

  /** The new name, or null. */
  public @Nullable String name() {
    return name;
  }

  /** The new definition, or null. */
  public @Nullable WorkflowDefinition definition() {
    return definition;
  }

  /** The status to reach, or null. */
  public @Nullable WorkflowStatus status() {
    return status;
  }

  @Override public boolean equals(@Nullable Object o) {
    if (!(o instanceof UpdateWorkflowParams)) return false;
    UpdateWorkflowParams that = (UpdateWorkflowParams) o;
    return Objects.equals(name, that.name) && Objects.equals(definition, that.definition) && status == that.status;
  }

  @Override public int hashCode() {
    return Objects.hash(name, definition, status);
  }

  @Override public String toString() {
    return "UpdateWorkflowParams{name=" + name + ", definition=" + definition + ", status=" + status + "}";
  }

  /** Builds an {@link UpdateWorkflowParams}; at least one of its fields is required. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable WorkflowDefinition definition;
    private @Nullable WorkflowStatus status;

    Builder() {}

    /** Renames the flow. */
    public Builder name(String name) {
      Objects.requireNonNull(name, "name == null");
      if (name.trim().isEmpty()) throw new IllegalArgumentException("name is blank");
      this.name = name;
      return this;
    }

    /** Replaces the flow's definition. */
    public Builder definition(WorkflowDefinition definition) {
      this.definition = Objects.requireNonNull(definition, "definition == null");
      return this;
    }

    /**
     * The status the flow reaches ({@code DRAFT}, {@code ACTIVE}, {@code ARCHIVED}).
     *
     * @throws IllegalArgumentException for {@code UNKNOWN}
     */
    public Builder status(WorkflowStatus status) {
      Objects.requireNonNull(status, "status == null");
      if (status == WorkflowStatus.UNKNOWN) throw new IllegalArgumentException("UNKNOWN cannot be sent");
      this.status = status;
      return this;
    }

    /**
     * Returns the update.
     *
     * @throws IllegalStateException when nothing is set
     */
    public UpdateWorkflowParams build() {
      if (name == null && definition == null && status == null) {
        throw new IllegalStateException("set a name, a definition or a status");
      }
      return new UpdateWorkflowParams(this);
    }
  }
}
