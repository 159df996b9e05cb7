package dev.flowkit.workflows.internal.platform;

/** The Flowkit contract itself ({@code API.md}): every operation, as the calls build them. */
public final class FlowkitProfile {
  private FlowkitProfile() {}

  public static Profile create() {
    return Profile.contract("FLOWKIT");
  }
}
