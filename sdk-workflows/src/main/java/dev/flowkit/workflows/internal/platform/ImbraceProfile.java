package dev.flowkit.workflows.internal.platform;

/**
 * Imbrace (its SDK's workflows page): the resource shapes, statuses and cursor pages of the
 * Flowkit contract, which were taken from it, so every operation is the contract's own.
 */
public final class ImbraceProfile {
  private ImbraceProfile() {}

  public static Profile create() {
    return Profile.contract("IMBRACE");
  }
}
