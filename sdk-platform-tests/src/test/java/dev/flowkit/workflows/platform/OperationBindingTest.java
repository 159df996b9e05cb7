package dev.flowkit.workflows.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.flowkit.workflows.FlowClient;
import dev.flowkit.workflows.Platform;
import dev.flowkit.workflows.RunEventListener;
import dev.flowkit.workflows.RunStream;
import dev.flowkit.workflows.RunSubscription;
import dev.flowkit.workflows.activepieces.Activepieces;
import dev.flowkit.workflows.activepieces.ApFlowOperation;
import dev.flowkit.workflows.activepieces.AsyncActivepieces;
import dev.flowkit.workflows.activepieces.BulkRunsParams;
import dev.flowkit.workflows.activepieces.PropertyOptionsParams;
import dev.flowkit.workflows.activepieces.RetryStrategy;
import dev.flowkit.workflows.activepieces.TableField;
import dev.flowkit.workflows.activepieces.TriggerEvent;
import dev.flowkit.workflows.activepieces.UserInvitation;
import dev.flowkit.workflows.flow8.AsyncFlow8;
import dev.flowkit.workflows.flow8.Flow8;
import dev.flowkit.workflows.iaiflow.AsyncIaiFlow;
import dev.flowkit.workflows.iaiflow.IaiFlow;
import dev.flowkit.workflows.internal.platform.Operation;
import dev.flowkit.workflows.models.ApproveRunParams;
import dev.flowkit.workflows.models.ConnectionType;
import dev.flowkit.workflows.models.ConnectionValue;
import dev.flowkit.workflows.models.CreateFlowParams;
import dev.flowkit.workflows.models.CreateFolderParams;
import dev.flowkit.workflows.models.CreateMcpServerParams;
import dev.flowkit.workflows.models.FlowOperation;
import dev.flowkit.workflows.models.ListConnectionsParams;
import dev.flowkit.workflows.models.ListFlowsParams;
import dev.flowkit.workflows.models.ListParams;
import dev.flowkit.workflows.models.ListRunsParams;
import dev.flowkit.workflows.models.TriggerFlowParams;
import dev.flowkit.workflows.models.UpdateFlowParams;
import dev.flowkit.workflows.models.UpdateFolderParams;
import dev.flowkit.workflows.models.UpsertConnectionParams;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

/**
 * Every public method of every facade (blocking and asynchronous, shared and platform-native) is
 * bound to an {@link Operation}, and on every {@link Platform} it either sends a request tagged
 * with its operation, or is refused with {@link UnsupportedOperationException} before any request.
 * A method added without an operation, or an operation a method does not name, fails here.
 *
 * <p>No server is needed: an interceptor of the caller's own OkHttp client records each request's
 * operation and answers 418 at once, so nothing leaves the JVM.
 */
class OperationBindingTest {
  /** One argument of each type a facade method takes; a new parameter type needs a sample here. */
  private static final Map<Class<?>, Object> SAMPLES = new LinkedHashMap<>();

