package dev.flowkit.workflows.activepieces;

import com.squareup.moshi.Json;
import dev.flowkit.workflows.internal.Models;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The choices of a piece's dropdown property, as {@code POST /v1/pieces/options} resolves them. */
public final class PropertyOptions {
  /** One choice: what people see, and the value it stands for. */
  public static final class Option {
    @Json(name = "label") private final String label;
    @Json(name = "value") private final @Nullable Object value;

    private Option(String label, @Nullable Object value) {
      this.label = label;
      this.value = value;
    }

    /** What people see. */
    public String label() {
      return label;
    }

    /** The value, as JSON values. */
    public @Nullable Object value() {
      return value;
    }

    @Override public boolean equals(@Nullable Object o) {
      return o instanceof Option && label.equals(((Option) o).label) && Objects.equals(value, ((Option) o).value);
    }

    @Override public int hashCode() {
      return Objects.hash(label, value);
    }

    @Override public String toString() {
      return label + "=" + value;
    }
  }

  @Json(name = "disabled") private final boolean disabled;
  @Json(name = "placeholder") private final @Nullable String placeholder;
  @Json(name = "options") private final @Nullable List<Option> options;

  private PropertyOptions(boolean disabled, @Nullable String placeholder, @Nullable List<Option> options) {
    this.disabled = disabled;
    this.placeholder = placeholder;
    this.options = options;
  }

  /** Whether the property cannot be chosen now (say, its connection is missing). */
  public boolean disabled() {
    return disabled;
  }

  /** Why, or what to pick, for people; or null. */
  public @Nullable String placeholder() {
    return placeholder;
  }

  /** The choices; read-only. */
  public List<Option> options() {
    return Models.view(options);
  }

  @Override public boolean equals(@Nullable Object o) {
    if (!(o instanceof PropertyOptions)) return false;
    PropertyOptions p = (PropertyOptions) o;
    return disabled == p.disabled && Objects.equals(placeholder, p.placeholder) && options().equals(p.options());
  }

  @Override public int hashCode() {
    return Objects.hash(disabled, placeholder, options());
  }

  @Override public String toString() {
    return "PropertyOptions{disabled=" + disabled + ", placeholder=" + placeholder + ", options=" + options() + "}";
  }
}
