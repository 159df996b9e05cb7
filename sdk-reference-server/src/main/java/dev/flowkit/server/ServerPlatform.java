package dev.flowkit.server;

import dev.flowkit.server.internal.platform.ActivepiecesDialect;
import dev.flowkit.server.internal.platform.Dialect;
import dev.flowkit.server.internal.platform.Flow8Dialect;
import dev.flowkit.server.internal.platform.FlowAiDialect;
import dev.flowkit.server.internal.platform.FlowkitDialect;
import dev.flowkit.server.internal.platform.IaiFlowDialect;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The platform a {@link ReferenceServer} impersonates: its paths, JSON shapes, status spellings,
 * status codes and error bodies, on top of the same stores and run engine.
 */
public enum ServerPlatform {
  /** The full Flowkit contract ({@code openapi/flow-api.yaml}), with the seeds' route aliases. The default. */
  FLOWKIT("flowkit", FlowkitDialect::new),
  /** IAI Flow: session cookie, {@code {"items":[…]}}, snake_case, lower-case statuses. */
  IAI_FLOW("iai", IaiFlowDialect::new),
  /** FlowAI: {@code POST /v1/api/workflow/run/{id}} with {@code X-API-KEY}, standard or streaming. */
  FLOWAI("flowai", FlowAiDialect::new),
  /**
   * Imbrace, whose workflow engine is Activepieces v1: its routes under {@code /activepieces/v1}
   * with {@code x-api-key} or {@code x-access-token} + {@code x-organization-id}, plus the channel
   * service's automations.
   */
  IMBRACE("imbrace", () -> new ActivepiecesDialect(true)),
  /** Activepieces itself: its v1 routes under {@code /api/v1} with {@code Authorization: Bearer <API key>}. */
  ACTIVEPIECES("activepieces", () -> new ActivepiecesDialect(false)),
  /** flow8: {@code ?page=&size=} lists, plays under {@code /api/plays}, {@code UNAUTHORIZED} errors. */
  FLOW8("flow8", Flow8Dialect::new);

  private final String cliName;
  private final Supplier<Dialect> dialect;

  ServerPlatform(String cliName, Supplier<Dialect> dialect) {
    this.cliName = cliName;
    this.dialect = dialect;
  }

  /** The name the standalone server's {@code --platform} takes, e.g. {@code iai}. */
  public String cliName() {
    return cliName;
  }

  Dialect dialect() {
    return dialect.get();
  }

  /**
   * The platform named {@code name} on the command line ({@code flowkit}, {@code iai},
   * {@code flowai}, {@code imbrace}, {@code activepieces}, {@code flow8}) or by its constant name.
   *
   * @throws IllegalArgumentException for any other name
   */
  public static ServerPlatform fromCliName(String name) {
    for (ServerPlatform p : values()) {
      if (p.cliName.equalsIgnoreCase(name) || p.name().equalsIgnoreCase(name.replace('-', '_'))) return p;
    }
    StringBuilder known = new StringBuilder();
    for (ServerPlatform p : values()) known.append(known.length() == 0 ? "" : "|").append(p.cliName);
    throw new IllegalArgumentException("unknown platform '" + name.toLowerCase(Locale.ROOT) + "'; use " + known);
  }
}
