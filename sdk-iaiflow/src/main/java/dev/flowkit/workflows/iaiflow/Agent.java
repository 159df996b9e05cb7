package dev.flowkit.workflows.iaiflow;

import com.squareup.moshi.Json;
import dev.flowkit.workflows.internal.Models;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An agent definition of IAI Flow's catalog ({@code GET /api/agents}).
 */
public final class Agent {
  @Json(name = "id")
  private final @Nullable String id;
  @Json(name = "name")
  private final @Nullable String name;
  @Json(name = "description")
  private final @Nullable String description;
  @Json(name = "system_prompt")
  private final @Nullable String systemPrompt;
  @Json(name = "tools")
  private final @Nullable List<Object> tools;
  @Json(name = "max_iterations")
  private final @Nullable Integer maxIterations;

  /** For the JSON reader, which sets the fields the answer has. */
  private Agent() {
    this.id = null;
    this.name = null;
    this.description = null;
    this.systemPrompt = null;
    this.tools = null;
    this.maxIterations = null;
  }

  /** The agent's id, as {@code agent_id} names it. Null when the platform left it out. */
  public @Nullable String id() {
    return id;
  }

  /** Its name. Null when the platform left it out. */
  public @Nullable String name() {
    return name;
  }

  /** What it does. Null when the platform left it out. */
  public @Nullable String description() {
    return description;
  }

  /** Its system prompt. Null when the platform left it out. */
  public @Nullable String systemPrompt() {
    return systemPrompt;
  }

  /** Its tools, as JSON values. Read-only; empty when absent. */
  public List<Object> tools() {
    return Models.view(tools);
  }

  /** The most steps its loop may take. Null when the platform left it out. */
  public @Nullable Integer maxIterations() {
    return maxIterations;
  }

  @Override public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof Agent)) return false;
    Agent that = (Agent) o;
    return Objects.equals(id, that.id)
        && Objects.equals(name, that.name)
        && Objects.equals(description, that.description)
        && Objects.equals(systemPrompt, that.systemPrompt)
        && Objects.equals(tools, that.tools)
        && Objects.equals(maxIterations, that.maxIterations);
  }

  @Override public int hashCode() {
    return Objects.hash(id, name, description, systemPrompt, tools, maxIterations);
  }

  @Override public String toString() {
    return "Agent{id=" + id
        + ", name=" + name
        + ", description=" + description
        + ", systemPrompt=" + systemPrompt
        + ", tools=" + tools
        + ", maxIterations=" + maxIterations + "}";
  }
}
