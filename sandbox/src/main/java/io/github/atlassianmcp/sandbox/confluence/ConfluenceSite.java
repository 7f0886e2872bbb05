package io.github.atlassianmcp.sandbox.confluence;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.adf.AdfInput;
import io.github.atlassianmcp.sandbox.confluence.body.BodyContext;
import io.github.atlassianmcp.sandbox.confluence.body.BodyInput;
import io.github.atlassianmcp.sandbox.confluence.body.BodyRejected;
import io.github.atlassianmcp.sandbox.http.ApiException;
import io.github.atlassianmcp.sandbox.http.ApiFamily;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.StatusText;
import io.github.atlassianmcp.sandbox.media.MediaFiles;
import io.github.atlassianmcp.sandbox.media.MediaHost;
import io.github.atlassianmcp.sandbox.users.UserDirectory;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;

/**
 * What every Confluence resource shares: the data, the people, the media service, the body checks, the clock and
 * the common answers.
 */
public final class ConfluenceSite {

  private final ConfluenceStore store;
  private final UserDirectory users;
  private final BodyInput bodies;
  private final MediaFiles media;
  private final MediaHost mediaHost;
  private final Clock clock;

  public ConfluenceSite(ConfluenceStore store, UserDirectory users, AdfInput adf, MediaFiles media,
      MediaHost mediaHost, Clock clock) {
    this.store = store;
    this.users = users;
    this.bodies = new BodyInput(adf);
    this.media = media;
    this.mediaHost = mediaHost;
    this.clock = clock;
  }

  public BodyInput bodies() {
    return bodies;
  }

  public MediaFiles media() {
    return media;
  }

  /** Where attachment downloads redirect to: a short-lived URL on the media host. */
  public MediaHost mediaHost() {
    return mediaHost;
  }

  /** What converting the body of content on this page needs: its attachments and the people it mentions. */
  public BodyContext bodyContext(long pageId) {
    return new PageBodyContext(store, users, pageId);
  }

  public ConfluenceStore store() {
    return store;
  }

  public UserDirectory users() {
    return users;
  }

  public Clock clock() {
    return clock;
  }

  /** The numeric ID in a v2 path variable, or Confluence's 400. */
  static long id(Call call, String variable) {
    String value = call.pathVariable(variable);
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new ApiException(ApiFamily.CONFLUENCE_V2.error(400, "The " + variable + " '" + value
          + "' is not a valid ID: IDs are numbers."));
    }
  }

  /** The page a v1 {@code content/{id}} path names, or v1's 404. */
  Page v1Page(Call call) {
    String id = call.pathVariable("id");
    try {
      return store.page(Long.parseLong(id)).orElseThrow(() -> v1NoContent(id));
    } catch (NumberFormatException e) {
      throw v1NoContent(id);
    }
  }

  private static ApiException v1NoContent(String id) {
    return v1Error(404, "No content found with id: ContentId{id=" + id + "}");
  }

  static ApiException v1Error(int status, String message) {
    return new ApiException(ApiFamily.CONFLUENCE_V1.error(status, message));
  }

  static ApiException v2NotFound() {
    return new ApiException(ApiFamily.CONFLUENCE_V2.error(404, null));
  }

  static ApiException v2BadRequest(String detail) {
    return new ApiException(ApiFamily.CONFLUENCE_V2.error(400, detail));
  }

  /**
   * A v2 error as Confluence writes the ones its services raise: the sentence in {@code title}, {@code detail}
   * null, e.g. {@code {"errors":[{"status":409,"code":"CONFLICT","title":"Version must be incremented ...",
   * "detail":null}]}}.
   */
  static ApiException v2Error(int status, String title) {
    JsonArray errors = new JsonArray();
    errors.add(Json.object()
        .put("status", status)
        .put("code", StatusText.code(status))
        .put("title", title)
        .put("detail", (String) null)
        .build());
    return new ApiException(HttpResponse.json(status, Json.object().put("errors", errors).build()));
  }

  /** The request's JSON object body, or Confluence's 400 for a payload it cannot read. */
  static JsonObject jsonBody(Call call) {
    return Json.parse(call.request().bodyText())
        .filter(JsonElement::isJsonObject)
        .map(JsonElement::getAsJsonObject)
        .orElseThrow(() -> v2Error(400, "Invalid message"));
  }

  static ApiException v2Error(BodyRejected rejected) {
    return v2Error(rejected.status(), rejected.getMessage());
  }

  /** {@code /spaces/ENG/pages/123/Title}, the web UI path of a page below the wiki base. */
  static String webui(Space space, Page page) {
    return "/spaces/" + space.key() + "/pages/" + page.id() + "/" + ConfluenceStore.slug(page.title());
  }

  /** Confluence's short link: the page ID in little-endian base64, as {@code /x/...}. */
  static String tinyui(Page page) {
    long id = page.id();
    byte[] bytes = new byte[8];
    int length = 0;
    while (id > 0) {
      bytes[length++] = (byte) (id & 0xff);
      id >>>= 8;
    }
    return "/x/" + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(Arrays.copyOf(bytes, length));
  }
}
