package dev.flowkit.server.fuzz;

import java.util.Map;
import java.util.TreeMap;

/** What the fuzz sent and got, per spec and operation, to see what it reached. */
public final class FuzzStats {
  /** Counts for one operation. */
  static final class Counts {
    int accepted;
    int refusedByState;
    int invalidRefused;
    int unchecked;
  }

  private final Map<String, Map<String, Counts>> bySpec = new TreeMap<>();

  synchronized void record(String spec, String op, boolean valid, int status) {
    Counts c = counts(spec, op);
    if (!valid) c.invalidRefused++;
    else if (status < 300) c.accepted++;
    else c.refusedByState++;
  }

  synchronized void unchecked(String spec, String op) {
    counts(spec, op).unchecked++;
  }

  private Counts counts(String spec, String op) {
    return bySpec.computeIfAbsent(spec, k -> new TreeMap<>()).computeIfAbsent(op, k -> new Counts());
  }

  /** How many operations of {@code spec} got at least one 2xx. */
  public synchronized int acceptedOperations(String spec) {
    return (int) bySpec.getOrDefault(spec, Map.of()).values().stream().filter(c -> c.accepted > 0).count();
  }

  /** One line per operation: valid accepted / valid refused by state / invalid refused. */
  public synchronized String report() {
    StringBuilder b = new StringBuilder();
    bySpec.forEach((spec, ops) -> {
      b.append(spec).append('\n');
      ops.forEach((op, c) -> b.append(String.format("  %-52s 2xx %3d  state-4xx %3d  invalid-4xx %3d%n",
          op, c.accepted, c.refusedByState, c.invalidRefused)));
    });
    return b.toString();
  }
}
