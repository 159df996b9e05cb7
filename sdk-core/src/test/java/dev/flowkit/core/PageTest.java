package dev.flowkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flowkit.core.internal.Pages;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PageTest {
  /** Pages of 3 over 0..9, cursor = index of the next item; records fetched cursors. */
  private final List<String> fetched = new ArrayList<>();

  private Page<Integer> pageAt(int start) {
    List<Integer> data = new ArrayList<>();
    for (int i = start; i < Math.min(start + 3, 10); i++) data.add(i);
    String next = start + 3 < 10 ? String.valueOf(start + 3) : null;
    return Pages.page(data, next, null, cursor -> {
      fetched.add(cursor);
      return pageAt(Integer.parseInt(cursor));
    });
  }

  @Test
  void autoPagerWalksEveryItemOnceFetchingLazily() {
    Iterator<Integer> items = pageAt(0).autoPager().iterator();
    for (int i = 0; i < 3; i++) items.next();
    assertEquals(List.of(), fetched, "no fetch before the first page is used up");
    assertEquals(3, items.next());
    assertEquals(List.of("3"), fetched);

    fetched.clear();
    assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), pageAt(0).autoPager().stream().collect(Collectors.toList()));
    assertEquals(List.of("3", "6", "9"), fetched);
  }

  @Test
  void streamIsLazyToo() {
    assertEquals(List.of(0, 1), pageAt(0).autoPager().stream().limit(2).collect(Collectors.toList()));
    assertEquals(List.of(), fetched);
  }

  @Test
  void repeatedCursorThrowsInsteadOfLooping() {
    Page<Integer> loop = Pages.page(List.of(1), "same", null, cursor -> Pages.page(List.of(2), "same", null, c -> {
      throw new AssertionError("must not fetch the same cursor twice");
    }));
    Iterator<Integer> items = loop.autoPager().iterator();
    assertEquals(1, items.next());
    assertEquals(2, items.next());
    InvalidResponseException e = assertThrows(InvalidResponseException.class, items::hasNext);
    assertEquals("The server returned the cursor 'same' twice; stopping instead of looping", e.getMessage());
  }

  /** Cursor i leads to a page whose next cursor is {@code next.apply(i)}; counts the fetches. */
  private Page<Integer> cursorChain(int at, java.util.function.IntUnaryOperator next, int[] fetches) {
    return Pages.page(List.of(at), String.valueOf(next.applyAsInt(at)), null, cursor -> {
      fetches[0]++;
      return cursorChain(Integer.parseInt(cursor), next, fetches);
    });
  }

  @Test
  void aLoopLongerThanTheRecentCursorsIsStillCaughtSoon() {
    int[] fetches = {0};
    // 0, 1, 2, …, 99, then 40, 41, … again: a loop of 60 pages entered after 40.
    Page<Integer> first = cursorChain(0, i -> i == 99 ? 40 : i + 1, fetches);
    Iterator<Integer> items = first.autoPager().iterator();
    InvalidResponseException e =
        assertThrows(InvalidResponseException.class, () -> {
          while (items.hasNext()) items.next();
        });
    assertTrue(e.getMessage().contains("twice"), e.getMessage());
    assertTrue(fetches[0] < 100 + 4 * 60, "caught after " + fetches[0] + " fetches");
  }

  @Test
  void aLongWalkOfDistinctCursorsNeverLooksLikeALoop() {
    int[] fetches = {0};
    Page<Integer> first = cursorChain(0, i -> i + 1, fetches);
    Iterator<Integer> items = first.autoPager().iterator();
    for (int i = 0; i < 100_000; i++) assertEquals(i, items.next());
  }

  @Test
  void lastPageHasNoNext() {
    Page<Integer> last = pageAt(9);
    assertFalse(last.hasNextPage());
    assertThrows(NoSuchElementException.class, last::nextPage);
  }
}
