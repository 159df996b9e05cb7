package dev.flowkit.server.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The pieces the reference server knows, in Activepieces' piece metadata shape: the webhook piece
 * (its {@code catch_webhook} trigger and {@code return_response} action, which run here), the
 * delay piece ({@code delayFor}, which runs here) and Slack (listed, so a flow can name it; its
 * actions reach the outside world and do not run here). Their properties are the pieces' own
 * ({@code packages/pieces/community/webhook}, {@code delay}), trimmed to name, type and choices.
 */
final class ApPieces {
  private ApPieces() {}

  static final List<Map<String, Object>> ALL = Arrays.asList(
      piece(ApEngine.WEBHOOK_PIECE, ApRoutes.WEBHOOK_PIECE_VERSION, "Webhook",
          "Receive HTTP requests and trigger flows using unique URLs.", "Core",
          Json.obj("return_response", op("return_response", "Return Response", "return a response", Json.obj(
              "responseType", dropdown("Response Type", "json", "JSON", "raw", "Raw", "redirect", "Redirect"),
              "fields", prop("Response", "DYNAMIC")))),
          Json.obj("catch_webhook", op("catch_webhook", "Catch Webhook",
              "Receive incoming HTTP/webhooks using any HTTP method such as GET, POST, PUT, DELETE, etc.", Json.obj(
                  "authType", dropdown("Authentication", "none", "None", "basic", "Basic Auth", "header", "Header Auth"),
                  "authFields", prop("Authentication Fields", "DYNAMIC"))))),
      piece(ApEngine.DELAY_PIECE, "0.3.1", "Delay", "Use it to delay the execution of your flow", "Core",
          Json.obj("delayFor", op("delayFor", "Delay For", "Delays the execution of the next action for a given duration",
              Json.obj("unit", dropdown("Unit", "seconds", "Seconds", "minutes", "Minutes", "hours", "Hours", "days", "Days"),
                  "delayFor", prop("Amount", "NUMBER")))),
          Json.obj()),
      piece("@activepieces/piece-slack", "0.7.3", "Slack", "Channel-based messaging platform", "Communication",
          Json.obj("send_channel_message", op("send_channel_message", "Send Message To A Channel",
              "Send message to a channel", Json.obj("channel", prop("Channel", "DROPDOWN"), "text", prop("Message", "LONG_TEXT")))),
          Json.obj("new_message", op("new_message", "New Public Message Posted Anywhere",
              "Triggers when a new message is posted to any channel", Json.obj()))));

  private static Map<String, Object> piece(String name, String version, String displayName, String description,
      String category, Map<String, Object> actions, Map<String, Object> triggers) {
    String slug = name.substring(name.lastIndexOf('-') + 1);
    return Json.obj("name", name, "displayName", displayName, "description", description,
        "logoUrl", "https://cdn.activepieces.com/pieces/" + slug + ".svg", "version", version,
        "minimumSupportedRelease", "0.30.0", "maximumSupportedRelease", "99999.99999.9999",
        "categories", new ArrayList<>(Arrays.asList(category)), "authors", new ArrayList<>(Arrays.asList("activepieces")),
        "pieceType", "OFFICIAL", "packageType", "REGISTRY", "actions", actions, "triggers", triggers);
  }

  private static Map<String, Object> op(String name, String displayName, String description, Map<String, Object> props) {
    return Json.obj("name", name, "displayName", displayName, "description", description, "props", props);
  }

  private static Map<String, Object> prop(String displayName, String type) {
    return Json.obj("displayName", displayName, "type", type, "required", true);
  }

  private static Map<String, Object> dropdown(String displayName, String... valuesAndLabels) {
    List<Object> options = new ArrayList<>();
    for (int i = 0; i < valuesAndLabels.length; i += 2) {
      options.add(Json.obj("label", valuesAndLabels[i + 1], "value", valuesAndLabels[i]));
    }
    Map<String, Object> p = prop(displayName, "STATIC_DROPDOWN");
    p.put("options", Json.obj("disabled", false, "options", options));
    return p;
  }

  /** The piece's list entry: its actions and triggers counted, as {@code GET /v1/pieces} answers. */
  static Map<String, Object> summary(Map<String, Object> piece) {
    Map<String, Object> s = FlowStore.asMap(Json.copy(piece));
    s.put("actions", FlowStore.asMap(piece.get("actions")).size());
    s.put("triggers", FlowStore.asMap(piece.get("triggers")).size());
    return s;
  }

  static @Nullable Map<String, Object> find(String name) {
    for (Map<String, Object> p : ALL) {
      if (p.get("name").equals(name)) return p;
    }
    return null;
  }

  /**
   * The choices of a dropdown property, {@code {disabled, options}}, filtered by {@code search};
   * null when the piece, step or property is unknown or not a dropdown. A dropdown that loads its
   * choices from the outside world (Slack's channels) answers disabled, with no choices.
   */
  static @Nullable Map<String, Object> options(String pieceName, String step, String property, @Nullable String search) {
    Map<String, Object> piece = find(pieceName);
    if (piece == null) return null;
    Object op = FlowStore.asMap(piece.get("actions")).get(step);
    if (op == null) op = FlowStore.asMap(piece.get("triggers")).get(step);
    if (!(op instanceof Map)) return null;
    Object prop = FlowStore.asMap(FlowStore.asMap(op).get("props")).get(property);
    if (!(prop instanceof Map)) return null;
    Map<String, Object> p = FlowStore.asMap(prop);
    if ("DROPDOWN".equals(p.get("type"))) {
      return Json.obj("disabled", true, "placeholder", "The reference server cannot reach this piece's service",
          "options", new ArrayList<>());
    }
    if (!(p.get("options") instanceof Map)) return null;
    List<Object> kept = new ArrayList<>();
    for (Object o : (List<?>) FlowStore.asMap(p.get("options")).get("options")) {
      String label = String.valueOf(((Map<?, ?>) o).get("label"));
      if (search == null || label.toLowerCase(Locale.ROOT).contains(search.toLowerCase(Locale.ROOT))) kept.add(Json.copy(o));
    }
    return Json.obj("disabled", false, "options", kept);
  }
}