  static {
    SAMPLES.put(String.class, "id_1");
    SAMPLES.put(Object.class, Collections.singletonMap("name", "Ada"));
    SAMPLES.put(Duration.class, Duration.ofSeconds(1));
    SAMPLES.put(RunEventListener.class, new RunEventListener() {});
    SAMPLES.put(TriggerFlowParams.class, TriggerFlowParams.none());
    SAMPLES.put(ListParams.class, ListParams.none());
    SAMPLES.put(ListFlowsParams.class, ListFlowsParams.none());
    SAMPLES.put(ListRunsParams.class, ListRunsParams.none());
    SAMPLES.put(ListConnectionsParams.class, ListConnectionsParams.none());
    SAMPLES.put(ApproveRunParams.class, ApproveRunParams.none());
    SAMPLES.put(FlowOperation.class, FlowOperation.lockAndPublish());
    SAMPLES.put(CreateFlowParams.class, CreateFlowParams.builder().displayName("Flow").build());
    SAMPLES.put(UpdateFlowParams.class, UpdateFlowParams.builder().displayName("Flow")
        .trigger(dev.flowkit.workflows.models.Step.manualTrigger("trigger")).build());
    SAMPLES.put(CreateFolderParams.class, CreateFolderParams.builder().displayName("Folder").build());
    SAMPLES.put(UpdateFolderParams.class, UpdateFolderParams.builder().displayName("Folder").build());
    SAMPLES.put(CreateMcpServerParams.class, CreateMcpServerParams.builder().name("mcp").build());
    SAMPLES.put(UpsertConnectionParams.class, UpsertConnectionParams.builder()
        .externalId("ext").displayName("Conn").pieceName("slack").projectId("proj_1")
        .type(ConnectionType.SECRET_TEXT).value(ConnectionValue.secretText("s")).build());
    SAMPLES.put(int.class, 10);
    SAMPLES.put(dev.flowkit.workflows.iaiflow.ExecutionStatus.class, dev.flowkit.workflows.iaiflow.ExecutionStatus.SUCCESS);
    SAMPLES.put(dev.flowkit.workflows.iaiflow.CreateWorkflowParams.class,
        dev.flowkit.workflows.iaiflow.CreateWorkflowParams.of("Flow", null));
    SAMPLES.put(dev.flowkit.workflows.iaiflow.UpdateWorkflowParams.class,
        dev.flowkit.workflows.iaiflow.UpdateWorkflowParams.builder().name("Flow").build());
    SAMPLES.put(dev.flowkit.workflows.iaiflow.WriteLogParams.class,
        dev.flowkit.workflows.iaiflow.WriteLogParams.builder().message("m").build());
    SAMPLES.put(dev.flowkit.workflows.iaiflow.RunAgentParams.class,
        dev.flowkit.workflows.iaiflow.RunAgentParams.of("agent_1", "task", null));
    SAMPLES.put(dev.flowkit.workflows.iaiflow.WriteMemoryParams.class,
        dev.flowkit.workflows.iaiflow.WriteMemoryParams.of("agent_1", "k", 1));
    SAMPLES.put(ApFlowOperation.class, ApFlowOperation.lockAndPublish());
    SAMPLES.put(RetryStrategy.class, RetryStrategy.FROM_FAILED_STEP);
    SAMPLES.put(BulkRunsParams.class, BulkRunsParams.runs("run_1"));
    SAMPLES.put(TableField.Type.class, TableField.Type.TEXT);
    SAMPLES.put(List.class, List.of(Map.of("fld_1", "v")));
    SAMPLES.put(Map.class, Map.of("fld_1", "v"));
    SAMPLES.put(String[].class, new String[] {"rec_1"});
    SAMPLES.put(PropertyOptionsParams.class, PropertyOptionsParams.builder().piece("@activepieces/piece-slack", "0.1.0")
        .property("send_message", "channel").flow("flow_1", "fv_1").build());
    SAMPLES.put(TriggerEvent.TestStrategy.class, TriggerEvent.TestStrategy.TEST_FUNCTION);
    SAMPLES.put(UserInvitation.Type.class, UserInvitation.Type.PROJECT);
  }

