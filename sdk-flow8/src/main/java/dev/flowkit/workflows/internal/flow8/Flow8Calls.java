package dev.flowkit.workflows.internal.flow8;

import static dev.flowkit.workflows.internal.Rest.id;

import dev.flowkit.core.AsyncPage;
import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.core.Page;
import dev.flowkit.core.internal.Pages;
import dev.flowkit.workflows.flow8.Channel;
import dev.flowkit.workflows.flow8.ChannelParams;
import dev.flowkit.workflows.flow8.ChannelRoute;
import dev.flowkit.workflows.flow8.Flow8Flow;
import dev.flowkit.workflows.flow8.Flow8Json;
import dev.flowkit.workflows.flow8.Flow8Query;
import dev.flowkit.workflows.flow8.FlowParams;
import dev.flowkit.workflows.flow8.Flowlet;
import dev.flowkit.workflows.flow8.FlowletParams;
import dev.flowkit.workflows.flow8.Group;
import dev.flowkit.workflows.flow8.GroupParams;
import dev.flowkit.workflows.flow8.KvEntry;
import dev.flowkit.workflows.flow8.KvParams;
import dev.flowkit.workflows.flow8.Play;
import dev.flowkit.workflows.flow8.PlayLayer;
import dev.flowkit.workflows.flow8.PlayStarted;
import dev.flowkit.workflows.flow8.RouteParams;
import dev.flowkit.workflows.flow8.RunParams;
import dev.flowkit.workflows.flow8.Schedule;
import dev.flowkit.workflows.flow8.ScheduleParams;
import dev.flowkit.workflows.internal.ApiCall;
import dev.flowkit.workflows.internal.Rest;
import dev.flowkit.workflows.internal.platform.Operation;
import dev.flowkit.workflows.internal.platform.Wire;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** flow8's own calls, described once for both facades; answers decode straight into flow8's models. */
public final class Flow8Calls {
  /** One page of a flow8 list as it came: its items and its place. */
  public static final class Listing<T> {
    final List<T> items;
    final long page;
    final long pages;
    final long total;

    Listing(List<T> items, long page, long pages, long total) {
      this.items = items;
      this.page = page;
      this.pages = pages;
      this.total = total;
    }

    @Nullable String next() {
      return page + 1 < pages ? Long.toString(page + 1) : null;
    }

    @Nullable String previous() {
      return page > 0 ? Long.toString(page - 1) : null;
    }

    /** The page, loading page {@code n} through {@code fetch}. */
    public Page<T> toPage(Function<Flow8Query, Page<T>> fetch, Flow8Query query) {
      return Pages.page(items, next(), previous(), cursor -> fetch.apply(query.page(Integer.parseInt(cursor))),
          total, (int) pages);
    }

    /** The asynchronous page, loading page {@code n} through {@code fetch}. */
    public AsyncPage<T> toAsyncPage(Function<Flow8Query, CompletableFuture<AsyncPage<T>>> fetch, Flow8Query query) {
      return Pages.asyncPage(items, next(), previous(),
          cursor -> fetch.apply(query.page(Integer.parseInt(cursor))), total, (int) pages);
    }
  }

  private final Rest rest;

  public Flow8Calls(Rest rest) {
    this.rest = rest;
  }

  // ---- flows ----

  public ApiCall<Listing<Flow8Flow>> flows(Flow8Query query) {
    return list(rest.call(Operation.FLOW8_FLOWS_LIST), query, Flow8Flow::new);
  }

  public ApiCall<Flow8Flow> flow(String flowId) {
    return one(rest.call(Operation.FLOW8_FLOWS_GET).param("id", id(flowId, "flowId")), Flow8Flow::new);
  }

  public ApiCall<Flow8Flow> createFlow(FlowParams params) {
    if (!params(params).json().containsKey("name")) throw new IllegalArgumentException("a new flow needs a name");
    return one(rest.call(Operation.FLOW8_FLOWS_CREATE).body(params.json()), Flow8Flow::new);
  }

  public ApiCall<Flow8Flow> updateFlow(String flowId, FlowParams params) {
    return one(rest.call(Operation.FLOW8_FLOWS_UPDATE).param("id", id(flowId, "flowId")).body(params(params).json()),
        Flow8Flow::new);
  }

  public ApiCall<@Nullable Void> deleteFlow(String flowId) {
    return rest.call(Operation.FLOW8_FLOWS_DELETE).param("id", id(flowId, "flowId")).noContent();
  }

