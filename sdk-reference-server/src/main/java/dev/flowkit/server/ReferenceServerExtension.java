package dev.flowkit.server;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link ReferenceServerTest}: resolves {@link ReferenceServer}
 * parameters with a server started for the current test and closed when that test ends. A test
 * method and the constructor of its test instance share one server.
 */
public final class ReferenceServerExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(ReferenceServerExtension.class);

  /** Created by JUnit. */
  public ReferenceServerExtension() {}

  @Override public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == ReferenceServer.class;
  }

  @Override public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NS);
    return store.getOrComputeIfAbsent("server", k -> new Holder(start(context)), Holder.class).server;
  }

  private static ReferenceServer start(ExtensionContext context) {
    ReferenceServerTest config = find(context.getElement())
        .or(() -> context.getTestClass().flatMap(c -> find(c)))
        .orElse(null);
    ReferenceServer.Builder b = ReferenceServer.builder();
    if (config != null) b.tls(config.tls()).heartbeatMillis(config.heartbeatMillis());
    return b.start();
  }

  private static Optional<ReferenceServerTest> find(Optional<? extends AnnotatedElement> element) {
    return element.flatMap(e -> AnnotationSupport.findAnnotation(e, ReferenceServerTest.class));
  }

  private static Optional<ReferenceServerTest> find(Class<?> type) {
    return AnnotationSupport.findAnnotation(type, ReferenceServerTest.class);
  }

  /** Closes the server when JUnit closes the store (end of the test). */
  private static final class Holder implements ExtensionContext.Store.CloseableResource {
    final ReferenceServer server;

    Holder(ReferenceServer server) {
      this.server = server;
    }

    @Override public void close() {
      server.close();
    }
  }
}
