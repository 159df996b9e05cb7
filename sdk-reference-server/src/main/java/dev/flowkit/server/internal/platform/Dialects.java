package dev.flowkit.server.internal.platform;

import dev.flowkit.server.internal.CoreRoutes;
import dev.flowkit.server.internal.Run;
import dev.flowkit.server.internal.Services;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What several dialects share. */
final class Dialects {
  private Dialects() {}

  /** The {@code iai_session} cookie as login sets it, or as logout expires it. */
  static String cookie(Services s, String token, boolean expire) {
    return CoreRoutes.cookie(s, token, expire);
  }

  /** Runs newest first, as every platform lists them. */
  static List<Run> newestFirst(List<Run> runs) {
    List<Run> sorted = new ArrayList<>(runs);
    sorted.sort(Comparator.comparing(Run::created).thenComparing(Run::id).reversed());
    return sorted;
  }
}
