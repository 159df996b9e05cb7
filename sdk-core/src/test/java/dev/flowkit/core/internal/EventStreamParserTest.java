package dev.flowkit.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flowkit.core.StreamException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okio.Buffer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parser against the HTML standard's "interpret an event stream" steps, one rule per test,
 * with cases from web-platform-tests' eventsource suite. Every input is also fed split at every
 * byte and one byte at a time: the chunking must never change what is dispatched.
 */
class EventStreamParserTest {

  @Test
  void dataLinesJoinWithLineFeedAndTheLastOneIsRemoved() {
    assertEquals(List.of("null null YHOO\n+2\n10"), parse("data: YHOO\ndata: +2\ndata: 10\n\n"));
  }

  @Test
  void fieldParsingAsWebPlatformTestsCheckIt() {
    // wpt eventsource/format-field-parsing: names are case-sensitive, NUL is data, one space goes.
    String stream = "data:\0\ndata:  2\rData:1\ndata\0:2\ndata:1\r\0data:4\nda-ta:3\rdata_5\ndata:3\rdata:\r\n data:32\ndata:4\n\n";
    assertEquals(List.of("null null \0\n 2\n1\n3\n\n4"), parse(stream));
  }

  @Test
  void emptyDataFieldsAndFieldsWithoutColon() {
    // wpt format-field-data: "data:" and "data" both append an empty line.
    assertEquals(List.of("null null ", "null null \n", "null null test"), parse("data:\n\ndata\ndata\n\ndata:test\n\n"));
  }

  @Test
  void unknownFieldsAndCommentsAreIgnored() {
    // wpt format-field-unknown.
    String stream = "data:test\n data\ndata\nfoobar:xxx\njustsometext\n:thisisacommentyay\ndata:test\n\n";
    assertEquals(List.of("null null test\n\ntest"), parse(stream));
  }

  @Test
  void onlyOneLeadingSpaceIsRemoved() {
    assertEquals(List.of("null null x", "null null  x", "null null x "), parse("data:x\n\ndata:  x\n\ndata: x \n\n"));
  }

  @Test
  void loneCarriageReturnsEndLines() {
    assertEquals(List.of("1 msg a", "2 msg b"), parse("id: 1\revent: msg\rdata: a\r\rid: 2\revent: msg\rdata: b\r\r"));
  }

  @Test
  void mixedLineEndingsAreEachOneLineEnd() {
    // wpt format-newlines: CRLF, LF and CR in one stream.
    assertEquals(List.of("null null test\n\ntest"), parse("data:test\r\ndata\ndata:test\r\n\r"));
  }

  @Test
  void carriageReturnAtTheEndOfAChunkAndLineFeedInTheNextAreOneLineEnd() {
    Recorder recorder = new Recorder();
    EventStreamParser parser = new EventStreamParser(null, recorder);
    parser.feed(bytes("data: a\r"));
    parser.feed(bytes("\ndata: b\r"));
    parser.feed(bytes("\n\r"));
    parser.feed(bytes("\n"));
    assertEquals(List.of("null null a\nb"), recorder.events, "CRLF split by a chunk is not a blank line");
  }

  @Test
  void eventTypeIsResetAfterEachEvent() {
    assertEquals(List.of("null a 1", "null null 2", "null null 3"), parse("event: a\ndata: 1\n\ndata: 2\n\nevent:\ndata: 3\n\n"));
  }

  @Test
  void eventTypeOfABlockWithoutDataDoesNotLeakIntoTheNext() {
    assertEquals(List.of("null null x"), parse("event: a\n\ndata: x\n\n"));
  }

  @Test
  void lastEventIdSurvivesEventsWithoutAnIdField() {
    Recorder recorder = new Recorder();
    EventStreamParser parser = new EventStreamParser(null, recorder);
    parser.feed(bytes("id: 1\ndata: a\n\ndata: b\n\nid\ndata: c\n\n"));
    assertEquals(List.of("1 null a", "1 null b", "null null c"), recorder.events);
    assertEquals(List.of(true, false, true), recorder.idFields, "only the first and third blocks had an id field");
    assertEquals(null, parser.lastEventId(), "an empty id field clears it");
  }

  @Test
  void idContainingNulIsIgnored() {
    Recorder recorder = new Recorder();
    EventStreamParser parser = new EventStreamParser(null, recorder);
    parser.feed(bytes("id: 1\ndata: a\n\nid: 2\0x\ndata: b\n\n"));
    assertEquals(List.of("1 null a", "1 null b"), recorder.events);
    assertEquals(List.of(true, false), recorder.idFields);
    assertEquals("1", parser.lastEventId());
  }

  @Test
  void blockWithOnlyAnIdSetsTheLastEventIdWithoutAnEvent() {
    Recorder recorder = new Recorder();
    EventStreamParser parser = new EventStreamParser(null, recorder);
    parser.feed(bytes("id: 1\ndata: a\n\nid: 7\n\n"));
    assertEquals(List.of("1 null a"), recorder.events);
    assertEquals(List.of("7"), recorder.idsOnly);
    assertEquals("7", parser.lastEventId());
  }

  @Test
  void aResumedParserStartsFromThePreviousLastEventId() {
    Recorder recorder = new Recorder();
    EventStreamParser parser = new EventStreamParser("5", recorder);
    parser.feed(bytes("\ndata: x\n\n"));
    assertEquals(List.of("5 null x"), recorder.events);
    assertEquals(List.of(false), recorder.idFields);
  }

