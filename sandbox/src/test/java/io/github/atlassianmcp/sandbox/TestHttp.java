package io.github.atlassianmcp.sandbox;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A tiny HTTP client for the tests: real requests over loopback with the JDK's HttpClient. */
public final class TestHttp {

  private final HttpClient client = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  /** An answer: status, headers, body text. */
  public record Answer(int status, Map<String, List<String>> headers, String body, String method, String url,
      Map<String, List<String>> requestHeaders, String requestBody) {
    public JsonElement json() {
      return JsonParser.parseString(body);
    }

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(entry -> entry.getKey().equalsIgnoreCase(name))
          .map(entry -> entry.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    public String contentType() {
      return header("content-type");
    }

    @Override
    public String toString() {
      return method + " " + url + " -> " + status + " " + body;
    }
  }

  public Answer get(String url, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET(), null, headers);
  }

  public Answer delete(String url, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(url)).DELETE(), null, headers);
  }

  public Answer postJson(String url, String json, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)), json, headers);
  }

  public Answer putJson(String url, String json, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)), json, headers);
  }

  /** A body of any type, e.g. multipart/form-data; the answer records it as ISO-8859-1 text. */
  public Answer postBytes(String url, String contentType, byte[] body, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)), new String(body, StandardCharsets.ISO_8859_1), headers);
  }

  public Answer postForm(String url, Map<String, String> form, String... headers) {
    String body = form.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)), body, headers);
  }

  public static String bearer(String token) {
    return "Bearer " + token;
  }

  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Query parameters of a URL, decoded. */
  public static Map<String, String> queryOf(String url) {
    Map<String, String> result = new LinkedHashMap<>();
    String query = URI.create(url).getRawQuery();
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        result.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return result;
  }

  private Answer send(HttpRequest.Builder builder, String body, String... headers) {
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    HttpRequest request = builder.timeout(Duration.ofSeconds(20)).build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.headers().map(), response.body(), request.method(),
          request.uri().toString(), request.headers().map(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
