package dev.flowkit.server;

import java.util.concurrent.CountDownLatch;

/**
 * Starts the reference server standalone: {@code --port N} or env {@code FLOWKIT_PORT} (default
 * 4454), {@code --platform iai|flowai|imbrace|activepieces|flow8} to impersonate a platform (default: the full
 * Flowkit contract), with the demo user, an API key and the demo flows; as IAI Flow,
 * {@code --webhook-url URL --webhook-secret SECRET} (or env {@code FLOWKIT_WEBHOOK_SECRET}) sends
 * its signed webhooks there. Runs until Ctrl-C.
 */
public final class ReferenceServerMain {
  private ReferenceServerMain() {}

  public static void main(String[] args) throws InterruptedException {
    int port = 4454;
    ServerPlatform platform = ServerPlatform.FLOWKIT;
    String webhookUrl = null;
    String webhookSecret = System.getenv("FLOWKIT_WEBHOOK_SECRET");
    String env = System.getenv("FLOWKIT_PORT");
    if (env != null && !env.isBlank()) port = Integer.parseInt(env.trim());
    try {
      for (int i = 0; i < args.length; i++) {
        if (args[i].equals("--port") && i + 1 < args.length) {
          port = Integer.parseInt(args[++i]);
        } else if (args[i].startsWith("--port=")) {
          port = Integer.parseInt(args[i].substring("--port=".length()));
        } else if (args[i].equals("--platform") && i + 1 < args.length) {
          platform = ServerPlatform.fromCliName(args[++i]);
        } else if (args[i].startsWith("--platform=")) {
          platform = ServerPlatform.fromCliName(args[i].substring("--platform=".length()));
        } else if (args[i].equals("--webhook-url") && i + 1 < args.length) {
          webhookUrl = args[++i];
        } else if (args[i].startsWith("--webhook-url=")) {
          webhookUrl = args[i].substring("--webhook-url=".length());
        } else if (args[i].equals("--webhook-secret") && i + 1 < args.length) {
          webhookSecret = args[++i];
        } else if (args[i].startsWith("--webhook-secret=")) {
          webhookSecret = args[i].substring("--webhook-secret=".length());
        } else {
          throw new IllegalArgumentException("unknown argument " + args[i]);
        }
      }
      if (webhookUrl != null && (webhookSecret == null || webhookSecret.isEmpty())) {
        throw new IllegalArgumentException("--webhook-url needs --webhook-secret (or env FLOWKIT_WEBHOOK_SECRET)");
      }
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    ReferenceServer.Builder builder = ReferenceServer.builder().port(port).platform(platform);
    if (webhookUrl != null) builder.webhook(webhookUrl, webhookSecret);
    ReferenceServer server;
    try {
      server = builder.start();
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "flowkit-shutdown"));
    System.out.println(banner(server));
    System.out.flush();
    stopped.await();
  }

  static final String USAGE =
      "usage: ReferenceServerMain [--port N] [--platform flowkit|iai|flowai|imbrace|activepieces|flow8]"
          + " [--webhook-url URL --webhook-secret SECRET]   (env FLOWKIT_PORT, FLOWKIT_WEBHOOK_SECRET)";

  /** What the standalone server prints: where it listens, as which platform, and its curl journey. */
  static String banner(ReferenceServer server) {
    String base = server.url().toString().replaceAll("/$", "");
    return "Flowkit reference server listening on " + base + "/ as " + server.platform().cliName() + "\n\n"
        + server.curlJourney() + "\nCtrl-C to stop.";
  }
}
