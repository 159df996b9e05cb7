package dev.flowkit.workflows.internal.platform;

/**
 * A request body already written as JSON (where the SDK writes some nulls on purpose, such as an
 * operation that takes a flow out of its folder with {@code "folderId": null}).
 */
public final class JsonText {
  /** No body at all (an empty POST, as a platform's own client sends it), not even {@code {}}. */
  public static final JsonText NONE = new JsonText("");

  public final String json;

  public JsonText(String json) {
    this.json = json;
  }

  @Override public String toString() {
    return json;
  }
}