  public ApiCall<PlayStarted> run(String flowId, RunParams params) {
    Map<String, Object> body = new LinkedHashMap<>(params(params).json());
    if (!body.containsKey("args")) body.put("args", new LinkedHashMap<>());
    Object key = body.remove("idempotencyKey"); // the dialect puts the caller's or its own
    return rest.call(Operation.FLOW8_FLOWS_RUN).param("id", id(flowId, "flowId")).body(body)
        .idempotencyKey(key == null ? null : key.toString())
        .<Object>returning(Object.class).map(answer -> {
          Map<String, Object> json = Wire.object(answer, "flow8's {playId, state}");
          if (!(json.get("playId") instanceof String)) {
            throw new InvalidResponseException("Expected flow8's {playId, state} but got " + json.keySet(), null);
          }
          return new PlayStarted(json);
        });
  }

  public ApiCall<Listing<Play>> flowPlays(String flowId, Flow8Query query) {
    return list(rest.call(Operation.FLOW8_FLOWS_PLAYS).param("id", id(flowId, "flowId")), query, Play::new);
  }

  // ---- flowlets ----

  public ApiCall<Listing<Flowlet>> flowlets(String flowId, Flow8Query query) {
    return list(rest.call(Operation.FLOW8_FLOWLETS_LIST).param("id", id(flowId, "flowId")), query, Flowlet::new);
  }

  public ApiCall<Flowlet> addFlowlet(String flowId, FlowletParams params) {
    Map<String, Object> body = params(params).json();
    if (!body.containsKey("ref") || !body.containsKey("appId")) {
      throw new IllegalArgumentException("a new flowlet needs a ref and an appId");
    }
    return one(rest.call(Operation.FLOW8_FLOWLETS_ADD).param("id", id(flowId, "flowId")).body(body), Flowlet::new);
  }

  public ApiCall<Flowlet> updateFlowlet(String flowId, String layerId, FlowletParams params) {
    return one(rest.call(Operation.FLOW8_FLOWLETS_UPDATE).param("id", id(flowId, "flowId"))
        .param("layerId", id(layerId, "layerId")).body(params(params).json()), Flowlet::new);
  }

  public ApiCall<@Nullable Void> deleteFlowlet(String flowId, String layerId) {
    return rest.call(Operation.FLOW8_FLOWLETS_DELETE).param("id", id(flowId, "flowId"))
        .param("layerId", id(layerId, "layerId")).noContent();
  }

  // ---- plays ----

  public ApiCall<Listing<Play>> plays(Flow8Query query) {
    return list(rest.call(Operation.FLOW8_PLAYS_LIST), query, Play::new);
  }

  public ApiCall<Play> play(String playId) {
    return one(rest.call(Operation.FLOW8_PLAYS_GET).param("id", id(playId, "playId")), Play::new);
  }

  public ApiCall<List<PlayLayer>> layers(String playId) {
    return rest.call(Operation.FLOW8_PLAYS_LAYERS).param("id", id(playId, "playId")).<Object>returning(Object.class)
        .map(answer -> {
          List<PlayLayer> out = new ArrayList<>();
          for (Object o : Wire.array(answer, "flow8's play layers, a bare array [{id, ref, state, out}]")) {
            out.add(new PlayLayer(Wire.object(o, "a flow8 play layer")));
          }
          return Collections.unmodifiableList(out);
        });
  }

