package dev.flowkit.workflows.flow8;

import java.util.Map;

/** A group to create ({@code {name, index}}) or the fields of one to change. */
public final class GroupParams extends Flow8Json {
  GroupParams(Map<String, ?> json) {
    super(json);
  }

  /** Starts the params. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GroupParams}. */
  public static final class Builder extends Fields<Builder> {
    Builder() {}

    /** The group's name. */
    public Builder name(String name) {
      return text("name", name);
    }

    /** Its place in the list (at least 0). */
    public Builder index(int index) {
      return atLeast("index", index, 0);
    }

    /** The params. */
    public GroupParams build() {
      return new GroupParams(fields);
    }
  }
}
