package dev.flowkit.core.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * ISO-8601 instants: {@code 2026-01-01T00:00:00Z}, {@code …00.123Z}, {@code …00+07:00}.
 *
 * <p>The shape every server sends ({@code yyyy-MM-ddTHH:mm:ss}, up to nine fraction digits,
 * {@code Z} or {@code ±HH:MM}) is read by hand, with no allocation but the {@code Instant}:
 * {@code java.time}'s parser builds a map and several objects per timestamp, and a page of
 * flows holds a hundred of them. Anything else, including every invalid value, goes to
 * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}, which decides what is accepted.
 *
 * <p>The JSON path for an error message is built only when the text fails to parse.
 */
public final class InstantAdapter extends JsonAdapter<Instant> {
  @Override
  public Instant fromJson(JsonReader reader) throws IOException {
    String text = reader.nextString();
    Instant fast = parseCommon(text);
    if (fast != null) return fast;
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      // Inside an object the path still names this member; inside an array it has moved on one.
      throw new JsonDataException(
          "Expected an ISO-8601 timestamp but was '" + text + "' at path " + reader.getPath(), e);
    }
  }

  /** The instant of {@code text} in the common shape, or null for anything else. */
  static @Nullable Instant parseCommon(String text) {
    int length = text.length();
    if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
        || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)
        || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (text.charAt(i) == '.') {
      int start = ++i;
      while (i < length && i - start < 9 && isDigit(text.charAt(i))) nanos = nanos * 10 + (text.charAt(i++) - '0');
      if (i == start || (i < length && isDigit(text.charAt(i)))) return null;
      for (int n = i - start; n < 9; n++) nanos *= 10;
    }
    int offsetSeconds;
    if (i == length - 1 && text.charAt(i) == 'Z') {
      offsetSeconds = 0;
    } else if (i == length - 6 && (text.charAt(i) == '+' || text.charAt(i) == '-') && text.charAt(i + 3) == ':') {
      int offsetHours = digits(text, i + 1, 2);
      int offsetMinutes = digits(text, i + 4, 2);
      if (offsetHours < 0 || offsetHours > 17 || offsetMinutes < 0 || offsetMinutes > 59) return null;
      offsetSeconds = (offsetHours * 60 + offsetMinutes) * 60 * (text.charAt(i) == '-' ? -1 : 1);
    } else {
      return null;
    }
    long seconds = epochDay(year, month, day) * 86_400L + hour * 3_600L + minute * 60L + second;
    return Instant.ofEpochSecond(seconds - offsetSeconds, nanos);
  }

  /** The {@code count} ASCII digits at {@code start} as a number, or -1. */
  private static int digits(String text, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) return -1;
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int lengthOfMonth(int year, int month) {
    if (month == 2) return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (the civil-from-days inverse). */
  private static long epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = y / 400; // year is 0..9999 here, so y >= -1 and the division needs no floor
    if (y < 0) era = -1;
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - 719_468L;
  }

  @Override
  public void toJson(JsonWriter writer, Instant value) throws IOException {
    writer.value(DateTimeFormatter.ISO_INSTANT.format(value));
  }

  @Override
  public String toString() {
    return "JsonAdapter(Instant)";
  }
}