  static {
    SAMPLES.put(dev.flowkit.workflows.flow8.PlayEventListener.class, (dev.flowkit.workflows.flow8.PlayEventListener) (s, e) -> { });
    SAMPLES.put(dev.flowkit.workflows.flow8.Flow8Query.class, dev.flowkit.workflows.flow8.Flow8Query.none());
    SAMPLES.put(dev.flowkit.workflows.flow8.FlowParams.class, dev.flowkit.workflows.flow8.FlowParams.builder().name("Flow").build());
    SAMPLES.put(dev.flowkit.workflows.flow8.FlowletParams.class,
        dev.flowkit.workflows.flow8.FlowletParams.builder().ref("step").appId("curl").build());
    SAMPLES.put(dev.flowkit.workflows.flow8.RunParams.class, dev.flowkit.workflows.flow8.RunParams.none());
    SAMPLES.put(dev.flowkit.workflows.flow8.GroupParams.class, dev.flowkit.workflows.flow8.GroupParams.builder().name("G").build());
    SAMPLES.put(dev.flowkit.workflows.flow8.KvParams.class, dev.flowkit.workflows.flow8.KvParams.global("k", "v"));
    SAMPLES.put(dev.flowkit.workflows.flow8.ChannelParams.class, dev.flowkit.workflows.flow8.ChannelParams.builder().name("C").build());
    SAMPLES.put(dev.flowkit.workflows.flow8.RouteParams.class, dev.flowkit.workflows.flow8.RouteParams.builder().name("R")
        .targetFlowIds(java.util.Collections.singletonList("flow_1")).build());
    SAMPLES.put(dev.flowkit.workflows.flow8.ScheduleParams.class, dev.flowkit.workflows.flow8.ScheduleParams.builder()
        .flowId("flow_1").intervalSeconds(60).build());
  }

  /**
   * The facades of a client, by the prefix that names their calls: the shared ones it hands out,
   * and each platform's, which its artifact's {@code of(client)} makes (blocking, async).
   */
  private static final Object[][] ROOTS = {
    {"", (Function<FlowClient, Object>) FlowClient::workflows, (Function<FlowClient, Object>) c -> c.async().workflows()},
    {"", (Function<FlowClient, Object>) FlowClient::auth, (Function<FlowClient, Object>) c -> c.async().auth()},
    {"Flow8", (Function<FlowClient, Object>) Flow8::of, (Function<FlowClient, Object>) c -> AsyncFlow8.of(c.async())},
    {"Activepieces", (Function<FlowClient, Object>) Activepieces::of,
        (Function<FlowClient, Object>) c -> AsyncActivepieces.of(c.async())},
    {"IaiFlow", (Function<FlowClient, Object>) IaiFlow::of, (Function<FlowClient, Object>) c -> AsyncIaiFlow.of(c.async())},
  };

  private final List<Operation> sent = new CopyOnWriteArrayList<>();

  @Test void everyFacadeMethodIsBoundOnEveryPlatformOrRefusedBeforeAnyRequest() throws Exception {
    List<String> problems = new ArrayList<>();
    Set<Operation> reached = EnumSet.noneOf(Operation.class);
    int checked = 0;
    for (Platform platform : Platform.values()) {
      try (FlowClient client = client(platform)) {
        for (Object[] root : ROOTS) {
          for (int side = 1; side <= 2; side++) {
            @SuppressWarnings("unchecked") Function<FlowClient, Object> make = (Function<FlowClient, Object>) root[side];
            Object facade;
            try {
              facade = make.apply(client);
            } catch (UnsupportedOperationException e) {
              continue; // the whole facade is refused on this platform, before any request
            }
            checked += walk(platform, facade, facadeType(facade), (String) root[0], problems, reached);
          }
        }
      }
    }
    assertTrue(checked > 300, "checked only " + checked + " calls");
    assertEquals(new ArrayList<String>(), problems);
    Set<Operation> unreached = EnumSet.complementOf(EnumSet.copyOf(reached));
    assertEquals(EnumSet.noneOf(Operation.class), unreached, "operations no facade method sends on any platform");
  }

