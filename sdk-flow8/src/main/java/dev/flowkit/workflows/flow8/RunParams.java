package dev.flowkit.workflows.flow8;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a run sends: {@code {args, idempotencyKey, force}}. */
public final class RunParams extends Flow8Json {
  RunParams(Map<String, ?> json) {
    super(json);
  }

  /** No args; the SDK's own idempotency key. */
  public static RunParams none() {
    return builder().build();
  }

  /** Starts the params. */
  public static Builder builder() {
    return new Builder();
  }

  /** The key that makes a repeat of this run answer the first play, or null for the SDK's own. */
  public @Nullable String idempotencyKey() {
    return string("idempotencyKey");
  }

  /** Builds {@link RunParams}. */
  public static final class Builder extends Fields<Builder> {
    Builder() {}

    /** The play's args, available to expressions as {@code {{ $prev.args.x }}}. */
    public Builder args(Map<String, ?> args) {
      if (args == null) throw new NullPointerException("args == null");
      return put("args", args);
    }

    /**
     * A key that makes a repeat of this run answer the first play instead of starting another.
     * Without one the SDK sends a fresh key, fixed across its own retries.
     */
    public Builder idempotencyKey(String key) {
      return text("idempotencyKey", key);
    }

    /** Runs the flow even if it is disabled. */
    public Builder force(boolean force) {
      return put("force", force);
    }

    /** The params. */
    public RunParams build() {
      return new RunParams(fields);
    }
  }
}
