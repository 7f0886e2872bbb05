package io.github.atlassianmcp.server.transport;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds the id of a request in a message that cannot be read whole (too large, or beyond the parser's limits),
 * streaming over it without holding it, so that the error goes back with the id and the client's call fails at
 * once instead of waiting for its timeout. Only a top-level {@code "id"} of a message that also has a top-level
 * {@code "method"} counts: a broken response must never be answered as if it were a request.
 */
final class RequestIdScan {

  private RequestIdScan() {}

  static Optional<Object> scan(InputStream message) {
    Object id = null;
    boolean method = false;
    try {
      JsonReader reader = new JsonReader(new InputStreamReader(message, StandardCharsets.UTF_8));
      reader.setStrictness(Strictness.STRICT);
      reader.setNestingLimit(Integer.MAX_VALUE);
      reader.beginObject();
      while (reader.hasNext() && (id == null || !method)) {
        String name = reader.nextName();
        if (name.equals("id") && reader.peek() == JsonToken.STRING) {
          id = reader.nextString();
        } else if (name.equals("id") && reader.peek() == JsonToken.NUMBER) {
          id = integer(reader.nextString());
        } else if (name.equals("method") && reader.peek() == JsonToken.STRING) {
          reader.skipValue();
          method = true;
        } else {
          reader.skipValue();
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      // What was found before the message broke off still counts.
    }
    return method ? Optional.ofNullable(id) : Optional.empty();
  }

  /** An integer id as the SDK's mapper reads it (Integer or Long); null for fractions and larger numbers. */
  private static Object integer(String number) {
    try {
      long value = Long.parseLong(number);
      return value == (int) value ? (Object) (int) value : (Object) value;
    } catch (NumberFormatException notALong) {
      return null;
    }
  }
}
