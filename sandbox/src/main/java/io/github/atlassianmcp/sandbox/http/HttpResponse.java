package io.github.atlassianmcp.sandbox.http;

import com.google.gson.JsonElement;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response to write back: status, headers and body. Immutable; {@link #withHeader} returns a copy. */
public record HttpResponse(int status, Map<String, String> headers, byte[] body) {

  public static final String JSON = "application/json;charset=UTF-8";

  public HttpResponse {
    headers = Map.copyOf(headers);
    body = body == null ? new byte[0] : body;
  }

  public static HttpResponse json(int status, JsonElement json) {
    return new HttpResponse(status, Map.of("Content-Type", JSON), Json.write(json).getBytes(StandardCharsets.UTF_8));
  }

  public static HttpResponse text(int status, String contentType, String text) {
    return new HttpResponse(status, Map.of("Content-Type", contentType), text.getBytes(StandardCharsets.UTF_8));
  }

  public static HttpResponse noContent() {
    return new HttpResponse(204, Map.of(), new byte[0]);
  }

  public static HttpResponse redirect(String location) {
    return new HttpResponse(302, Map.of("Location", location, "Cache-Control", "no-store"), new byte[0]);
  }

  public HttpResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new HttpResponse(status, copy, body);
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
