package dev.flowkit.workflows.internal.flow8;

import dev.flowkit.core.AsyncPage;
import dev.flowkit.core.Page;
import dev.flowkit.workflows.flow8.AsyncChannels;
import dev.flowkit.workflows.flow8.AsyncFlow8;
import dev.flowkit.workflows.flow8.AsyncFlowlets;
import dev.flowkit.workflows.flow8.AsyncFlows;
import dev.flowkit.workflows.flow8.AsyncGroups;
import dev.flowkit.workflows.flow8.AsyncKv;
import dev.flowkit.workflows.flow8.AsyncPlays;
import dev.flowkit.workflows.flow8.AsyncSchedules;
import dev.flowkit.workflows.flow8.Channel;
import dev.flowkit.workflows.flow8.ChannelParams;
import dev.flowkit.workflows.flow8.ChannelRoute;
import dev.flowkit.workflows.flow8.Channels;
import dev.flowkit.workflows.flow8.Flow8;
import dev.flowkit.workflows.flow8.Flow8Flow;
import dev.flowkit.workflows.flow8.Flow8Query;
import dev.flowkit.workflows.flow8.FlowParams;
import dev.flowkit.workflows.flow8.Flowlet;
import dev.flowkit.workflows.flow8.FlowletParams;
import dev.flowkit.workflows.flow8.Flowlets;
import dev.flowkit.workflows.flow8.Flows;
import dev.flowkit.workflows.flow8.Group;
import dev.flowkit.workflows.flow8.GroupParams;
import dev.flowkit.workflows.flow8.Groups;
import dev.flowkit.workflows.flow8.Kv;
import dev.flowkit.workflows.flow8.KvEntry;
import dev.flowkit.workflows.flow8.KvParams;
import dev.flowkit.workflows.flow8.Play;
import dev.flowkit.workflows.flow8.PlayEventListener;
import dev.flowkit.workflows.flow8.PlayLayer;
import dev.flowkit.workflows.flow8.PlayStarted;
import dev.flowkit.workflows.flow8.PlaySubscription;
import dev.flowkit.workflows.flow8.Plays;
import dev.flowkit.workflows.flow8.RouteParams;
import dev.flowkit.workflows.flow8.RunParams;
import dev.flowkit.workflows.flow8.Schedule;
import dev.flowkit.workflows.flow8.ScheduleParams;
import dev.flowkit.workflows.flow8.Schedules;
import dev.flowkit.workflows.internal.platform.Operation;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** Both facades of flow8's own calls: blocking, and {@link #async()}. */
public final class Flow8Impl implements Flow8 {
  private final Flow8Calls calls;
  private final AsyncFlow8 async = new Async();
  private final Flows flows = new FlowsImpl();
  private final Flowlets flowlets = new FlowletsImpl();
  private final Plays plays = new PlaysImpl();
  private final Groups groups = new GroupsImpl();
  private final Kv kv = new KvImpl();
  private final Channels channels = new ChannelsImpl();
  private final Schedules schedules = new SchedulesImpl();

  private final Flow8Live live;

  public Flow8Impl(Flow8Calls calls, Flow8Live live) {
    this.calls = calls;
    this.live = live;
  }

  @Override public PlaySubscription subscribe(PlayEventListener listener) {
    return live.subscribe(listener);
  }

  public AsyncFlow8 async() {
    return async;
  }

  @Override public Flows flows() {
    return flows;
  }

  @Override public Flowlets flowlets() {
    return flowlets;
  }

  @Override public Plays plays() {
    return plays;
  }

  @Override public Groups groups() {
    return groups;
  }

  @Override public Kv kv() {
    return kv;
  }

  @Override public Channels channels() {
    return channels;
  }

  @Override public Schedules schedules() {
    return schedules;
  }

  private final class Async implements AsyncFlow8 {
    @Override public PlaySubscription subscribe(PlayEventListener listener) {
      return live.subscribe(listener);
    }

