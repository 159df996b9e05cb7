package dev.flowkit.workflows.contract;

import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test whose HTTP traffic broke the contract: after each test it lists the violations
 * {@link ContractValidator#interceptor()} gathered since the last check (so traffic of a
 * {@code @BeforeAll} counts against the first test), then resets. After the class it does the
 * same for traffic of {@code @AfterAll} methods.
 */
public final class ContractExtension implements AfterEachCallback, AfterAllCallback {
  @Override
  public void afterEach(ExtensionContext context) {
    check(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    check(context);
  }

  private static void check(ExtensionContext context) {
    List<String> found = ContractValidator.violations();
    ContractValidator.reset();
    if (!found.isEmpty()) {
      throw new AssertionError(found.size() + " contract violation(s) against "
          + ContractValidator.SPEC_RELATIVE_PATH + " in " + context.getDisplayName() + ":\n  - "
          + String.join("\n  - ", found));
    }
  }
}
