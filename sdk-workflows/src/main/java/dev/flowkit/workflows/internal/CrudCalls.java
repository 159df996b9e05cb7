package dev.flowkit.workflows.internal;

import dev.flowkit.workflows.internal.platform.Operation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The calls of a plain collection resource (folders, app connections, MCP servers, API keys):
 * list, get, create, update, delete, each its own {@link Operation}.
 *
 * @param <T> the resource type
 */
public final class CrudCalls<T> {
  private final Rest rest;
  private final Class<T> type;
  private final String idName;
  private final Operation list;
  private final @Nullable Operation get;
  private final Operation create;
  private final @Nullable Operation update;
  private final Operation delete;

  /**
   * Calls whose items decode as {@code type}; {@code idName} names ids in errors; a resource
   * without a get or an update passes null for it.
   */
  public CrudCalls(Rest rest, Class<T> type, String idName, Operation list, @Nullable Operation get,
      Operation create, @Nullable Operation update, Operation delete) {
    this.rest = rest;
    this.type = type;
    this.idName = idName;
    this.list = list;
    this.get = get;
    this.create = create;
    this.update = update;
    this.delete = delete;
  }

  public ApiCall<PageEnvelope<T>> list(Map<String, String> query) {
    return rest.call(list).query(query).page(type);
  }

  public ApiCall<T> get(String id) {
    return rest.call(Objects.requireNonNull(get, "no get")).param("id", Rest.id(id, idName)).returning(type);
  }

  /** Creates (or upserts) the resource from {@code body}. */
  public ApiCall<T> create(Object body) {
    return create(type, body);
  }

  /** Creates the resource from {@code body}, yielding a {@code resultType} (such as a created key). */
  public <R> ApiCall<R> create(Type resultType, Object body) {
    return rest.call(create).body(Objects.requireNonNull(body, "params == null")).returning(resultType);
  }

  public ApiCall<T> update(String id, Object body) {
    return rest.call(Objects.requireNonNull(update, "no update")).param("id", Rest.id(id, idName))
        .body(Objects.requireNonNull(body, "params == null")).returning(type);
  }

  public ApiCall<@Nullable Void> delete(String id) {
    return rest.call(delete).param("id", Rest.id(id, idName)).noContent();
  }

  /** {@code operation} on one resource, yielding the resource (such as rotating a token). */
  public ApiCall<T> action(String id, Operation operation) {
    return rest.call(operation).param("id", Rest.id(id, idName)).returning(type);
  }
}