    private final AsyncFlows flows = new AsyncFlowsImpl();
    private final AsyncFlowlets flowlets = new AsyncFlowletsImpl();
    private final AsyncPlays plays = new AsyncPlaysImpl();
    private final AsyncGroups groups = new AsyncGroupsImpl();
    private final AsyncKv kv = new AsyncKvImpl();
    private final AsyncChannels channels = new AsyncChannelsImpl();
    private final AsyncSchedules schedules = new AsyncSchedulesImpl();

    @Override public AsyncFlows flows() {
      return flows;
    }

    @Override public AsyncFlowlets flowlets() {
      return flowlets;
    }

    @Override public AsyncPlays plays() {
      return plays;
    }

    @Override public AsyncGroups groups() {
      return groups;
    }

    @Override public AsyncKv kv() {
      return kv;
    }

    @Override public AsyncChannels channels() {
      return channels;
    }

    @Override public AsyncSchedules schedules() {
      return schedules;
    }
  }

  private final class FlowsImpl implements Flows {
    @Override public Page<Flow8Flow> list(Flow8Query query) {
      return calls.flows(query).execute().toPage(q -> list(q), query);
    }

    @Override public Flow8Flow get(String flowId) {
      return calls.flow(flowId).execute();
    }

    @Override public Flow8Flow create(FlowParams params) {
      return calls.createFlow(params).execute();
    }

    @Override public Flow8Flow update(String flowId, FlowParams params) {
      return calls.updateFlow(flowId, params).execute();
    }

    @Override public void delete(String flowId) {
      calls.deleteFlow(flowId).execute();
    }

    @Override public PlayStarted run(String flowId, RunParams params) {
      return calls.run(flowId, params).execute();
    }

    @Override public Page<Play> plays(String flowId, Flow8Query query) {
      return calls.flowPlays(flowId, query).execute().toPage(q -> plays(flowId, q), query);
    }
  }

  private final class FlowletsImpl implements Flowlets {
    @Override public Page<Flowlet> list(String flowId, Flow8Query query) {
      return calls.flowlets(flowId, query).execute().toPage(q -> list(flowId, q), query);
    }

    @Override public Flowlet add(String flowId, FlowletParams params) {
      return calls.addFlowlet(flowId, params).execute();
    }

    @Override public Flowlet update(String flowId, String layerId, FlowletParams params) {
      return calls.updateFlowlet(flowId, layerId, params).execute();
    }

    @Override public void delete(String flowId, String layerId) {
      calls.deleteFlowlet(flowId, layerId).execute();
    }
  }

  private final class PlaysImpl implements Plays {
    @Override public Page<Play> list(Flow8Query query) {
      return calls.plays(query).execute().toPage(q -> list(q), query);
    }

    @Override public Play get(String playId) {
      return calls.play(playId).execute();
    }

    @Override public List<PlayLayer> layers(String playId) {
      return calls.layers(playId).execute();
    }

    @Override public Play approve(String playId, String layerId, @Nullable String note) {
      return calls.decide(Operation.FLOW8_PLAYS_APPROVE, playId, layerId, note, "approved").execute();
    }

    @Override public Play decline(String playId, String layerId, @Nullable String note) {
      return calls.decide(Operation.FLOW8_PLAYS_DECLINE, playId, layerId, note, "declined").execute();
    }

    @Override public Play cancel(String playId) {
      return calls.cancel(playId).execute();
    }
  }

  private final class GroupsImpl implements Groups {
    @Override public Page<Group> list(Flow8Query query) {
      return calls.groups(query).execute().toPage(q -> list(q), query);
    }

    @Override public Group create(GroupParams params) {
      return calls.createGroup(params).execute();
    }

    @Override public Group update(String groupId, GroupParams params) {
      return calls.updateGroup(groupId, params).execute();
    }

    @Override public void delete(String groupId) {
      calls.deleteGroup(groupId).execute();
    }
  }

