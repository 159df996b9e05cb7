package dev.flowkit.workflows.flow8;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One step of a flow (flow8's "Flowlets" page): {@code {id, flowId, name, ref, appId, index, args,
 * timeout, retry, filters, needsApproval}}.
 */
public final class Flowlet extends Flow8Json {
  /** Wraps flow8's JSON. */
  public Flowlet(Map<String, ?> json) {
    super(json);
  }

  /** The flowlet's id. */
  public String id() {
    return requiredId();
  }

  /** Its flow's id, or null. */
  public @Nullable String flowId() {
    return string("flowId");
  }

  /** Its display name, or null. */
  public @Nullable String name() {
    return string("name");
  }

  /** Its name in expressions ({@code {{ $prev.<ref>.… }}}), unique in the flow. */
  public @Nullable String ref() {
    return string("ref");
  }

  /** The module it runs ({@code curl}, {@code send-mail}, …). */
  public @Nullable String appId() {
    return string("appId");
  }

  /** Its place in the order; flowlets of one index run in parallel. */
  public @Nullable Long index() {
    return whole("index");
  }

  /** The module's arguments (values or expressions). */
  public Map<String, Object> args() {
    return object("args");
  }

  /** Its time limit in seconds, or null for the platform's default. */
  public @Nullable Long timeout() {
    return whole("timeout");
  }

  /** Its retry policy, or null. */
  public @Nullable Retry retry() {
    Map<String, Object> r = object("retry");
    return r.isEmpty() ? null : new Retry(r);
  }

  /** The conditions that must pass for it to run. */
  public List<Filter> filters() {
    return list("filters", Filter::new);
  }

  /** Whether a play waits at it for an approval. */
  public boolean needsApproval() {
    return Boolean.TRUE.equals(bool("needsApproval"));
  }
}
