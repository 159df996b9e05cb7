package dev.flowkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.flowkit.core.StreamException;
import java.util.Arrays;

/**
 * Any bytes give events or a {@link StreamException}: never another exception, a hang or
 * unbounded memory. Runs on the committed corpus in every build (regression mode); set
 * {@code JAZZER_FUZZ=1} to fuzz for new inputs.
 */
class EventStreamParserFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void anyBytesGiveEventsOrAStreamException(byte[] input) {
    // The first byte picks a chunk size, so that line ends also fall across chunk boundaries.
    int chunk = input.length == 0 ? 1 : 1 + (input[0] & 0x1f);
    byte[] stream = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);

    EventStreamParserTest.Recorder whole = new EventStreamParserTest.Recorder();
    EventStreamParser one = new EventStreamParser(null, whole);
    EventStreamParserTest.Recorder chunked = new EventStreamParserTest.Recorder();
    EventStreamParser many = new EventStreamParser(null, chunked);
    try {
      one.feed(stream);
      for (int i = 0; i < stream.length; i += chunk) {
        many.feed(Arrays.copyOfRange(stream, i, Math.min(stream.length, i + chunk)));
      }
      one.end();
      many.end();
    } catch (StreamException expected) {
      return;
    }
    assertEquals(whole.events, chunked.events, "chunking changed the events");
    assertEquals(whole.idsOnly, chunked.idsOnly);
    assertEquals(whole.retries, chunked.retries);
    String lastId = one.lastEventId();
    assertFalse(lastId != null && lastId.indexOf('\0') >= 0, "an id with NUL was kept");
  }
}
