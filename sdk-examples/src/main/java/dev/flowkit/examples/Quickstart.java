package dev.flowkit.examples;

/** The seed quickstart: login, session, list flows, trigger a run, read its output. */
public final class Quickstart {
  private Quickstart() {}

  public static void main(String[] args) {
    System.out.println("Flowkit quickstart");
  }
}
