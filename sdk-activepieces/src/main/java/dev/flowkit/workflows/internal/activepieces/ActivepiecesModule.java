package dev.flowkit.workflows.internal.activepieces;

import dev.flowkit.workflows.internal.ClientWiring;
import dev.flowkit.workflows.internal.PlatformModule;
import dev.flowkit.workflows.internal.platform.Dialect;

/**
 * Not API. {@code Platform.ACTIVEPIECES} and {@code Platform.IMBRACE}, found by its name (see {@code
 * PlatformModules}): their dialects and {@code Activepieces.of(client)}.
 */
public final class ActivepiecesModule implements PlatformModule {
  @Override public Dialect dialect(String platform) {
    return "IMBRACE".equals(platform) ? ActivepiecesDialect.imbrace() : ActivepiecesDialect.activepieces();
  }

  /** The Activepieces facade of the client {@code wiring} belongs to, made on first use. */
  public static ActivepiecesImpl facade(ClientWiring wiring, String entry) {
    wiring.requirePlatform(entry, "ACTIVEPIECES", "IMBRACE");
    return wiring.extension(ActivepiecesImpl.class, w -> new ActivepiecesImpl(new ActivepiecesCalls(w.rest())));
  }
}