  private final class KvImpl implements Kv {
    @Override public Page<KvEntry> list(Flow8Query query) {
      return calls.kv(query).execute().toPage(q -> list(q), query);
    }

    @Override public KvEntry set(KvParams params) {
      return calls.setKv(params).execute();
    }

    @Override public void delete(String entryId) {
      calls.deleteKv(entryId).execute();
    }
  }

  private final class ChannelsImpl implements Channels {
    @Override public Page<Channel> list(Flow8Query query) {
      return calls.channels(query).execute().toPage(q -> list(q), query);
    }

    @Override public Channel get(String channelId) {
      return calls.channel(channelId).execute();
    }

    @Override public Channel create(ChannelParams params) {
      return calls.createChannel(params).execute();
    }

    @Override public Channel update(String channelId, ChannelParams params) {
      return calls.updateChannel(channelId, params).execute();
    }

    @Override public void delete(String channelId) {
      calls.deleteChannel(channelId).execute();
    }

    @Override public ChannelRoute addRoute(String channelId, RouteParams params) {
      return calls.addRoute(channelId, params).execute();
    }
  }

  private final class SchedulesImpl implements Schedules {
    @Override public Page<Schedule> list(Flow8Query query) {
      return calls.schedules(query).execute().toPage(q -> list(q), query);
    }

    @Override public Schedule create(ScheduleParams params) {
      return calls.createSchedule(params).execute();
    }

    @Override public Schedule update(String scheduleId, ScheduleParams params) {
      return calls.updateSchedule(scheduleId, params).execute();
    }

    @Override public void delete(String scheduleId) {
      calls.deleteSchedule(scheduleId).execute();
    }
  }

  private final class AsyncFlowsImpl implements AsyncFlows {
    @Override public CompletableFuture<AsyncPage<Flow8Flow>> list(Flow8Query query) {
      return calls.flows(query).map(l -> l.toAsyncPage(q -> list(q), query)).executeAsync();
    }

    @Override public CompletableFuture<Flow8Flow> get(String flowId) {
      return calls.flow(flowId).executeAsync();
    }

    @Override public CompletableFuture<Flow8Flow> create(FlowParams params) {
      return calls.createFlow(params).executeAsync();
    }

    @Override public CompletableFuture<Flow8Flow> update(String flowId, FlowParams params) {
      return calls.updateFlow(flowId, params).executeAsync();
    }

    @Override public CompletableFuture<@Nullable Void> delete(String flowId) {
      return calls.deleteFlow(flowId).executeAsync();
    }

    @Override public CompletableFuture<PlayStarted> run(String flowId, RunParams params) {
      return calls.run(flowId, params).executeAsync();
    }

    @Override public CompletableFuture<AsyncPage<Play>> plays(String flowId, Flow8Query query) {
      return calls.flowPlays(flowId, query).map(l -> l.toAsyncPage(q -> plays(flowId, q), query)).executeAsync();
    }
  }

  private final class AsyncFlowletsImpl implements AsyncFlowlets {
    @Override public CompletableFuture<AsyncPage<Flowlet>> list(String flowId, Flow8Query query) {
      return calls.flowlets(flowId, query).map(l -> l.toAsyncPage(q -> list(flowId, q), query)).executeAsync();
    }

    @Override public CompletableFuture<Flowlet> add(String flowId, FlowletParams params) {
      return calls.addFlowlet(flowId, params).executeAsync();
    }

    @Override public CompletableFuture<Flowlet> update(String flowId, String layerId, FlowletParams params) {
      return calls.updateFlowlet(flowId, layerId, params).executeAsync();
    }

    @Override public CompletableFuture<@Nullable Void> delete(String flowId, String layerId) {
      return calls.deleteFlowlet(flowId, layerId).executeAsync();
    }
  }

  private final class AsyncPlaysImpl implements AsyncPlays {
    @Override public CompletableFuture<AsyncPage<Play>> list(Flow8Query query) {
      return calls.plays(query).map(l -> l.toAsyncPage(q -> list(q), query)).executeAsync();
    }