  @Test
  void retryTakesAsciiDigitsOnly() {
    Recorder recorder = new Recorder();
    EventStreamParser parser = new EventStreamParser(null, recorder);
    parser.feed(bytes("retry: 1500\nretry: 15a\nretry:\nretry:  10\nretry: -1\nretry: 0\nretry: 99999999999999999999999\n"));
    assertEquals(List.of(1500L, 0L, Long.MAX_VALUE), recorder.retries);
  }

  @Test
  void oneByteOrderMarkIsSkippedAtTheStartOnly() {
    assertEquals(List.of("null null 1"), parse("\uFEFFdata: 1\n\n"));
    // wpt format-bom-2: a second BOM is part of the first field's name, so that line is ignored.
    assertEquals(List.of("null null 2"), parse("\uFEFF\uFEFFdata: 1\n\ndata: 2\n\n"));
    assertEquals(List.of("null null 1"), parse("data: 1\n\n\uFEFFdata: 2\n\n"));
  }

  @Test
  void anEventWithoutItsBlankLineIsDiscardedAtTheEnd() {
    Recorder recorder = new Recorder();
    EventStreamParser parser = new EventStreamParser(null, recorder);
    parser.feed(bytes("data: a\n\ndata: b\n"));
    parser.end();
    parser.feed(bytes("\n"));
    assertEquals(List.of("null null a"), recorder.events);
  }

  @Test
  void aLineCutMidwayIsDiscardedAtTheEnd() {
    Recorder recorder = new Recorder();
    EventStreamParser parser = new EventStreamParser(null, recorder);
    parser.feed(bytes("id: 1\ndata: a\n\nid: 2\nda"));
    parser.end();
    assertEquals(List.of("1 null a"), recorder.events);
    assertEquals("1", parser.lastEventId(), "the cut block's id was never dispatched");
  }

  @Test
  void invalidUtf8BecomesReplacementCharacters() {
    Recorder recorder = new Recorder();
    new EventStreamParser(null, recorder).feed(new byte[] {'d', 'a', 't', 'a', ':', (byte) 0xFF, 'x', '\n', '\n'});
    assertEquals(List.of("null null \uFFFDx"), recorder.events);
  }

  @Test
  void multiByteCharactersSplitAcrossChunksSurvive() {
    assertEquals(List.of("null null h\u00e9 \u20ac \uD83D\uDE00"), parse("data: h\u00e9 \u20ac \uD83D\uDE00\n\n"));
  }

  @Test
  void aLineThatNeverEndsFailsInsteadOfFillingMemory() {
    EventStreamParser parser = new EventStreamParser(null, new Recorder());
    byte[] chunk = new byte[1024 * 1024];
    java.util.Arrays.fill(chunk, (byte) 'a');
    StreamException e =
        assertThrows(
            StreamException.class,
            () -> {
              for (int i = 0; i < 20; i++) parser.feed(chunk);
            });
    assertEquals(true, e.getMessage().contains("longer than"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "id: 1\r\nevent: msg\r\ndata: a\r\n\r\nid: 2\revent: msg\rdata: b\r\r",
        "\uFEFFdata:x\n\n",
        "data:test\r\ndata\ndata:test\r\n\r",
        "id: 9\n\nretry: 10\n:c\r\ndata: \u00e9\u20ac\n\n",
      })
  void chunkingNeverChangesTheResult(String stream) {
    byte[] all = bytes(stream);
    List<String> whole = parse(stream);
    for (int split = 0; split <= all.length; split++) {
      Recorder recorder = new Recorder();
      EventStreamParser parser = new EventStreamParser(null, recorder);
      parser.feed(java.util.Arrays.copyOfRange(all, 0, split));
      parser.feed(java.util.Arrays.copyOfRange(all, split, all.length));
      assertEquals(whole, recorder.events, "split at byte " + split);
    }
    Recorder recorder = new Recorder();
    EventStreamParser parser = new EventStreamParser(null, recorder);
    for (byte b : all) parser.feed(new byte[] {b});
    assertEquals(whole, recorder.events, "one byte at a time");
  }

  /** Parses the stream whole and, as a cross-check, one byte at a time. */
  private static List<String> parse(String stream) {
    Recorder whole = new Recorder();
    new EventStreamParser(null, whole).feed(bytes(stream));
    Recorder bytewise = new Recorder();
    EventStreamParser parser = new EventStreamParser(null, bytewise);
    for (byte b : bytes(stream)) parser.feed(new byte[] {b});
    assertEquals(whole.events, bytewise.events, "one byte at a time");
    return whole.events;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static final class Recorder implements EventStreamParser.Listener {
    final List<String> events = new ArrayList<>();
    final List<Boolean> idFields = new ArrayList<>();
    final List<@Nullable String> idsOnly = new ArrayList<>();
    final List<Long> retries = new ArrayList<>();

    @Override
    public void onEvent(@Nullable String lastEventId, boolean idField, @Nullable String type, Buffer data) {
      events.add(lastEventId + " " + type + " " + data.readUtf8());
      idFields.add(idField);
    }

    @Override
    public void onLastEventId(@Nullable String lastEventId) {
      idsOnly.add(lastEventId);
    }

    @Override
    public void onRetry(long millis) {
      retries.add(millis);
    }
  }
}
