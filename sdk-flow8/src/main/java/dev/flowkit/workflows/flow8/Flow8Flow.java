package dev.flowkit.workflows.flow8;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A flow as flow8 answers it: {@code {id, name, enabled, category, groupId, permanentId, version,
 * createdAt, updatedAt, layers}}.
 */
public final class Flow8Flow extends Flow8Json {
  /** Wraps flow8's JSON. */
  public Flow8Flow(Map<String, ?> json) {
    super(json);
  }

  /** The flow's id. */
  public String id() {
    return requiredId();
  }

  /** Its name. */
  public @Nullable String name() {
    return string("name");
  }

  /** Whether it can be run (a disabled one only with {@link RunParams.Builder#force}). */
  public boolean enabled() {
    return Boolean.TRUE.equals(bool("enabled"));
  }

  /** Its category, or null. */
  public @Nullable String category() {
    return string("category");
  }

  /** Its group's id, or null. */
  public @Nullable String groupId() {
    return string("groupId");
  }

  /** An id that stays the same across versions, for other systems to refer to it. */
  public @Nullable String permanentId() {
    return string("permanentId");
  }

  /** Raised by every update. */
  public @Nullable Long version() {
    return whole("version");
  }

  /** When it was created, or null. */
  public @Nullable Instant createdAt() {
    return instant("createdAt");
  }

  /** When it last changed, or null. */
  public @Nullable Instant updatedAt() {
    return instant("updatedAt");
  }

  /** Its flowlets, in execution order, when the answer has them (one flow does). */
  public List<Flowlet> layers() {
    return list("layers", Flowlet::new);
  }
}
