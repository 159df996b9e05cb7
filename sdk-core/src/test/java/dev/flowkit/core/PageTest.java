package dev.flowkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    return new Page<>(data, next, null, cursor -> {
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
    Page<Integer> loop = new Page<>(List.of(1), "same", null, cursor -> new Page<>(List.of(2), "same", null, c -> {
      throw new AssertionError("must not fetch the same cursor twice");
    }));
    Iterator<Integer> items = loop.autoPager().iterator();
    assertEquals(1, items.next());
    assertEquals(2, items.next());
    InvalidResponseException e = assertThrows(InvalidResponseException.class, items::hasNext);
    assertEquals("The server returned the cursor 'same' twice; stopping instead of looping", e.getMessage());
  }

  @Test
  void lastPageHasNoNext() {
    Page<Integer> last = pageAt(9);
    assertFalse(last.hasNextPage());
    assertThrows(NoSuchElementException.class, last::nextPage);
  }
}
