package dev.flowkit.workflows.activepieces;

import com.squareup.moshi.Json;
import dev.flowkit.workflows.internal.Models;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the project's triggers ran, {@code GET /v1/trigger-runs/status}: per piece, per day
 * ({@code YYYY-MM-DD}), how many trigger runs succeeded and failed.
 */
public final class TriggerRunStatus {
  /** One piece's trigger runs. */
  public static final class PieceStats {
    @Json(name = "dailyStats") private final @Nullable Map<String, DayStats> dailyStats;

    private PieceStats(@Nullable Map<String, DayStats> dailyStats) {
      this.dailyStats = dailyStats;
    }

    /** By day ({@code YYYY-MM-DD}); read-only. */
    public Map<String, DayStats> dailyStats() {
      return Models.view(dailyStats);
    }

    @Override public boolean equals(@Nullable Object o) {
      return o instanceof PieceStats && dailyStats().equals(((PieceStats) o).dailyStats());
    }

    @Override public int hashCode() {
      return dailyStats().hashCode();
    }

    @Override public String toString() {
      return "PieceStats" + dailyStats();
    }
  }

  /** One day's counts. */
  public static final class DayStats {
    @Json(name = "success") private final int success;
    @Json(name = "failure") private final int failure;

    private DayStats(int success, int failure) {
      this.success = success;
      this.failure = failure;
    }

    /** Trigger runs that succeeded. */
    public int success() {
      return success;
    }

    /** Trigger runs that failed. */
    public int failure() {
      return failure;
    }

    @Override public boolean equals(@Nullable Object o) {
      return o instanceof DayStats && success == ((DayStats) o).success && failure == ((DayStats) o).failure;
    }

    @Override public int hashCode() {
      return Objects.hash(success, failure);
    }

    @Override public String toString() {
      return "{success=" + success + ", failure=" + failure + "}";
    }
  }

  @Json(name = "pieces") private final @Nullable Map<String, PieceStats> pieces;

  private TriggerRunStatus(@Nullable Map<String, PieceStats> pieces) {
    this.pieces = pieces;
  }

  /** By piece name; read-only. */
  public Map<String, PieceStats> pieces() {
    return Models.view(pieces);
  }

  @Override public boolean equals(@Nullable Object o) {
    return o instanceof TriggerRunStatus && pieces().equals(((TriggerRunStatus) o).pieces());
  }

  @Override public int hashCode() {
    return pieces().hashCode();
  }

  @Override public String toString() {
    return "TriggerRunStatus{pieces=" + pieces() + "}";
  }
}
