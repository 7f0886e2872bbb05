package io.github.atlassianmcp.server.testkit;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reads the sandbox's site directly (HTTP Basic), to check what the server's writes really stored. */
public final class SiteRest {

  private final AtlassianSandbox sandbox;
  private final HttpClient http = HttpClient.newHttpClient();

  public SiteRest(AtlassianSandbox sandbox) {
    this.sandbox = sandbox;
  }

  public JsonElement get(String path) {
    String credentials = sandbox.currentUser().email() + ":" + sandbox.currentUser().apiToken();
    HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.siteUrl() + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json")
        .GET().build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return JsonParser.parseString(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
