package dev.flowkit.workflows.models;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The extras of a trigger besides its input: tags to attach to the run, and an {@code Idempotency-Key} so that
 * sending the same trigger twice (say, after a timeout) starts the run only once.
 *
 * <pre>{@code
 * TriggerFlowParams params = TriggerFlowParams.builder()
 *     .idempotencyKey("order-1234")
 *     .tag("checkout")
 *     .build();
 * }</pre>
 */
public final class TriggerFlowParams {
  private static final TriggerFlowParams NONE = new Builder().build();

  private final @Nullable String idempotencyKey;
  private final List<String> tags;

  TriggerFlowParams(Builder builder) {
    this.idempotencyKey = builder.idempotencyKey;
    this.tags = Collections.unmodifiableList(new ArrayList<>(builder.tags));
  }

  /** No key, no tags. */
  public static TriggerFlowParams none() {
    return NONE;
  }

  /** Returns a builder with no key and no tags. */
  public static Builder builder() {
    return new Builder();
  }

  /** The {@code Idempotency-Key} header, or null to send none. */
  public @Nullable String idempotencyKey() {
    return idempotencyKey;
  }

  /** Tags attached to the run. */
  public List<String> tags() {
    return tags;
  }

  /** Returns a builder holding these params. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.idempotencyKey = idempotencyKey;
    builder.tags.addAll(tags);
    return builder;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    if (!(o instanceof TriggerFlowParams)) return false;
    TriggerFlowParams that = (TriggerFlowParams) o;
    return Objects.equals(idempotencyKey, that.idempotencyKey) && tags.equals(that.tags);
  }

  @Override
  public int hashCode() {
    return Objects.hash(idempotencyKey, tags);
  }

  @Override
  public String toString() {
    return "TriggerFlowParams{idempotencyKey=" + idempotencyKey + ", tags=" + tags + "}";
  }

  /** Builds {@link TriggerFlowParams}. */
  public static final class Builder {
    @Nullable String idempotencyKey;
    private final List<String> tags = new ArrayList<>();

    Builder() {}

    /**
     * Makes the trigger safe to repeat: the server starts one run per key. 1..255 characters;
     * null removes the key.
     */
    public Builder idempotencyKey(@Nullable String key) {
      if (key == null) {
        this.idempotencyKey = null;
        return this;
      }
      if (key.isEmpty() || key.length() > 255) {
        throw new IllegalArgumentException("idempotencyKey must be 1..255 characters but was " + key.length());
      }
      this.idempotencyKey = key;
      return this;
    }

    /** Adds a tag to the run. */
    public Builder tag(String tag) {
      Objects.requireNonNull(tag, "tag == null");
      if (tag.trim().isEmpty()) throw new IllegalArgumentException("tag is blank");
      tags.add(tag);
      return this;
    }

    /** Removes the tags added so far. */
    public Builder clearTags() {
      tags.clear();
      return this;
    }

    /** Returns the params. */
    public TriggerFlowParams build() {
      return new TriggerFlowParams(this);
    }
  }
}
