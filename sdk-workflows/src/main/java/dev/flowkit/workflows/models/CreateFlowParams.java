package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import dev.flowkit.workflows.internal.Models;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/flows}: a new DISABLED flow with one DRAFT version.
 *
 * <pre>{@code
 * CreateFlowParams params = CreateFlowParams.builder()
 *     .displayName("New Lead Notification")
 *     .trigger(Step.manualTrigger("trigger").then(Step.llm("answer", "Hello", 0)))
 *     .build();
 * }</pre>
 */
public final class CreateFlowParams {
  @Json(name = "displayName")
  private final String displayName;
  @Json(name = "projectId")
  private final @Nullable String projectId;
  @Json(name = "folderId")
  private final @Nullable String folderId;
  @Json(name = "trigger")
  private final @Nullable Step trigger;

  CreateFlowParams(Builder builder) {
    this.displayName = Objects.requireNonNull(builder.displayName);
    this.projectId = builder.projectId;
    this.folderId = builder.folderId;
    this.trigger = builder.trigger;
  }

  /** Returns a builder; {@code displayName} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The flow's name. */
  public String displayName() {
    return displayName;
  }

  /** The owning project, or null for the workspace's project. */
  public @Nullable String projectId() {
    return projectId;
  }

  /** The folder to file the flow in, or null. */
  public @Nullable String folderId() {
    return folderId;
  }

  /** The trigger and its chain, or null for a {@code MANUAL} trigger named {@code trigger}. */
  public @Nullable Step trigger() {
    return trigger;
  }

  /** Returns a builder holding these params. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.displayName = displayName;
    builder.projectId = projectId;
    builder.folderId = folderId;
    builder.trigger = trigger;
    return builder;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof CreateFlowParams)) return false;
    CreateFlowParams that = (CreateFlowParams) o;
    return displayName.equals(that.displayName)
        && Objects.equals(projectId, that.projectId)
        && Objects.equals(folderId, that.folderId)
        && Objects.equals(trigger, that.trigger);
  }

  @Override
  public int hashCode() {
    return Objects.hash(displayName, projectId, folderId, trigger);
  }

  @Override
  public String toString() {
    return "CreateFlowParams{displayName=" + displayName + ", projectId=" + projectId
        + ", folderId=" + folderId + ", trigger=" + trigger + '}';
  }

  /** Builds {@link CreateFlowParams}. */
  public static final class Builder {
    @Nullable String displayName;
    @Nullable String projectId;
    @Nullable String folderId;
    @Nullable Step trigger;

    Builder() {}

    /**
     * Sets the flow's name; required.
     *
     * @throws IllegalArgumentException if it is empty
     */
    public Builder displayName(String displayName) {
      this.displayName = Models.checkNotEmpty(displayName, "displayName");
      return this;
    }

    /** Sets the owning project; defaults to the workspace's project. */
    public Builder projectId(String projectId) {
      this.projectId = Objects.requireNonNull(projectId, "projectId == null");
      return this;
    }

    /** Files the flow in this folder. */
    public Builder folderId(String folderId) {
      this.folderId = Objects.requireNonNull(folderId, "folderId == null");
      return this;
    }

    /** Sets the trigger step and the chain of actions after it. */
    public Builder trigger(Step trigger) {
      this.trigger = Objects.requireNonNull(trigger, "trigger == null");
      return this;
    }

    /**
     * Returns the params.
     *
     * @throws IllegalStateException if {@code displayName} is missing
     */
    public CreateFlowParams build() {
      if (displayName == null) throw new IllegalStateException("displayName is required");
      return new CreateFlowParams(this);
    }
  }
}
