package dev.flowkit.server.internal.flow8;

import dev.flowkit.server.internal.ApiException;
import dev.flowkit.server.internal.Body;
import dev.flowkit.server.internal.Json;
import dev.flowkit.server.internal.Platform;
import dev.flowkit.server.internal.Principal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Schedules that start plays of a flow: {@code {id, flowId, name, cron | intervalSeconds, args,
 * enabled, nextRunAt, lastRunAt, lastPlayId}}. A cron expression has five UTC fields (minute, hour,
 * day of month, month, day of week; {@code *}, lists, ranges and {@code /} steps). Due schedules
 * are fired by a timer that reads the server's clock every {@code tickMillis}; a schedule of a
 * disabled flow skips its turn. Missed turns are not caught up: the next one is after now.
 */
public final class Flow8Schedules {
  /** A schedule and who made it (its plays run as that caller). */
  private static final class Schedule {
    final Principal owner;
    final Map<String, Object> json;
    @Nullable Cron cron;

    Schedule(Principal owner, Map<String, Object> json) {
      this.owner = owner;
      this.json = json;
    }
  }

  private final Platform platform;
  private final Flow8Flows flows;
  private final Flow8Plays plays;
  private final Map<String, Schedule> schedules = new LinkedHashMap<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "flowkit-flow8-schedules");
    t.setDaemon(true);
    return t;
  });

  public Flow8Schedules(Platform platform, Flow8Flows flows, Flow8Plays plays, long tickMillis) {
    this.platform = platform;
    this.flows = flows;
    this.plays = plays;
    timer.scheduleWithFixedDelay(this::fireDue, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
  }

  public synchronized List<Map<String, Object>> list(Principal p, @Nullable String flowId) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Schedule s : schedules.values()) {
      if (!s.owner.workspaceId.equals(p.workspaceId)) continue;
      if (flowId != null && !flowId.equals(s.json.get("flowId"))) continue;
      out.add(Flow8Flows.copy(s.json));
    }
    return out;
  }

  /** {@code POST /api/schedules {flowId, name?, cron | intervalSeconds, args?, enabled?}}. */
  public synchronized Map<String, Object> create(Principal p, Body b) {
    Flow8Bodies.only(b, "a schedule", "flowId", "name", "cron", "intervalSeconds", "args", "enabled");
    String flowId = b.requiredString("flowId");
    flows.get(p, flowId); // 404 for a flow the caller cannot see
    String now = Json.time(platform.now());
    Map<String, Object> json = Json.obj("id", platform.id("sched"), "flowId", flowId, "name", null,
        "cron", null, "intervalSeconds", null, "args", new LinkedHashMap<>(), "enabled", true,
        "nextRunAt", null, "lastRunAt", null, "lastPlayId", null, "createdAt", now, "updatedAt", now);
    Schedule s = new Schedule(p, json);
    apply(s, b);
    if (s.json.get("cron") == null && s.json.get("intervalSeconds") == null) {
      throw ApiException.field("cron", "required: a cron expression, or intervalSeconds");
    }
    plan(s, platform.now());
    schedules.put((String) json.get("id"), s);
    return Flow8Flows.copy(json);
  }

  public synchronized Map<String, Object> update(Principal p, String id, Body b) {
    Schedule s = one(p, id);
    Flow8Bodies.only(b, "a schedule update", "name", "cron", "intervalSeconds", "args", "enabled");
    apply(s, b);
    s.json.put("updatedAt", Json.time(platform.now()));
    plan(s, platform.now());
    return Flow8Flows.copy(s.json);
  }

  public synchronized void delete(Principal p, String id) {
    one(p, id);
    schedules.remove(id);
  }

  /** Starts a play for every enabled schedule that is due by the server's clock. */
  public void fireDue() {
    if (platform.closed()) {
      timer.shutdown();
      return;
    }
    List<Schedule> due = new ArrayList<>();
    Instant now = platform.now();
    synchronized (this) {
      for (Schedule s : schedules.values()) {
        Object next = s.json.get("nextRunAt");
        if (Boolean.TRUE.equals(s.json.get("enabled")) && next != null && !Instant.parse((String) next).isAfter(now)) {
          due.add(s);
        }
      }
    }
    for (Schedule s : due) {
      Map<String, Object> flow = flows.find((String) s.json.get("flowId"));
      String playId = null;
      if (flow != null && Boolean.TRUE.equals(flow.get("enabled"))) {
        playId = (String) plays.trigger(s.owner.workspaceId, flow, Flow8Flows.copy(argsOf(s)), null).get("playId");
      }
      synchronized (this) {
        s.json.put("lastRunAt", Json.time(now));
        if (playId != null) s.json.put("lastPlayId", playId);
        plan(s, now);
      }
    }
  }

  public void close() {
    timer.shutdownNow();
  }

  // ---- helpers ----

  @SuppressWarnings("unchecked")
  private static Map<String, Object> argsOf(Schedule s) {
    return (Map<String, Object>) s.json.get("args");
  }

  /** Checks every field of {@code b}, then applies them all (a refused body changes nothing). */
  private void apply(Schedule s, Body b) {
    Map<String, Object> j = s.json;
    String name = b.nullableString("name");
    boolean enabled = b.bool("enabled", Boolean.TRUE.equals(j.get("enabled")));
    Map<String, Object> args = b.nullableObject("args");
    if (b.has("cron") && b.has("intervalSeconds")) {
      throw ApiException.field("cron", "give either cron or intervalSeconds, not both");
    }
    String expr = b.has("cron") ? b.requiredString("cron") : null;
    Cron cron = expr == null ? null : Cron.parse(expr);
    Long interval = b.has("intervalSeconds") ? b.integer("intervalSeconds", 60, 1, 366L * 24 * 3600) : null;
    if (b.has("name")) j.put("name", name);
    j.put("enabled", enabled);
    if (b.has("args")) j.put("args", args == null ? new LinkedHashMap<>() : Json.copy(args));
    if (cron != null) {
      s.cron = cron;
      j.put("cron", expr);
      j.put("intervalSeconds", null);
    } else if (interval != null) {
      j.put("intervalSeconds", interval);
      j.put("cron", null);
      s.cron = null;
    }
  }

  private void plan(Schedule s, Instant after) {
    Instant next;
    if (s.cron != null) {
      next = s.cron.next(after);
    } else {
      next = after.plusSeconds((Long) s.json.get("intervalSeconds"));
    }
    s.json.put("nextRunAt", next == null ? null : Json.time(next));
  }

  private Schedule one(Principal p, String id) {
    Schedule s = schedules.get(id);
    if (s == null || !s.owner.workspaceId.equals(p.workspaceId)) throw ApiException.notFound("SCHEDULE_NOT_FOUND", "Schedule", id);
    return s;
  }

  /** A five-field cron expression in UTC. */
  static final class Cron {
    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet days;
    private final BitSet months;
    private final BitSet weekdays;
    private final boolean anyDay;
    private final boolean anyWeekday;

    private Cron(String[] f) {
      minutes = field(f[0], 0, 59, "minute");
      hours = field(f[1], 0, 23, "hour");
      days = field(f[2], 1, 31, "day of month");
      months = field(f[3], 1, 12, "month");
      weekdays = field(f[4].replace('7', '0'), 0, 6, "day of week");
      anyDay = f[2].equals("*");
      anyWeekday = f[4].equals("*");
    }

    static Cron parse(String expr) {
      String[] f = expr.trim().split("\\s+");
      if (f.length != 5) {
        throw ApiException.field("cron", "must have 5 fields (minute hour day-of-month month day-of-week), got " + f.length);
      }
      return new Cron(f);
    }

    /** The first minute after {@code after} that matches, within about four years, or null. */
    @Nullable Instant next(Instant after) {
      ZonedDateTime t = after.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
      for (int i = 0; i < 4 * 366 * 24 * 60; i++) {
        if (!months.get(t.getMonthValue())) {
          t = t.withDayOfMonth(1).withHour(0).withMinute(0).plusMonths(1);
          continue;
        }
        if (!dayMatches(t)) {
          t = t.withHour(0).withMinute(0).plusDays(1);
          continue;
        }
        if (!hours.get(t.getHour())) {
          t = t.withMinute(0).plusHours(1);
          continue;
        }
        if (minutes.get(t.getMinute())) return t.toInstant();
        t = t.plusMinutes(1);
      }
      return null;
    }

    private boolean dayMatches(ZonedDateTime t) {
      boolean dom = days.get(t.getDayOfMonth());
      boolean dow = weekdays.get(t.getDayOfWeek().getValue() % 7);
      if (anyDay) return dow;
      if (anyWeekday) return dom;
      return dom || dow; // both restricted: either matches, as cron has it
    }

    private static BitSet field(String text, int min, int max, String name) {
      BitSet out = new BitSet();
      for (String part : text.split(",")) {
        String range = part;
        int step = 1;
        int slash = part.indexOf('/');
        if (slash >= 0) {
          range = part.substring(0, slash);
          step = number(part.substring(slash + 1), 1, max, name);
        }
        int lo;
        int hi;
        if (range.equals("*")) {
          lo = min;
          hi = max;
        } else if (range.contains("-")) {
          lo = number(range.substring(0, range.indexOf('-')), min, max, name);
          hi = number(range.substring(range.indexOf('-') + 1), min, max, name);
          if (hi < lo) throw ApiException.field("cron", name + " range " + range + " runs backwards");
        } else {
          lo = number(range, min, max, name);
          hi = slash >= 0 ? max : lo;
        }
        for (int v = lo; v <= hi; v += step) out.set(v);
      }
      return out;
    }

    private static int number(String s, int min, int max, String name) {
      try {
        int n = Integer.parseInt(s);
        if (n >= min && n <= max) return n;
      } catch (NumberFormatException ignored) {
        // fall through
      }
      throw ApiException.field("cron", name + " '" + s + "' must be a number from " + min + " to " + max);
    }
  }
}
