package dev.flowkit.workflows.flow8;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A flowlet to add ({@code ref} and {@code appId} required) or the fields of one to change (an
 * update sends only the fields set): {@code name, ref, appId, index, args, timeout, retry,
 * filters, needsApproval}.
 */
public final class FlowletParams extends Flow8Json {
  FlowletParams(Map<String, ?> json) {
    super(json);
  }

  /** Starts the params. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FlowletParams}. */
  public static final class Builder extends Fields<Builder> {
    Builder() {}

    /** Its display name. */
    public Builder name(String name) {
      return text("name", name);
    }

    /** Its name in expressions, unique in the flow. */
    public Builder ref(String ref) {
      return text("ref", ref);
    }

    /** The module to run ({@code curl}, {@code send-mail}, …). */
    public Builder appId(String appId) {
      return text("appId", appId);
    }

    /** Its place in the order (at least 0); equal indexes run in parallel. */
    public Builder index(int index) {
      return atLeast("index", index, 0);
    }

    /** The module's arguments: values or expressions such as {@code {{ $prev.args.id }}}. */
    public Builder args(Map<String, ?> args) {
      if (args == null) throw new NullPointerException("args == null");
      return put("args", args);
    }

    /** Its time limit in seconds (at least 1). */
    public Builder timeout(int seconds) {
      return atLeast("timeout", seconds, 1);
    }

    /** Its retry policy. */
    public Builder retry(Retry retry) {
      if (retry == null) throw new NullPointerException("retry == null");
      return put("retry", retry.json());
    }

    /** The conditions that must pass for it to run. */
    public Builder filters(List<Filter> filters) {
      if (filters == null) throw new NullPointerException("filters == null");
      List<Object> json = new ArrayList<>();
      for (Filter f : filters) json.add(f.json());
      return put("filters", json);
    }

    /** Whether a play waits at it for an approval. */
    public Builder needsApproval(boolean needsApproval) {
      return put("needsApproval", needsApproval);
    }

    /** The params. */
    public FlowletParams build() {
      return new FlowletParams(fields);
    }
  }
}
