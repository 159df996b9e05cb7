package dev.flowkit.workflows.internal;

import java.lang.reflect.Type;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The calls of a plain collection resource under one path ({@code /api/folders},
 * {@code /api/mcp-servers}, …): list, get, create, update, delete, and POST actions on one item.
 *
 * @param <T> the resource type
 */
public final class CrudCalls<T> {
  private final Rest rest;
  private final Class<T> type;
  private final String[] path;
  private final String idName;

  /** Calls on {@code path} whose items decode as {@code type}; {@code idName} names ids in errors. */
  public CrudCalls(Rest rest, Class<T> type, String idName, String... path) {
    this.rest = rest;
    this.type = type;
    this.idName = idName;
    this.path = path.clone();
  }

  public ApiCall<PageEnvelope<T>> list(Map<String, String> query) {
    return rest.list(type, query, path);
  }

  public ApiCall<T> get(String id) {
    return rest.get(type, item(id));
  }

  /** {@code POST path} with {@code body}, yielding the created (or upserted) resource. */
  public ApiCall<T> create(Object body) {
    return create(type, body);
  }

  /** {@code POST path} with {@code body}, yielding a {@code resultType} (such as a created key). */
  public <R> ApiCall<R> create(Type resultType, Object body) {
    return rest.send("POST", resultType, Objects.requireNonNull(body, "params == null"), path);
  }

  public ApiCall<T> update(String id, Object body) {
    return rest.send("PUT", type, Objects.requireNonNull(body, "params == null"), item(id));
  }

  public ApiCall<@Nullable Void> delete(String id) {
    return rest.delete(item(id));
  }

  /** {@code POST path/{id}/action}, yielding the resource. */
  public ApiCall<T> action(String id, String action) {
    String[] item = item(id);
    String[] segments = new String[item.length + 1];
    System.arraycopy(item, 0, segments, 0, item.length);
    segments[item.length] = action;
    return rest.send("POST", type, null, segments);
  }

  private String[] item(String id) {
    String[] segments = new String[path.length + 1];
    System.arraycopy(path, 0, segments, 0, path.length);
    segments[path.length] = Rest.id(id, idName);
    return segments;
  }
}
