package dev.flowkit.workflows.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowkit.workflows.AuthService;
import dev.flowkit.workflows.Workflows;
import dev.flowkit.workflows.internal.platform.Operation;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The calls an unsupported-operation message names are the facade's own method names. */
class OperationNamesTest {
  @Test void everyOperationNamesAFacadeMethod() {
    Set<String> methods = new TreeSet<>();
    for (Method m : Workflows.class.getMethods()) methods.add(m.getName());
    for (Method m : AuthService.class.getMethods()) methods.add(m.getName());
    Set<String> unknown = new TreeSet<>();
    for (Operation op : Operation.values()) {
      if (!methods.contains(op.call())) unknown.add(op.call());
    }
    assertEquals(Set.of(), unknown, "operations naming no method of Workflows or AuthService");
  }
}
