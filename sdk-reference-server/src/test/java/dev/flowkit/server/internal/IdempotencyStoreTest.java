package dev.flowkit.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flowkit.server.IdGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class IdempotencyStoreTest {
  /** A clock the test moves. */
  static final class MovingClock extends Clock {
    Instant now = Instant.parse("2026-11-30T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final MovingClock clock = new MovingClock();
  private final IdempotencyStore store =
      new IdempotencyStore(new Platform(clock, IdGenerator.sequential(), false, 0, 0, 1 << 20, Long.MAX_VALUE));

  @Test
  void aKeyReplaysItsAnswerForADayAndIsThenFree() {
    assertNull(store.begin("k1", "a", "POST /x\n{}"));
    store.complete("k1", "a", Reply.json(201, Collections.singletonMap("id", "run_1")));
    clock.now = clock.now.plus(Duration.ofHours(23));
    IdempotencyStore.Stored replay = store.begin("k1", "a", "POST /x\n{}");
    assertNotNull(replay);
    assertEquals(201, replay.status);
    assertEquals(422, assertThrows(ApiException.class, () -> store.begin("k1", "a", "POST /x\n{\"b\":1}")).status);
    clock.now = clock.now.plus(Duration.ofHours(2));
    assertNull(store.begin("k1", "a", "POST /x\n{\"b\":1}"), "expired: the key is free for a new request");
  }

  @Test
  void manyKeysOverTimeAreDroppedFromTheOldestAndLiveOnesStay() {
    for (int i = 0; i < 50_000; i++) {
      clock.now = clock.now.plusSeconds(10); // 50,000 keys over about six days
      assertNull(store.begin("k1", "key-" + i, "POST /x\n{}"));
      store.complete("k1", "key-" + i, Reply.json(201, null));
    }
    // A key from 23 hours ago still replays; one from 25 hours ago is gone.
    assertNotNull(store.begin("k1", "key-" + (50_000 - 1 - 23 * 360), "POST /x\n{}"));
    assertNull(store.begin("k1", "key-" + (50_000 - 1 - 25 * 360), "POST /x\n{}"));
  }

  @Test
  void aClockSetBackDoesNotKeepAnExpiredKeyAlive() {
    assertNull(store.begin("k1", "early", "POST /x\n{}"));
    store.complete("k1", "early", Reply.json(201, null));
    clock.now = clock.now.minus(Duration.ofDays(3));
    assertNull(store.begin("k1", "late", "POST /x\n{}")); // expires before "early" does
    store.complete("k1", "late", Reply.json(201, null));
    // Two days later "late" has expired though "early", ahead of it, has not.
    clock.now = clock.now.plus(Duration.ofDays(2));
    assertNull(store.begin("k1", "late", "POST /x\n{\"new\":true}"), "expired: free for a new request");
    assertNotNull(store.begin("k1", "early", "POST /x\n{}"), "still live: replayed");
  }
}
