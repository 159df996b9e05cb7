package dev.flowkit.workflows.flow8;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A KV value to set: {@code {key, value, scope, scopeKey}} (scope {@code global} unless set). */
public final class KvParams extends Flow8Json {
  KvParams(Map<String, ?> json) {
    super(json);
  }

  /** A company-wide value. */
  public static KvParams global(String key, @Nullable Object value) {
    return builder().key(key).value(value).scope("global").build();
  }

  /** Starts the params. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link KvParams}. */
  public static final class Builder extends Fields<Builder> {
    Builder() {}

    /** The key. */
    public Builder key(String key) {
      return text("key", key);
    }

    /** The value (flow8's examples store text). */
    public Builder value(@Nullable Object value) {
      return put("value", value);
    }

    /** {@code global}, {@code flow_group} or {@code flow}. */
    public Builder scope(String scope) {
      return text("scope", scope);
    }

    /** The flow or group id, for a {@code flow} or {@code flow_group} value. */
    public Builder scopeKey(String scopeKey) {
      return text("scopeKey", scopeKey);
    }

    /** The params. @throws IllegalStateException without a key or a value */
    public KvParams build() {
      return new KvParams(require("KvParams", "key", "value"));
    }
  }
}