  /** Checks every method of {@code facade}, recursing into its sub-facades; returns how many. */
  private int walk(Platform platform, Object facade, Class<?> type, String prefix, List<String> problems,
      Set<Operation> reached) throws Exception {
    int checked = 0;
    for (Method m : type.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) continue;
      String call = prefix.isEmpty() ? m.getName() : prefix + "." + m.getName();
      if (m.getParameterCount() == 0 && isFacade(m.getReturnType())) {
        Object sub = m.invoke(facade);
        checked += walk(platform, sub, m.getReturnType(), call + "()", problems, reached);
        continue;
      }
      Object[] args = new Object[m.getParameterCount()];
      for (int i = 0; i < args.length; i++) {
        Object sample = SAMPLES.get(m.getParameterTypes()[i]);
        if (sample == null) {
          problems.add(type.getSimpleName() + "." + m.getName() + ": add a sample " + m.getParameterTypes()[i].getName()
              + " to OperationBindingTest.SAMPLES");
          continue;
        }
        args[i] = sample;
      }
      checked++;
      String where = platform + " " + type.getSimpleName() + "." + m.getName() + Arrays.toString(m.getParameterTypes());
      sent.clear();
      Throwable refusal = null;
      try {
        Object result = m.invoke(facade, args);
        settle(result);
      } catch (InvocationTargetException e) {
        refusal = e.getCause();
      }
      boolean listed = platform.supportedCalls().contains(call);
      if (refusal instanceof UnsupportedOperationException) {
        if (!sent.isEmpty()) problems.add(where + ": refused after sending " + sent);
        if (listed) problems.add(where + ": refused, but supportedCalls() lists " + call);
        String message = String.valueOf(refusal.getMessage());
        if (!message.contains(platform.name()) && !message.contains("Platform.")) {
          problems.add(where + ": the refusal does not name the platform: " + message);
        }
        continue;
      }
      if (sent.isEmpty()) {
        problems.add(where + ": sent no request and was not refused (" + refusal + ")");
        continue;
      }
      if (!listed) problems.add(where + ": sent a request, but supportedCalls() does not list " + call);
      for (Operation op : sent) {
        reached.add(op);
        if (!Arrays.asList(op.calls()).contains(call)) {
          problems.add(where + ": sent " + op + ", whose calls are " + Arrays.toString(op.calls()) + ", not " + call);
        }
      }
    }
    return checked;
  }

  /** Waits for what a call started in the background (a future, a stream) to send its request. */
  private void settle(Object result) throws Exception {
    if (result instanceof CompletableFuture) {
      try {
        ((CompletableFuture<?>) result).get(10, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException expected) {
        // the 418 answer
      }
    } else if (result instanceof RunSubscription) {
      RunSubscription s = (RunSubscription) result;
      s.awaitCompletion(Duration.ofSeconds(10));
      s.cancel();
    } else if (result instanceof dev.flowkit.workflows.flow8.PlaySubscription) {
      dev.flowkit.workflows.flow8.PlaySubscription s = (dev.flowkit.workflows.flow8.PlaySubscription) result;
      s.awaitCompletion(Duration.ofSeconds(10));
      s.cancel();
    } else if (result instanceof RunStream) {
      ((RunStream) result).close();
    }
  }

  private static boolean isFacade(Class<?> type) {
    return type.isInterface() && type.getPackage().getName().startsWith("dev.flowkit.workflows")
        && type != RunStream.class && type != RunSubscription.class
        && type != dev.flowkit.workflows.flow8.PlaySubscription.class;
  }

  /** The public facade interface an implementation object stands for. */
  private static Class<?> facadeType(Object facade) {
    for (Class<?> c = facade.getClass(); c != null; c = c.getSuperclass()) {
      for (Class<?> i : c.getInterfaces()) {
        if (isFacade(i)) return i;
      }
    }
    throw new AssertionError("no facade interface on " + facade.getClass());
  }

  private FlowClient client(Platform platform) {
    OkHttpClient recording = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          Request request = chain.request();
          Operation op = request.tag(Operation.class);
          if (op == null) throw new AssertionError("a request without its operation: " + request);
          sent.add(op);
          return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(418).message("recorded")
              .body(ResponseBody.create("{}", MediaType.get("application/json"))).build();
        })
        .build();
    return FlowClient.builder().platform(platform).baseUrl("http://127.0.0.1:9/").apiKey("key_binding_test")
        .okHttpClient(recording).maxRetries(0).build();
  }
}
