package dev.flowkit.workflows.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.squareup.moshi.Types;
import dev.flowkit.core.ClientOptions;
import dev.flowkit.core.CookieStore;
import dev.flowkit.core.FlowException;
import dev.flowkit.core.InvalidResponseException;
import dev.flowkit.core.internal.SessionCookieJar;
import dev.flowkit.core.internal.Transport;
import dev.flowkit.workflows.models.ApiKey;
import dev.flowkit.workflows.models.AppConnection;
import dev.flowkit.workflows.models.CreatedApiKey;
import dev.flowkit.workflows.models.Flow;
import dev.flowkit.workflows.models.FlowRun;
import dev.flowkit.workflows.models.FlowVersion;
import dev.flowkit.workflows.models.Folder;
import dev.flowkit.workflows.models.McpServer;
import dev.flowkit.workflows.models.Session;
import dev.flowkit.workflows.models.StepResult;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import okhttp3.Call;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Any response body, for every response type the client decodes, gives a value or a
 * {@link FlowException} (never another exception, a hang or an OOM); so does any run event. A
 * value always prints and hashes, and its {@code validate()} passes or names what it lacks.
 * The body goes through the client's own decoding path ({@link Transport#handle}). Runs on the
 * committed corpus in every build; {@code JAZZER_FUZZ=1} fuzzes for new inputs.
 */
class ModelDecodingFuzzTest {
  /** Every type a response of the Flow API is decoded as; the first input byte picks one. */
  private static final Type[] TYPES = {
    Flow.class,
    FlowVersion.class,
    FlowRun.class,
    Folder.class,
    AppConnection.class,
    McpServer.class,
    ApiKey.class,
    CreatedApiKey.class,
    Session.class,
    page(Flow.class),
    page(FlowVersion.class),
    page(FlowRun.class),
    page(StepResult.class),
    page(Folder.class),
    page(AppConnection.class),
    page(McpServer.class),
    page(ApiKey.class),
  };
  private static final String[] EVENT_TYPES = {"msg", "stream", "output", "error", "other"};

  private static final Transport TRANSPORT =
      new Transport(
          ClientOptions.builder().baseUrl("http://127.0.0.1:9/").maxRetries(0).build(),
          null,
          new SessionCookieJar(CookieStore.inMemory(), Clock.systemUTC()),
          null,
          WorkflowsJson.moshi());
  private static final Request REQUEST = new Request.Builder().url("http://127.0.0.1:9/api/fuzz").build();

  @FuzzTest(maxDuration = "60s")
  void anyBodyDecodesToAValueOrAFlowException(byte[] input) {
    if (input.length == 0) return;
    Type type = TYPES[(input[0] & 0xff) % TYPES.length];
    byte[] body = Arrays.copyOfRange(input, 1, input.length);
    Call call = TRANSPORT.client().newCall(REQUEST);
    Response response =
        new Response.Builder()
            .request(REQUEST)
            .protocol(Protocol.HTTP_1_1)
            .code(200)
            .message("OK")
            .body(ResponseBody.create(body, Transport.JSON))
            .build();
    Object value;
    try (Response r = response) {
      value = TRANSPORT.handle(call, r, type);
    } catch (FlowException expected) {
      return; // a typed failure is the other allowed outcome
    }
    // A decoded model prints and hashes whatever it lacks; reading a value it lacks is
    // an InvalidResponseException naming it, and validate() finds the first.
    List<?> models = value instanceof PageEnvelope ? ((PageEnvelope<?>) value).items() : Collections.singletonList(value);
    for (Object model : models) {
      model.toString();
      model.hashCode();
      try {
        model.getClass().getMethod("validate").invoke(model);
        if (model instanceof FlowRun) ((FlowRun) model).isTerminal();
      } catch (InvocationTargetException e) {
        if (!(e.getCause() instanceof InvalidResponseException)) throw new AssertionError(e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
  }

  @FuzzTest(maxDuration = "60s")
  void anyRunEventDecodesToAnEventOrAFlowException(byte[] input) {
    if (input.length == 0) return;
    String type = EVENT_TYPES[(input[0] & 0xff) % EVENT_TYPES.length];
    String data = new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
    try {
      RunEventDecoder.decode("1", type, data).toString();
    } catch (FlowException expected) {
      // A payload that is not the JSON its type promises is a StreamException.
    }
  }

  private static Type page(Class<?> item) {
    return Types.newParameterizedType(PageEnvelope.class, item);
  }
}
