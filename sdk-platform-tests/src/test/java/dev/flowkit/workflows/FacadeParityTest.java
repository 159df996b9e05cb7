package dev.flowkit.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.AsyncPage;
import dev.flowkit.core.Page;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The asynchronous facades offer exactly the blocking calls: same names, same parameters, the
 * result in a future (a page as an {@link AsyncPage}). A call added to one side only fails here.
 * Only the pull-style {@link RunStream} calls are blocking by nature and have no twin. A platform
 * facade and its twin each have their own {@code of(…)}: {@code Flow8.of(client)}, {@code
 * AsyncFlow8.of(client.async())}.
 */
class FacadeParityTest {
  @Test
  void asyncWorkflowsMirrorsWorkflows() {
    assertMirrors(Workflows.class, AsyncWorkflows.class);
  }

  @Test
  void asyncAuthMirrorsAuth() {
    assertMirrors(AuthService.class, AsyncAuthService.class);
  }

  @Test
  void platformFacadesMirrorTheirAsyncTwins() {
    assertMirrors(dev.flowkit.workflows.flow8.Flow8.class, dev.flowkit.workflows.flow8.AsyncFlow8.class);
    assertMirrors(dev.flowkit.workflows.activepieces.Activepieces.class,
        dev.flowkit.workflows.activepieces.AsyncActivepieces.class);
    assertMirrors(dev.flowkit.workflows.iaiflow.IaiFlow.class, dev.flowkit.workflows.iaiflow.AsyncIaiFlow.class);
  }

  @Test
  void theComparisonNoticesAMissingTwin() {
    List<String> problems = compare(Workflows.class, FolderService.class);
    assertTrue(problems.contains("no async twin of getFlow(String)"), problems.toString());
  }

  private static void assertMirrors(Class<?> blocking, Class<?> async) {
    List<String> problems = compare(blocking, async);
    assertEquals(new ArrayList<String>(), problems, "blocking " + blocking.getSimpleName() + " vs " + async.getSimpleName());
  }

  private static List<String> compare(Class<?> blocking, Class<?> async) {
    List<String> problems = new ArrayList<>();
    for (Method m : blocking.getMethods()) {
      if (m.getReturnType() == RunStream.class) continue; // pull-style streams block by nature
      if (java.lang.reflect.Modifier.isStatic(m.getModifiers())) continue; // of(client): each side takes its client
      Method twin;
      try {
        twin = async.getMethod(m.getName(), m.getParameterTypes());
      } catch (NoSuchMethodException e) {
        problems.add("no async twin of " + signature(m));
        continue;
      }
      if (isSubFacade(m)) {
        // a service of a facade (Flow8.of(client).kv()): its twin is the async service, compared in turn
        String twinName = m.getReturnType().getPackage().getName() + ".Async" + m.getReturnType().getSimpleName();
        if (!twin.getReturnType().getName().equals(twinName)) {
          problems.add(signature(m) + " returns " + twin.getReturnType().getName() + " in async, expected " + twinName);
        } else {
          problems.addAll(compare(m.getReturnType(), twin.getReturnType()));
        }
        continue;
      }
      String expected = asyncType(m.getGenericReturnType()).getTypeName();
      String actual = twin.getGenericReturnType().getTypeName().replace("@org.jspecify.annotations.Nullable ", "");
      if (!expected.equals(actual)) {
        problems.add(signature(m) + " returns " + actual + " in async, expected " + expected);
      }
      if (m.isDefault() != twin.isDefault()) {
        problems.add(signature(m) + " is a default method on one side only");
      }
    }
    for (Method m : async.getMethods()) {
      if (java.lang.reflect.Modifier.isStatic(m.getModifiers())) continue;
      try {
        blocking.getMethod(m.getName(), m.getParameterTypes());
      } catch (NoSuchMethodException e) {
        problems.add("no blocking twin of " + signature(m));
      }
    }
    problems.sort(null);
    return new ArrayList<>(new TreeSet<>(problems));
  }

  /** A method that hands out a service rather than making a call. */
  private static boolean isSubFacade(Method m) {
    Class<?> type = m.getReturnType();
    return m.getParameterCount() == 0 && type.isInterface() && type.getPackage().getName().startsWith("dev.flowkit.workflows")
        && type != RunStream.class && type != RunSubscription.class;
  }

  /** What the async twin of a call returning {@code type} returns. */
  private static Type asyncType(Type type) {
    if (type == RunSubscription.class || type == dev.flowkit.workflows.flow8.PlaySubscription.class) return type; // listener streams are asynchronous already
    if (type == void.class) return parameterized(CompletableFuture.class, Void.class);
    if (type instanceof ParameterizedType && ((ParameterizedType) type).getRawType() == Page.class) {
      Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
      return parameterized(CompletableFuture.class, parameterized(AsyncPage.class, item));
    }
    return parameterized(CompletableFuture.class, type);
  }

  private static ParameterizedType parameterized(Class<?> raw, Type argument) {
    return new ParameterizedType() {
      @Override
      public Type[] getActualTypeArguments() {
        return new Type[] {argument};
      }

      @Override
      public Type getRawType() {
        return raw;
      }

      @Override
      public Type getOwnerType() {
        return null;
      }

      @Override
      public String getTypeName() {
        return raw.getName() + "<" + argument.getTypeName() + ">";
      }
    };
  }

  private static String signature(Method m) {
    StringBuilder s = new StringBuilder(m.getName()).append('(');
    Class<?>[] types = m.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      if (i > 0) s.append(", ");
      s.append(types[i].getSimpleName());
    }
    return s.append(')').toString();
  }
}
