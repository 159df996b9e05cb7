package dev.flowkit.server.internal.platform;

import dev.flowkit.server.internal.ApiException;
import dev.flowkit.server.internal.Call;
import dev.flowkit.server.internal.Principal;
import dev.flowkit.server.internal.Reply;
import dev.flowkit.server.internal.Router;
import dev.flowkit.server.internal.Services;
import java.util.Map;

/**
 * How one platform speaks over the shared stores and engine: which routes exist and what they
 * answer, how a caller proves who it is, what an error body looks like, and the curl journey of
 * its document.
 */
public interface Dialect {
  /** Registers this platform's routes. */
  void register(Router router, Services services);

  /** The caller of an authenticated route, or a 401 {@link ApiException}. */
  Principal authenticate(Call call, Services services);

  /** The error body and headers this platform answers for {@code e}. */
  Reply error(ApiException e, String requestId);

  /**
   * Seeds what the platform's own stores need besides the shared demo data (a platform with
   * flows of its own returns them instead of the contract's); by default nothing.
   */
  default dev.flowkit.server.internal.DemoData.Seeded seed(Services services,
      dev.flowkit.server.internal.DemoData.Seeded seeded) {
    return seeded;
  }

  /** The journey the platform's document walks, as curl commands against {@code facts}. */
  String journey(Facts facts);

  /** What a journey needs to know about the running server. */
  final class Facts {
    public final String base;
    public final String email;
    public final String password;
    public final String apiKey;
    public final Map<String, String> flowIds;

    public Facts(String base, String email, String password, String apiKey, Map<String, String> flowIds) {
      this.base = base;
      this.email = email;
      this.password = password;
      this.apiKey = apiKey;
      this.flowIds = flowIds;
    }

    /** A seeded flow id, or a placeholder when demo data is off. */
    public String flow(String name) {
      String id = flowIds.get(name);
      return id == null ? "<flow_id>" : id;
    }
  }

  /** An error reply with {@code body}, keeping the protocol headers of {@code e}. */
  static Reply errorReply(ApiException e, Map<String, Object> body) {
    Reply r = Reply.json(e.status, body);
    if (e.allow != null) r.header("Allow", e.allow);
    if (e.retryAfterSeconds >= 0) r.header("Retry-After", Long.toString(e.retryAfterSeconds));
    return r;
  }
}
