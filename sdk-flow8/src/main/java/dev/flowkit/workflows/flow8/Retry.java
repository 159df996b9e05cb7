package dev.flowkit.workflows.flow8;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A flowlet's retry policy: {@code {count, delayMs, backoffMultiplier, jitter}}. */
public final class Retry extends Flow8Json {
  /** Wraps flow8's JSON. */
  public Retry(Map<String, ?> json) {
    super(json);
  }

  /** Starts a policy. */
  public static Builder builder() {
    return new Builder();
  }

  /** Retries after the first failure. */
  public @Nullable Long count() {
    return whole("count");
  }

  /** The delay before the first retry, in milliseconds. */
  public @Nullable Long delayMs() {
    return whole("delayMs");
  }

  /** What each delay is multiplied by for the next. */
  public @Nullable Double backoffMultiplier() {
    return decimal("backoffMultiplier");
  }

  /** Whether delays vary randomly. */
  public @Nullable Boolean jitter() {
    return bool("jitter");
  }

  /** Builds a {@link Retry}. */
  public static final class Builder extends Fields<Builder> {
    Builder() {}

    /** Retries after the first failure (at least 0). */
    public Builder count(int count) {
      return atLeast("count", count, 0);
    }

    /** The delay before the first retry, in milliseconds (at least 0). */
    public Builder delayMs(long delayMs) {
      return atLeast("delayMs", delayMs, 0);
    }

    /** What each delay is multiplied by for the next (at least 1). */
    public Builder backoffMultiplier(double multiplier) {
      if (!(multiplier >= 1)) throw new IllegalArgumentException("backoffMultiplier must be at least 1: " + multiplier);
      return put("backoffMultiplier", multiplier);
    }

    /** Whether delays vary randomly. */
    public Builder jitter(boolean jitter) {
      return put("jitter", jitter);
    }

    /** The policy. */
    public Retry build() {
      return new Retry(fields);
    }
  }
}
