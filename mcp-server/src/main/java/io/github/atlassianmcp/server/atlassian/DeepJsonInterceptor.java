package io.github.atlassianmcp.server.atlassian;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Keeps JSON from Atlassian within the depth the generated clients' parser reads (Gson stops at 255 levels). A
 * rich-text field nested deeper than that (an ADF document 300 lists deep) would otherwise make the whole answer
 * unreadable: the issue, its other fields, everything. Here each part deeper than {@link #MAX_DEPTH} becomes one
 * ADF text node holding its text, and the rest of the body stays as it was. Bodies within the limit, the usual
 * case, pass unchanged after one scan of their bytes.
 */
public final class DeepJsonInterceptor implements Interceptor {

  /** Far below Gson's 255, far above any document people write; the formatter flattens beyond 40 blocks anyway. */
  static final int MAX_DEPTH = 200;

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    ResponseBody body = response.body();
    MediaType type = body == null ? null : body.contentType();
    if (type == null || !type.subtype().contains("json")) {
      return response;
    }
    byte[] bytes = body.bytes();
    byte[] kept = maxDepthExceeds(bytes, MAX_DEPTH) ? flatten(bytes, MAX_DEPTH) : bytes;
    return response.newBuilder().body(ResponseBody.create(kept, type)).build();
  }

  /** Whether objects and arrays in {@code json} nest deeper than {@code limit}; strings are skipped. */
  static boolean maxDepthExceeds(byte[] json, int limit) {
    int depth = 0;
    boolean inString = false;
    boolean escaped = false;
    for (byte b : json) {
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (b == '\\') {
          escaped = true;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '[') {
        if (++depth > limit) {
          return true;
        }
      } else if (b == '}' || b == ']') {
        depth--;
      }
    }
    return false;
  }

  /**
   * {@code json} with every object or array that starts deeper than {@code limit} replaced by a text node (an
   * array by an array holding one) with the text of its {@code "text"} members; unchanged if it cannot be read.
   */
  static byte[] flatten(byte[] json, int limit) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(json.length);
    try (JsonReader in = reader(json); JsonWriter writer = writer(out)) {
      int depth = 0;
      while (true) {
        JsonToken token = in.peek();
        switch (token) {
          case BEGIN_OBJECT, BEGIN_ARRAY -> {
            if (depth == limit) {
              textNode(writer, token == JsonToken.BEGIN_ARRAY, textOf(in));
            } else if (token == JsonToken.BEGIN_OBJECT) {
              in.beginObject();
              writer.beginObject();
              depth++;
            } else {
              in.beginArray();
              writer.beginArray();
              depth++;
            }
          }
          case END_OBJECT -> {
            in.endObject();
            writer.endObject();
            depth--;
          }
          case END_ARRAY -> {
            in.endArray();
            writer.endArray();
            depth--;
          }
          case NAME -> writer.name(in.nextName());
          case STRING -> writer.value(in.nextString());
          case NUMBER -> writer.jsonValue(in.nextString());
          case BOOLEAN -> writer.value(in.nextBoolean());
          case NULL -> {
            in.nextNull();
            writer.nullValue();
          }
          case END_DOCUMENT -> {
            writer.flush();
            return out.toByteArray();
          }
          default -> throw new IOException("unexpected " + token);
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      // Not JSON after all: the body goes on as it came, for the client to report.
      return json;
    }
  }

  /** The text of the value at the reader, read to its end without recursion: ADF keeps text in "text" members. */
  private static String textOf(JsonReader in) throws IOException {
    StringBuilder text = new StringBuilder();
    Deque<Boolean> blocks = new ArrayDeque<>();
    String name = null;
    do {
      switch (in.peek()) {
        case BEGIN_OBJECT -> {
          in.beginObject();
          blocks.push(false);
        }
        case BEGIN_ARRAY -> {
          in.beginArray();
          blocks.push(false);
        }
        case END_OBJECT, END_ARRAY -> {
          if (in.peek() == JsonToken.END_OBJECT) {
            in.endObject();
          } else {
            in.endArray();
          }
          // A node with content (a paragraph, a list item) ends its line.
          if (blocks.pop() && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
          }
        }
        case NAME -> {
          name = in.nextName();
          if (name.equals("content") && !blocks.isEmpty()) {
            blocks.pop();
            blocks.push(true);
          }
          continue;
        }
        case STRING -> {
          String value = in.nextString();
          if ("text".equals(name)) {
            text.append(value);
          }
        }
        default -> in.skipValue();
      }
      name = null;
    } while (!blocks.isEmpty());
    return text.toString().strip();
  }

  private static void textNode(JsonWriter writer, boolean inArray, String text) throws IOException {
    if (inArray) {
      writer.beginArray();
    }
    writer.beginObject().name("type").value("text").name("text").value(text).endObject();
    if (inArray) {
      writer.endArray();
    }
  }

  private static JsonReader reader(byte[] json) {
    JsonReader reader = new JsonReader(new InputStreamReader(new ByteArrayInputStream(json), StandardCharsets.UTF_8));
    reader.setNestingLimit(Integer.MAX_VALUE);
    return reader;
  }

  private static JsonWriter writer(ByteArrayOutputStream out) {
    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    JsonWriter writer = new JsonWriter(text);
    writer.setHtmlSafe(false);
    writer.setSerializeNulls(true);
    return writer;
  }
}
