package dev.flowkit.server;

/** Starts the reference server standalone. */
public final class ReferenceServerMain {
  private ReferenceServerMain() {}

  public static void main(String[] args) {
    System.out.println("reference server: not built yet");
  }
}
