package dev.flowkit.workflows.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flowkit.server.ReferenceServer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The reference server serves exactly the routes the spec describes, no more and no fewer. */
class RouteCoverageTest {
  @Test
  void serverRoutesEqualSpecOperations() {
    Set<String> served = new TreeSet<>();
    try (ReferenceServer server = ReferenceServer.builder().start()) {
      for (String route : server.routes()) served.add(normalize(route));
    }
    OpenAPI api = new OpenAPIV3Parser().readLocation(ContractValidator.specPath().toString(), null, new ParseOptions()).getOpenAPI();
    Set<String> described = new TreeSet<>();
    api.getPaths().forEach((path, item) -> item.readOperationsMap()
        .forEach((method, op) -> described.add(normalize(method + " " + path))));

    Set<String> notInSpec = new TreeSet<>(served);
    notInSpec.removeAll(described);
    Set<String> notServed = new TreeSet<>(described);
    notServed.removeAll(served);
    assertEquals(Set.of(), notInSpec, "served but not in " + ContractValidator.SPEC_RELATIVE_PATH);
    assertEquals(Set.of(), notServed, "in " + ContractValidator.SPEC_RELATIVE_PATH + " but not served");
    assertEquals(described.size(), served.size());
  }

  /** "get /api/flows/{flowId}" → "GET /api/flows/{}": parameter names are not on the wire. */
  static String normalize(String route) {
    int space = route.indexOf(' ');
    return route.substring(0, space).toUpperCase(Locale.ROOT) + " "
        + route.substring(space + 1).trim().replaceAll("\\{[^}]*}", "{}");
  }
}
