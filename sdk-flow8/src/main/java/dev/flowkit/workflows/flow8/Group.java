package dev.flowkit.workflows.flow8;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A group of flows: {@code {id, name, index}}. */
public final class Group extends Flow8Json {
  /** Wraps flow8's JSON. */
  public Group(Map<String, ?> json) {
    super(json);
  }

  /** The group's id. */
  public String id() {
    return requiredId();
  }

  /** Its name. */
  public @Nullable String name() {
    return string("name");
  }

  /** Its place in the list. */
  public @Nullable Long index() {
    return whole("index");
  }
}
