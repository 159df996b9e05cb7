package dev.flowkit.workflows.internal.platform;

import static dev.flowkit.workflows.internal.platform.Dialect.obj;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a trigger sends, before a dialect shapes it: the run's input (already checked to be a
 * JSON object), its tags, and for a synchronous trigger how long to wait. The body of the three
 * trigger operations.
 */
public final class Trigger {
  public final Object input;
  public final List<String> tags;
  public final @Nullable Duration timeout;

  public Trigger(Object input, List<String> tags, @Nullable Duration timeout) {
    this.input = input;
    this.tags = tags;
    this.timeout = timeout;
  }

  /** The trigger of {@code x}, which every trigger operation has as its body. */
  public static Trigger of(Exchange x) {
    Object body = x.body();
    if (!(body instanceof Trigger)) throw new IllegalStateException(x.operation + " has no trigger body");
    return (Trigger) body;
  }

  /** Refuses tags, for a platform whose trigger takes none. */
  public Trigger noTags(Exchange x) {
    if (!tags.isEmpty()) throw x.unsupported("tags");
    return this;
  }

  /** The Flowkit contract's body: {@code {input, tags?}}, then the given fields. */
  static Map<String, Object> contractBody(Exchange x, Object... more) {
    Trigger t = of(x);
    Map<String, Object> body = obj("input", t.input);
    if (!t.tags.isEmpty()) body.put("tags", t.tags);
    body.putAll(obj(more));
    return body;
  }

  /** The synchronous trigger's wait in milliseconds. */
  long timeoutMillis() {
    if (timeout == null) throw new IllegalStateException("a synchronous trigger without a timeout");
    return timeout.toMillis();
  }

  @Override public String toString() {
    return "Trigger{input=" + (input instanceof Map ? ((Map<?, ?>) input).keySet() : "…") + ", tags=" + tags + "}";
  }

  /** An unmodifiable empty tag list. */
  public static List<String> noTags() {
    return Collections.emptyList();
  }
}
