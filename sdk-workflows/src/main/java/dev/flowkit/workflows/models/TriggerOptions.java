package dev.flowkit.workflows.models;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Extras for a trigger: tags to attach to the run, and an {@code Idempotency-Key} so that
 * sending the same trigger twice (say, after a timeout) starts the run only once.
 *
 * <pre>{@code
 * TriggerOptions options = TriggerOptions.builder()
 *     .idempotencyKey("order-1234")
 *     .tag("checkout")
 *     .build();
 * }</pre>
 */
public final class TriggerOptions {
  private static final TriggerOptions NONE = new Builder().build();

  private final @Nullable String idempotencyKey;
  private final List<String> tags;

  private TriggerOptions(Builder builder) {
    this.idempotencyKey = builder.idempotencyKey;
    this.tags = Collections.unmodifiableList(new ArrayList<>(builder.tags));
  }

  /** No key, no tags. */
  public static TriggerOptions none() {
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

  @Override
  public String toString() {
    return "TriggerOptions{idempotencyKey=" + idempotencyKey + ", tags=" + tags + "}";
  }

  /** Builds {@link TriggerOptions}. */
  public static final class Builder {
    private @Nullable String idempotencyKey;
    private final List<String> tags = new ArrayList<>();

    Builder() {}

    /** Makes the trigger safe to repeat: the server starts one run per key. 1..255 characters. */
    public Builder idempotencyKey(String key) {
      Objects.requireNonNull(key, "idempotencyKey == null");
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

    /** Returns the options. */
    public TriggerOptions build() {
      return new TriggerOptions(this);
    }
  }
}
