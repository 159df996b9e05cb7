package dev.flowkit.workflows.activepieces;

import com.squareup.moshi.Json;
import dev.flowkit.workflows.internal.Models;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An Imbrace channel automation (a workflow bound to a messaging channel), as Imbrace's
 * channel service lists them; Imbrace only.
 */
public final class ChannelAutomation {
  /** A tag of an automation. */
  public static final class Tag {
    @Json(name = "id") private final String id;
    @Json(name = "name") private final @Nullable String name;

    private Tag(String id, @Nullable String name) {
      this.id = id;
      this.name = name;
    }

    /** The tag's id. */
    public String id() {
      return id;
    }

    /** Its name. */
    public @Nullable String name() {
      return name;
    }

    @Override public boolean equals(@Nullable Object o) {
      return o instanceof Tag && id.equals(((Tag) o).id) && Objects.equals(name, ((Tag) o).name);
    }

    @Override public int hashCode() {
      return Objects.hash(id, name);
    }

    @Override public String toString() {
      return "Tag{id=" + id + ", name=" + name + "}";
    }
  }

  @Json(name = "id") private final String id;
  @Json(name = "name") private final @Nullable String name;
  @Json(name = "active") private final @Nullable Boolean active;
  @Json(name = "channelType") private final @Nullable String channelType;
  @Json(name = "tags") private final @Nullable List<Tag> tags;

  private ChannelAutomation(String id, @Nullable String name, @Nullable Boolean active, @Nullable String channelType,
      @Nullable List<Tag> tags) {
    this.id = id;
    this.name = name;
    this.active = active;
    this.channelType = channelType;
    this.tags = tags;
  }

  /** The automation's id. */
  public String id() {
    return id;
  }

  /** Its name. */
  public @Nullable String name() {
    return name;
  }

  /** Whether it is on, or null if not said. */
  public @Nullable Boolean active() {
    return active;
  }

  /** The channel it serves, such as {@code whatsapp}, or null if not said. */
  public @Nullable String channelType() {
    return channelType;
  }

  /** Its tags; read-only. */
  public List<Tag> tags() {
    return Models.view(tags);
  }

  @Override public boolean equals(@Nullable Object o) {
    if (!(o instanceof ChannelAutomation)) return false;
    ChannelAutomation c = (ChannelAutomation) o;
    return id.equals(c.id) && Objects.equals(name, c.name) && Objects.equals(active, c.active)
        && Objects.equals(channelType, c.channelType) && tags().equals(c.tags());
  }

  @Override public int hashCode() {
    return Objects.hash(id, name, active, channelType, tags());
  }

  @Override public String toString() {
    return "ChannelAutomation{id=" + id + ", name=" + name + ", active=" + active + ", channelType=" + channelType
        + ", tags=" + tags() + "}";
  }
}