    @Override public CompletableFuture<Play> get(String playId) {
      return calls.play(playId).executeAsync();
    }

    @Override public CompletableFuture<List<PlayLayer>> layers(String playId) {
      return calls.layers(playId).executeAsync();
    }

    @Override public CompletableFuture<Play> approve(String playId, String layerId, @Nullable String note) {
      return calls.decide(Operation.FLOW8_PLAYS_APPROVE, playId, layerId, note, "approved").executeAsync();
    }

    @Override public CompletableFuture<Play> decline(String playId, String layerId, @Nullable String note) {
      return calls.decide(Operation.FLOW8_PLAYS_DECLINE, playId, layerId, note, "declined").executeAsync();
    }

    @Override public CompletableFuture<Play> cancel(String playId) {
      return calls.cancel(playId).executeAsync();
    }
  }

  private final class AsyncGroupsImpl implements AsyncGroups {
    @Override public CompletableFuture<AsyncPage<Group>> list(Flow8Query query) {
      return calls.groups(query).map(l -> l.toAsyncPage(q -> list(q), query)).executeAsync();
    }

    @Override public CompletableFuture<Group> create(GroupParams params) {
      return calls.createGroup(params).executeAsync();
    }

    @Override public CompletableFuture<Group> update(String groupId, GroupParams params) {
      return calls.updateGroup(groupId, params).executeAsync();
    }

    @Override public CompletableFuture<@Nullable Void> delete(String groupId) {
      return calls.deleteGroup(groupId).executeAsync();
    }
  }

  private final class AsyncKvImpl implements AsyncKv {
    @Override public CompletableFuture<AsyncPage<KvEntry>> list(Flow8Query query) {
      return calls.kv(query).map(l -> l.toAsyncPage(q -> list(q), query)).executeAsync();
    }

    @Override public CompletableFuture<KvEntry> set(KvParams params) {
      return calls.setKv(params).executeAsync();
    }

    @Override public CompletableFuture<@Nullable Void> delete(String entryId) {
      return calls.deleteKv(entryId).executeAsync();
    }
  }

  private final class AsyncChannelsImpl implements AsyncChannels {
    @Override public CompletableFuture<AsyncPage<Channel>> list(Flow8Query query) {
      return calls.channels(query).map(l -> l.toAsyncPage(q -> list(q), query)).executeAsync();
    }

    @Override public CompletableFuture<Channel> get(String channelId) {
      return calls.channel(channelId).executeAsync();
    }

    @Override public CompletableFuture<Channel> create(ChannelParams params) {
      return calls.createChannel(params).executeAsync();
    }

    @Override public CompletableFuture<Channel> update(String channelId, ChannelParams params) {
      return calls.updateChannel(channelId, params).executeAsync();
    }

    @Override public CompletableFuture<@Nullable Void> delete(String channelId) {
      return calls.deleteChannel(channelId).executeAsync();
    }

    @Override public CompletableFuture<ChannelRoute> addRoute(String channelId, RouteParams params) {
      return calls.addRoute(channelId, params).executeAsync();
    }
  }

  private final class AsyncSchedulesImpl implements AsyncSchedules {
    @Override public CompletableFuture<AsyncPage<Schedule>> list(Flow8Query query) {
      return calls.schedules(query).map(l -> l.toAsyncPage(q -> list(q), query)).executeAsync();
    }

    @Override public CompletableFuture<Schedule> create(ScheduleParams params) {
      return calls.createSchedule(params).executeAsync();
    }

    @Override public CompletableFuture<Schedule> update(String scheduleId, ScheduleParams params) {
      return calls.updateSchedule(scheduleId, params).executeAsync();
    }

    @Override public CompletableFuture<@Nullable Void> delete(String scheduleId) {
      return calls.deleteSchedule(scheduleId).executeAsync();
    }
  }
}
