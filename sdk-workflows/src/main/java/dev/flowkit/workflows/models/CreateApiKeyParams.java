package dev.flowkit.workflows.models;

import dev.flowkit.workflows.internal.Models;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /api/auth/api-keys}. */
public final class CreateApiKeyParams {
  private final String name;

  private CreateApiKeyParams(Builder builder) {
    this.name = Objects.requireNonNull(builder.name);
  }

  /** Returns a builder; {@code name} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns params for a key named {@code name}. */
  public static CreateApiKeyParams of(String name) {
    return builder().name(name).build();
  }

  /** The key's name, to recognize it later. */
  public String name() {
    return name;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) return true;
    return o instanceof CreateApiKeyParams && name.equals(((CreateApiKeyParams) o).name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return "CreateApiKeyParams{name=" + name + '}';
  }

  /** Builds {@link CreateApiKeyParams}. */
  public static final class Builder {
    private @Nullable String name;

    Builder() {}

    /**
     * Sets the key's name; required.
     *
     * @throws IllegalArgumentException if it is empty
     */
    public Builder name(String name) {
      this.name = Models.checkNotEmpty(name, "name");
      return this;
    }

    /**
     * Returns the params.
     *
     * @throws IllegalStateException if {@code name} is missing
     */
    public CreateApiKeyParams build() {
      if (name == null) throw new IllegalStateException("name is required");
      return new CreateApiKeyParams(this);
    }
  }
}
