package io.github.atlassianmcp.sandbox.http;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

/** Small helpers over Gson's tree model, which every response in the sandbox is built with. */
public final class Json {

  // Atlassian's APIs do not escape HTML characters; neither do we, so bodies read as the real ones do.
  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

  private Json() {}

  public static String write(JsonElement element) {
    return GSON.toJson(element);
  }

  /** Parses JSON text; empty when it is not JSON at all. */
  public static Optional<JsonElement> parse(String text) {
    try {
      JsonElement element = JsonParser.parseString(text);
      return Optional.of(element);
    } catch (JsonParseException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  public static ObjectBuilder object() {
    return new ObjectBuilder();
  }

  public static JsonArray array(Collection<? extends JsonElement> elements) {
    JsonArray array = new JsonArray();
    elements.forEach(array::add);
    return array;
  }

  public static <T> JsonArray array(Collection<T> items, Function<T, ? extends JsonElement> render) {
    JsonArray array = new JsonArray();
    items.forEach(item -> array.add(render.apply(item)));
    return array;
  }

  public static JsonArray strings(Collection<String> values) {
    JsonArray array = new JsonArray();
    values.forEach(array::add);
    return array;
  }

  /** A string member, or empty when absent, null or not a string. */
  public static Optional<String> string(JsonObject object, String name) {
    JsonElement element = object.get(name);
    return element != null && element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()
        ? Optional.of(element.getAsString()) : Optional.empty();
  }

  /** A fluent builder of a JSON object. A null value is written as JSON null. */
  public static final class ObjectBuilder {
    private final JsonObject object = new JsonObject();

    public ObjectBuilder put(String name, String value) {
      object.add(name, value == null ? JsonNull.INSTANCE : new JsonPrimitive(value));
      return this;
    }

    public ObjectBuilder put(String name, Number value) {
      object.add(name, value == null ? JsonNull.INSTANCE : new JsonPrimitive(value));
      return this;
    }

    public ObjectBuilder put(String name, Boolean value) {
      object.add(name, value == null ? JsonNull.INSTANCE : new JsonPrimitive(value));
      return this;
    }

    public ObjectBuilder put(String name, JsonElement value) {
      object.add(name, value == null ? JsonNull.INSTANCE : value);
      return this;
    }

    public ObjectBuilder put(String name, ObjectBuilder value) {
      object.add(name, value.build());
      return this;
    }

    /** Adds the member only when the value is not null. */
    public ObjectBuilder putIfPresent(String name, String value) {
      return value == null ? this : put(name, value);
    }

    public ObjectBuilder putIfPresent(String name, JsonElement value) {
      return value == null ? this : put(name, value);
    }

    public JsonObject build() {
      return object;
    }
  }
}
