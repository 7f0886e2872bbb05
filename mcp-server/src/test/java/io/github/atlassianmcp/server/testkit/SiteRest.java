package io.github.atlassianmcp.server.testkit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
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

/**
 * Reads the sandbox's site directly (HTTP Basic): what the server's writes really stored, and who sees it; and
 * writes to it as another person at the same site would.
 */
public final class SiteRest {

  private final AtlassianSandbox sandbox;
  private final SandboxUser user;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

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
    return JsonParser.parseString(send(request(path).header("Accept", "application/json").GET().build(),
        HttpResponse.BodyHandlers.ofString()));
  }

  public JsonElement put(String path, JsonElement body) {
    return JsonParser.parseString(send(request(path).header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString()));
  }

  /** The bytes at this path, redirects followed (attachment downloads answer 302 to the media service). */
  public byte[] bytes(String path) {
    return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A Confluence page's body as stored, in storage format. */
  public String storage(String pageId) {
    return page(pageId, "storage").getAsJsonObject("body").getAsJsonObject("storage").get("value").getAsString();
  }

  /** A Confluence page (v2) with its body in this format. */
  public JsonObject page(String pageId, String bodyFormat) {
    return get("/wiki/api/v2/pages/" + pageId + "?body-format=" + bodyFormat).getAsJsonObject();
  }

  /** Saves a new version of a Confluence page as another person would: the current version plus one. */
  public void savePage(String pageId, String storage) {
    JsonObject current = page(pageId, "storage");
    JsonObject body = new JsonObject();
    body.addProperty("id", pageId);
    body.addProperty("status", "current");
    body.addProperty("title", current.get("title").getAsString());
    JsonObject value = new JsonObject();
    value.addProperty("representation", "storage");
    value.addProperty("value", storage);
    body.add("body", value);
    JsonObject version = new JsonObject();
    version.addProperty("number", current.getAsJsonObject("version").get("number").getAsInt() + 1);
    version.addProperty("message", "Edited by someone else");
    body.add("version", version);
    put("/wiki/api/v2/pages/" + pageId, body);
  }

  private HttpRequest.Builder request(String path) {
    String credentials = user.email() + ":" + user.apiToken();
    return HttpRequest.newBuilder(URI.create(sandbox.siteUrl() + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            credentials.getBytes(StandardCharsets.UTF_8)));
  }

  private <T> T send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      HttpResponse<T> response = http.send(request, handler);
      if (response.statusCode() != 200) {
        throw new AssertionError(request.method() + " " + request.uri().getPath() + " answered "
            + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
