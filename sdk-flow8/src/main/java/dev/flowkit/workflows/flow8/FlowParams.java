package dev.flowkit.workflows.flow8;

import java.util.Map;

/**
 * A flow to create ({@code {name, enabled, category, groupId}}) or the fields of one to change (an
 * update sends only the fields set).
 */
public final class FlowParams extends Flow8Json {
  FlowParams(Map<String, ?> json) {
    super(json);
  }

  /** Starts the params. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FlowParams}. */
  public static final class Builder extends Fields<Builder> {
    Builder() {}

    /** The flow's name. */
    public Builder name(String name) {
      return text("name", name);
    }

    /** Whether it can be run (flow8's server assumes true when a new flow does not say). */
    public Builder enabled(boolean enabled) {
      return put("enabled", enabled);
    }

    /** Its category. */
    public Builder category(String category) {
      return text("category", category);
    }

    /** Its group. */
    public Builder groupId(String groupId) {
      return text("groupId", groupId);
    }

    /** The params (a create needs a name; see {@link Flows#create}). */
    public FlowParams build() {
      return new FlowParams(fields);
    }
  }
}
