package dev.flowkit.workflows.internal.platform;

/**
 * Imbrace (its SDK's workflows page): the resource shapes, statuses and cursor pages of the
 * Flowkit contract, which were taken from it, so every operation is the contract's own.
 */
public final class ImbraceDialect {
  private ImbraceDialect() {}

  public static Dialect create() {
    Dialect contract = FlowkitDialect.create();
    Dialect.Builder b = Dialect.builder("IMBRACE", "api/");
    for (Operation op : Operation.values()) {
      if (contract.supports(op)) b.map(op, contract.endpoint(op));
    }
    return b.build();
  }
}
