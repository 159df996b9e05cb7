package dev.flowkit.workflows.platform;

import dev.flowkit.server.ReferenceServer;
import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;

/** Clients of a reference server impersonating a platform, signed in as that platform's document does. */
final class Targets {
  private Targets() {}

  /**
   * The base URL as the platform's document writes it: flow8's includes {@code /api/}, the
   * others are the host.
   */
  static String baseUrl(ReferenceServer server, Platform platform) {
    return platform == Platform.FLOW8 ? server.url() + "api/" : server.url().toString();
  }

  static FlowClient.Builder base(ReferenceServer server, Platform platform) {
    return FlowClient.builder().platform(platform).baseUrl(baseUrl(server, platform));
  }

  /**
   * Signed in the platform's way: IAI Flow and flow8 by session login (their quickstart's way),
   * FlowAI, Imbrace and Flowkit by API key.
   */
  static FlowClient signedIn(ReferenceServer server, Platform platform) {
    if (platform == Platform.IAI_FLOW || platform == Platform.FLOW8) {
      return base(server, platform).credentials(ReferenceServer.DEMO_EMAIL, ReferenceServer.DEMO_PASSWORD).build();
    }
    return base(server, platform).apiKey(server.demoApiKey()).build();
  }

  /** A client whose credentials the platform rejects. */
  static FlowClient stranger(ReferenceServer server, Platform platform) {
    if (platform == Platform.IAI_FLOW || platform == Platform.FLOW8) {
      return base(server, platform).credentials(ReferenceServer.DEMO_EMAIL, "wrong-password").build();
    }
    return base(server, platform).apiKey("fk_not_a_key").build();
  }
}
