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

/**
 * ISO-8601 instants: {@code 2026-01-01T00:00:00Z}, {@code …00.123Z}, {@code …00+07:00}.
 *
 * <p>The JSON path for an error message is built only when the text fails to parse: building it
 * for every timestamp cost more than the parse itself saves on a page of flows.
 */
public final class InstantAdapter extends JsonAdapter<Instant> {
  @Override
  public Instant fromJson(JsonReader reader) throws IOException {
    String text = reader.nextString();
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      // Inside an object the path still names this member; inside an array it has moved on one.
      throw new JsonDataException(
          "Expected an ISO-8601 timestamp but was '" + text + "' at path " + reader.getPath(), e);
    }
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
