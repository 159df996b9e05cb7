package dev.flowkit.workflows.models;

import com.squareup.moshi.Json;
import dev.flowkit.workflows.internal.Models;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/runs/{id}/approve}: resumes a PAUSED run at its
 * {@code APPROVAL} step, optionally with a payload that becomes the step's output.
 */
public final class ApproveRunParams {
  @Json(name = "step")
  private final @Nullable String step;
  @Json(name = "payload")
  private final @Nullable Map<String, Object> payload;

  ApproveRunParams(Builder builder) {
    this.step = builder.step;
    this.payload = builder.payload;
  }

  /** Returns a builder; every field is optional. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns params that approve whichever step the run waits at, without a payload. */
  public static ApproveRunParams none() {
    return new Builder().build();
  }

  /** The name of the step to approve, or null for the one the run waits at. */
  public @Nullable String step() {
    return step;
  }

  /** The payload, read-only, or null when there is none. */
  public @Nullable Map<String, Object> payload() {
    return payload;
  }

  /** Returns a builder holding these params. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.step = step;
    builder.payload = payload;
    return builder;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof ApproveRunParams)) return false;
    ApproveRunParams that = (ApproveRunParams) o;
    return Objects.equals(step, that.step) && Objects.equals(payload, that.payload);
  }

  @Override
  public int hashCode() {
    return Objects.hash(step, payload);
  }

  @Override
  public String toString() {
    return "ApproveRunParams{step=" + step + ", payload=" + payload + '}';
  }

  /** Builds {@link ApproveRunParams}. */
  public static final class Builder {
    @Nullable String step;
    @Nullable Map<String, Object> payload;

    Builder() {}

    /** Names the {@code APPROVAL} step to approve. */
    public Builder step(String step) {
      this.step = Objects.requireNonNull(step, "step == null");
      return this;
    }

    /** Sets the payload (copied): any JSON-encodable values. */
    public Builder payload(Map<String, ?> payload) {
      Objects.requireNonNull(payload, "payload == null");
      this.payload = Models.copyOf(payload, "payload");
      return this;
    }

    /** Returns the params. */
    public ApproveRunParams build() {
      return new ApproveRunParams(this);
    }
  }
}