  public ApiCall<Play> decide(Operation op, String playId, String layerId, @Nullable String note, String decision) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("layerId", id(layerId, "layerId"));
    body.put("decision", decision);
    if (note != null) body.put("note", note);
    return one(rest.call(op).param("id", id(playId, "playId")).body(body), Play::new);
  }

  public ApiCall<Play> cancel(String playId) {
    return one(rest.call(Operation.FLOW8_PLAYS_CANCEL).param("id", id(playId, "playId")), Play::new);
  }

  // ---- groups, KV, channels, schedules ----

  public ApiCall<Listing<Group>> groups(Flow8Query query) {
    return list(rest.call(Operation.FLOW8_GROUPS_LIST), query, Group::new);
  }

  public ApiCall<Group> createGroup(GroupParams params) {
    if (!params(params).json().containsKey("name")) throw new IllegalArgumentException("a new group needs a name");
    return one(rest.call(Operation.FLOW8_GROUPS_CREATE).body(params.json()), Group::new);
  }

  public ApiCall<Group> updateGroup(String groupId, GroupParams params) {
    return one(rest.call(Operation.FLOW8_GROUPS_UPDATE).param("id", id(groupId, "groupId")).body(params(params).json()),
        Group::new);
  }

  public ApiCall<@Nullable Void> deleteGroup(String groupId) {
    return rest.call(Operation.FLOW8_GROUPS_DELETE).param("id", id(groupId, "groupId")).noContent();
  }

  public ApiCall<Listing<KvEntry>> kv(Flow8Query query) {
    return list(rest.call(Operation.FLOW8_KV_LIST), query, KvEntry::new);
  }

  public ApiCall<KvEntry> setKv(KvParams params) {
    return one(rest.call(Operation.FLOW8_KV_SET).body(params(params).json()), KvEntry::new);
  }

  public ApiCall<@Nullable Void> deleteKv(String entryId) {
    return rest.call(Operation.FLOW8_KV_DELETE).param("id", id(entryId, "entryId")).noContent();
  }

  public ApiCall<Listing<Channel>> channels(Flow8Query query) {
    return list(rest.call(Operation.FLOW8_CHANNELS_LIST), query, Channel::new);
  }

  public ApiCall<Channel> channel(String channelId) {
    return one(rest.call(Operation.FLOW8_CHANNELS_GET).param("id", id(channelId, "channelId")), Channel::new);
  }

  public ApiCall<Channel> createChannel(ChannelParams params) {
    if (!params(params).json().containsKey("name")) throw new IllegalArgumentException("a new channel needs a name");
    return one(rest.call(Operation.FLOW8_CHANNELS_CREATE).body(params.json()), Channel::new);
  }

  public ApiCall<Channel> updateChannel(String channelId, ChannelParams params) {
    return one(rest.call(Operation.FLOW8_CHANNELS_UPDATE).param("id", id(channelId, "channelId"))
        .body(params(params).json()), Channel::new);
  }

  public ApiCall<@Nullable Void> deleteChannel(String channelId) {
    return rest.call(Operation.FLOW8_CHANNELS_DELETE).param("id", id(channelId, "channelId")).noContent();
  }

  public ApiCall<ChannelRoute> addRoute(String channelId, RouteParams params) {
    return one(rest.call(Operation.FLOW8_CHANNELS_ADD_ROUTE).param("id", id(channelId, "channelId"))
        .body(params(params).json()), ChannelRoute::new);
  }

  public ApiCall<Listing<Schedule>> schedules(Flow8Query query) {
    return list(rest.call(Operation.FLOW8_SCHEDULES_LIST), query, Schedule::new);
  }

  public ApiCall<Schedule> createSchedule(ScheduleParams params) {
    Map<String, Object> body = params(params).json();
    if (!body.containsKey("flowId")) throw new IllegalArgumentException("a new schedule needs a flowId");
    if (!body.containsKey("cron") && !body.containsKey("intervalSeconds")) {
      throw new IllegalArgumentException("a new schedule needs a cron or an intervalSeconds");
    }
    return one(rest.call(Operation.FLOW8_SCHEDULES_CREATE).body(body), Schedule::new);
  }

  public ApiCall<Schedule> updateSchedule(String scheduleId, ScheduleParams params) {
    return one(rest.call(Operation.FLOW8_SCHEDULES_UPDATE).param("id", id(scheduleId, "scheduleId"))
        .body(params(params).json()), Schedule::new);
  }

  public ApiCall<@Nullable Void> deleteSchedule(String scheduleId) {
    return rest.call(Operation.FLOW8_SCHEDULES_DELETE).param("id", id(scheduleId, "scheduleId")).noContent();
  }

  // ---- helpers ----

  private static <P extends Flow8Json> P params(P params) {
    return Objects.requireNonNull(params, "params == null");
  }

  private static <T> ApiCall<T> one(Rest.Call call, Function<Map<String, Object>, T> model) {
    return call.<Object>returning(Object.class).map(answer -> model.apply(Wire.resource(answer, "a flow8 resource with an id")));
  }

  private static <T> ApiCall<Listing<T>> list(Rest.Call call, Flow8Query query, Function<Map<String, Object>, T> model) {
    Objects.requireNonNull(query, "query == null");
    return call.query(query.asMap()).<Object>returning(Object.class).map(answer -> {
      String what = "flow8 page {data,total,page,size,pages}";
      Map<String, Object> json = Wire.object(answer, what);
      List<Object> data = Wire.array(json.get("data"), what);
      Long page = Wire.whole(json.get("page"));
      Long pages = Wire.whole(json.get("pages"));
      Long total = Wire.whole(json.get("total"));
      if (page == null || pages == null || total == null) {
        throw new InvalidResponseException("Expected " + what + " but got " + json.keySet(), null);
      }
      List<T> items = new ArrayList<>();
      for (Object o : data) items.add(model.apply(Wire.object(o, "an item of a " + what)));
      return new Listing<>(Collections.unmodifiableList(items), page, pages, total);
    });
  }
}
