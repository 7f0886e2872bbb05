package io.github.atlassianmcp.client;

import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.UUID;

/**
 * A JSON {@code null} that a request body must carry. The generated clients leave nulls out of what they send (an
 * unset property is not sent), yet Atlassian clears a value only when it reads null: {@code "fields":
 * {"assignee": null}} unassigns a Jira issue. Put {@link #VALUE} where the body must say null, e.g. as a value of
 * an issue's {@code fields} map.
 *
 * <p>Gson drops nulls at every level, so the value is written as a marker string, unguessable (random per run),
 * which the generated {@code JSON.serialize} turns into {@code null} in the finished body.
 */
@JsonAdapter(ExplicitNull.Adapter.class)
public final class ExplicitNull {

  /** The null to send. */
  public static final ExplicitNull VALUE = new ExplicitNull();

  private static final String MARKER = "\"atlassian-explicit-null-" + UUID.randomUUID() + "\"";

  private ExplicitNull() {}

  /** A serialized request body with each explicit null written as JSON {@code null}. */
  public static String restore(String json) {
    return json != null && json.contains(MARKER) ? json.replace(MARKER, "null") : json;
  }

  @Override
  public String toString() {
    return "null";
  }

  static final class Adapter extends TypeAdapter<ExplicitNull> {

    @Override
    public void write(JsonWriter out, ExplicitNull value) throws IOException {
      out.value(MARKER.substring(1, MARKER.length() - 1));
    }

    @Override
    public ExplicitNull read(JsonReader in) throws IOException {
      in.skipValue();
      return VALUE;
    }
  }
}
