package io.github.atlassianmcp.server.testkit;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import io.github.atlassianmcp.sandbox.SandboxUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reads the sandbox's site directly (HTTP Basic): what the server's writes really stored, and who sees it. */
public final class SiteRest {

  private final AtlassianSandbox sandbox;
  private final SandboxUser user;
  private final HttpClient http = HttpClient.newHttpClient();

  public SiteRest(AtlassianSandbox sandbox) {
    this(sandbox, sandbox.currentUser());
  }

  /** Reads as another person of the sandbox (a portal customer, say). */
  public SiteRest(AtlassianSandbox sandbox, SandboxUser user) {
    this.sandbox = sandbox;
    this.user = user;
  }

  /** Reads as the person with this account ID. */
  public SiteRest as(String accountId) {
    return new SiteRest(sandbox, sandbox.users().stream().filter(u -> u.accountId().equals(accountId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("The sandbox has no person " + accountId)));
  }

  public JsonElement get(String path) {
    String credentials = user.email() + ":" + user.apiToken();
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
