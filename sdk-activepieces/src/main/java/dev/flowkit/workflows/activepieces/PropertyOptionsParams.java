package dev.flowkit.workflows.activepieces;

import com.squareup.moshi.Json;
import dev.flowkit.workflows.internal.Models;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /v1/pieces/options}: which dropdown property of which step to resolve. */
public final class PropertyOptionsParams {
  @Json(name = "pieceName") private final String pieceName;
  @Json(name = "pieceVersion") private final String pieceVersion;
  @Json(name = "actionOrTriggerName") private final String actionOrTriggerName;
  @Json(name = "propertyName") private final String propertyName;
  @Json(name = "flowId") private final String flowId;
  @Json(name = "flowVersionId") private final String flowVersionId;
  @Json(name = "input") private final Map<String, Object> input;
  @Json(name = "searchValue") private final @Nullable String searchValue;

  private PropertyOptionsParams(Builder b) {
    this.pieceName = required(b.pieceName, "pieceName");
    this.pieceVersion = required(b.pieceVersion, "pieceVersion");
    this.actionOrTriggerName = required(b.actionOrTriggerName, "actionOrTriggerName");
    this.propertyName = required(b.propertyName, "propertyName");
    this.flowId = required(b.flowId, "flowId");
    this.flowVersionId = required(b.flowVersionId, "flowVersionId");
    this.input = Models.copyOf(b.input, "input");
    this.searchValue = b.searchValue;
  }

  private static String required(@Nullable String value, String name) {
    if (value == null) throw new IllegalStateException(name + " is required");
    return value;
  }

  /** Returns a builder; every field but {@code input} and {@code searchValue} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The piece. */
  public String pieceName() {
    return pieceName;
  }

  /** The piece's version. */
  public String pieceVersion() {
    return pieceVersion;
  }

  /** The action or trigger the property belongs to. */
  public String actionOrTriggerName() {
    return actionOrTriggerName;
  }

  /** The dropdown property. */
  public String propertyName() {
    return propertyName;
  }

  /** The flow of the step. */
  public String flowId() {
    return flowId;
  }

  /** The flow version of the step. */
  public String flowVersionId() {
    return flowVersionId;
  }

  /** The values of the other properties the dropdown depends on; read-only. */
  public Map<String, Object> input() {
    return input;
  }

  /** Text to filter the choices by, or null. */
  public @Nullable String searchValue() {
    return searchValue;
  }

  @Override public boolean equals(@Nullable Object o) {
    if (!(o instanceof PropertyOptionsParams)) return false;
    PropertyOptionsParams p = (PropertyOptionsParams) o;
    return pieceName.equals(p.pieceName) && pieceVersion.equals(p.pieceVersion)
        && actionOrTriggerName.equals(p.actionOrTriggerName) && propertyName.equals(p.propertyName)
        && flowId.equals(p.flowId) && flowVersionId.equals(p.flowVersionId) && input.equals(p.input)
        && Objects.equals(searchValue, p.searchValue);
  }

  @Override public int hashCode() {
    return Objects.hash(pieceName, pieceVersion, actionOrTriggerName, propertyName, flowId, flowVersionId, input,
        searchValue);
  }

  @Override public String toString() {
    return "PropertyOptionsParams{pieceName=" + pieceName + ", pieceVersion=" + pieceVersion + ", actionOrTriggerName="
        + actionOrTriggerName + ", propertyName=" + propertyName + ", flowId=" + flowId + ", flowVersionId="
        + flowVersionId + ", input=" + input.keySet() + ", searchValue=" + searchValue + "}";
  }

  /** Builds {@link PropertyOptionsParams}; setters check their argument at once. */
  public static final class Builder {
    @Nullable String pieceName;
    @Nullable String pieceVersion;
    @Nullable String actionOrTriggerName;
    @Nullable String propertyName;
    @Nullable String flowId;
    @Nullable String flowVersionId;
    Map<String, Object> input = new LinkedHashMap<>();
    @Nullable String searchValue;

    Builder() {}

    /** Sets the piece and its version. */
    public Builder piece(String pieceName, String pieceVersion) {
      this.pieceName = Models.checkNotEmpty(pieceName, "pieceName");
      this.pieceVersion = Models.checkNotEmpty(pieceVersion, "pieceVersion");
      return this;
    }

    /** Sets the action or trigger and its dropdown property. */
    public Builder property(String actionOrTriggerName, String propertyName) {
      this.actionOrTriggerName = Models.checkNotEmpty(actionOrTriggerName, "actionOrTriggerName");
      this.propertyName = Models.checkNotEmpty(propertyName, "propertyName");
      return this;
    }

    /** Sets the flow and flow version of the step. */
    public Builder flow(String flowId, String flowVersionId) {
      this.flowId = Models.checkNotEmpty(flowId, "flowId");
      this.flowVersionId = Models.checkNotEmpty(flowVersionId, "flowVersionId");
      return this;
    }

    /** Sets the values of the properties the dropdown depends on (copied). */
    public Builder input(Map<String, ?> input) {
      this.input = Models.copyOf(Objects.requireNonNull(input, "input == null"), "input");
      return this;
    }

    /** Sets text to filter the choices by; null for none. */
    public Builder searchValue(@Nullable String searchValue) {
      this.searchValue = searchValue;
      return this;
    }

    /**
     * Returns the params.
     *
     * @throws IllegalStateException naming a required field not set
     */
    public PropertyOptionsParams build() {
      return new PropertyOptionsParams(this);
    }
  }
}
