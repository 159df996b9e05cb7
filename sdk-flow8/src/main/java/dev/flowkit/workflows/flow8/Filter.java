package dev.flowkit.workflows.flow8;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A flowlet's condition: {@code {leftValue, operator, rightValue, cast, mode}}; operators
 * {@code eq, neq, gt, gte, lt, lte, contains, not_contains, is_empty, not_empty, regex}.
 */
public final class Filter extends Flow8Json {
  /** Wraps flow8's JSON. */
  public Filter(Map<String, ?> json) {
    super(json);
  }

  /** {@code left operator right}, e.g. {@code Filter.of("{{ $prev.check.amount }}", "gte", "1000")}. */
  public static Filter of(Object leftValue, String operator, @Nullable Object rightValue) {
    return builder().leftValue(leftValue).operator(operator).rightValue(rightValue).build();
  }

  /** Starts a filter. */
  public static Builder builder() {
    return new Builder();
  }

  /** The left side: an expression or a value. */
  public @Nullable Object leftValue() {
    return json().get("leftValue");
  }

  /** The comparison. */
  public @Nullable String operator() {
    return string("operator");
  }

  /** The right side. */
  public @Nullable Object rightValue() {
    return json().get("rightValue");
  }

  /** The type both sides are cast to ({@code string}, {@code number}, {@code boolean}), or null. */
  public @Nullable String cast() {
    return string("cast");
  }

  /** {@code and} (all filters pass) or {@code or} (any), or null. */
  public @Nullable String mode() {
    return string("mode");
  }

  /** Builds a {@link Filter}. */
  public static final class Builder extends Fields<Builder> {
    Builder() {}

    /** The left side: an expression or a value. */
    public Builder leftValue(Object value) {
      return put("leftValue", value);
    }

    /** The comparison: eq, neq, gt, gte, lt, lte, contains, not_contains, is_empty, not_empty, regex. */
    public Builder operator(String operator) {
      return text("operator", operator);
    }

    /** The right side. */
    public Builder rightValue(@Nullable Object value) {
      return put("rightValue", value);
    }

    /** {@code string}, {@code number} or {@code boolean}. */
    public Builder cast(String cast) {
      return text("cast", cast);
    }

    /** {@code and} or {@code or}. */
    public Builder mode(String mode) {
      return text("mode", mode);
    }

    /** The filter. @throws IllegalStateException without an operator */
    public Filter build() {
      return new Filter(require("Filter", "operator"));
    }
  }
}
