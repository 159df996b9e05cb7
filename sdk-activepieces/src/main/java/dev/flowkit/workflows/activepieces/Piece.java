package dev.flowkit.workflows.activepieces;

import com.squareup.moshi.Json;
import dev.flowkit.workflows.internal.Models;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An Activepieces piece (an integration): in a list, its summary with how many actions and
 * triggers it has; by name, the same with the actions and triggers themselves.
 */
public final class Piece {
  @Json(name = "name") private final String name;
  @Json(name = "displayName") private final @Nullable String displayName;
  @Json(name = "description") private final @Nullable String description;
  @Json(name = "logoUrl") private final @Nullable String logoUrl;
  @Json(name = "version") private final @Nullable String version;
  @Json(name = "categories") private final @Nullable List<String> categories;
  @Json(name = "authors") private final @Nullable List<String> authors;
  @Json(name = "actions") private final @Nullable Object actions;
  @Json(name = "triggers") private final @Nullable Object triggers;

  private Piece(String name, @Nullable String displayName, @Nullable String description, @Nullable String logoUrl,
      @Nullable String version, @Nullable List<String> categories, @Nullable List<String> authors,
      @Nullable Object actions, @Nullable Object triggers) {
    this.name = name;
    this.displayName = displayName;
    this.description = description;
    this.logoUrl = logoUrl;
    this.version = version;
    this.categories = categories;
    this.authors = authors;
    this.actions = actions;
    this.triggers = triggers;
  }

  /** The piece's package name, such as {@code @activepieces/piece-webhook}. */
  public String name() {
    return name;
  }

  /** Its name as people see it. */
  public @Nullable String displayName() {
    return displayName;
  }

  /** What it does. */
  public @Nullable String description() {
    return description;
  }

  /** Its logo. */
  public @Nullable String logoUrl() {
    return logoUrl;
  }

  /** Its version, such as {@code 0.1.24}. */
  public @Nullable String version() {
    return version;
  }

  /** Its categories; read-only. */
  public List<String> categories() {
    return Models.view(categories);
  }

  /** Its authors; read-only. */
  public List<String> authors() {
    return Models.view(authors);
  }

  /** How many actions it has. */
  public int actionCount() {
    return count(actions);
  }

  /** How many triggers it has. */
  public int triggerCount() {
    return count(triggers);
  }

  /** The names of its actions, when the piece was read by name (a list's summary has only counts). */
  public Set<String> actionNames() {
    return names(actions);
  }

  /** The names of its triggers, when the piece was read by name. */
  public Set<String> triggerNames() {
    return names(triggers);
  }

  /**
   * The action or trigger {@code name} as JSON values ({@code displayName}, {@code props}, …), or
   * null when the piece was read from a list or has none of that name.
   */
  public @Nullable Object operation(String name) {
    for (Object group : new Object[] {actions, triggers}) {
      if (group instanceof Map && ((Map<?, ?>) group).containsKey(name)) return ((Map<?, ?>) group).get(name);
    }
    return null;
  }

  private static int count(@Nullable Object value) {
    return value instanceof Number ? ((Number) value).intValue() : value instanceof Map ? ((Map<?, ?>) value).size() : 0;
  }

  @SuppressWarnings("unchecked")
  private static Set<String> names(@Nullable Object value) {
    return value instanceof Map
        ? Collections.unmodifiableSet(((Map<String, ?>) value).keySet()) : Collections.<String>emptySet();
  }

  @Override public boolean equals(@Nullable Object o) {
    if (!(o instanceof Piece)) return false;
    Piece p = (Piece) o;
    return name.equals(p.name) && Objects.equals(displayName, p.displayName) && Objects.equals(description, p.description)
        && Objects.equals(logoUrl, p.logoUrl) && Objects.equals(version, p.version)
        && categories().equals(p.categories()) && authors().equals(p.authors())
        && Objects.equals(actions, p.actions) && Objects.equals(triggers, p.triggers);
  }

  @Override public int hashCode() {
    return Objects.hash(name, displayName, description, logoUrl, version, categories(), authors(), actions, triggers);
  }

  @Override public String toString() {
    return "Piece{name=" + name + ", version=" + version + ", displayName=" + displayName + ", actions="
        + actionCount() + ", triggers=" + triggerCount() + "}";
  }
}
