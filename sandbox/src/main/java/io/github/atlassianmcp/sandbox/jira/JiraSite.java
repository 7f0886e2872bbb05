package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.adf.AdfInput;
import io.github.atlassianmcp.sandbox.http.ApiException;
import io.github.atlassianmcp.sandbox.http.ApiFamily;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.media.MediaHost;
import io.github.atlassianmcp.sandbox.users.UserDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What every Jira resource shares: the data, the people, the ADF check, the clock, the media host, and the
 * common answers (the issue a path names, the body of a request, Jira's 404).
 */
public final class JiraSite {

  static final String NO_ISSUE = "Issue does not exist or you do not have permission to see it.";
  static final String BAD_PAYLOAD = "Invalid request payload. Refer to the REST API documentation and try again.";

  private final JiraStore store;
  private final UserDirectory users;
  private final AdfInput adf;
  private final Clock clock;
  private final MediaHost media;
  private final IssueJson issueJson;
  private final IssueScreens screens;

  public JiraSite(JiraStore store, UserDirectory users, AdfInput adf, Clock clock, MediaHost media) {
    this.store = store;
    this.users = users;
    this.adf = adf;
    this.clock = clock;
    this.media = media;
    this.issueJson = new IssueJson(store);
    this.screens = new IssueScreens(store);
  }

  public JiraStore store() {
    return store;
  }

  public UserDirectory users() {
    return users;
  }

  public AdfInput adf() {
    return adf;
  }

  public Instant now() {
    return clock.instant();
  }

  public Clock clock() {
    return clock;
  }

  /** Where attachment bytes are served from. */
  public MediaHost media() {
    return media;
  }

  IssueJson issueJson() {
    return issueJson;
  }

  IssueScreens screens() {
    return screens;
  }

  /** The issue the {@code issueIdOrKey} path variable names, or Jira's 404. */
  public Issue issue(Call call) {
    return store.issue(call.pathVariable("issueIdOrKey")).orElseThrow(() -> notFound(NO_ISSUE));
  }

  /** The request's JSON object body, or Jira's 400 for a payload it cannot read. */
  static JsonObject body(Call call) {
    return Json.parse(call.request().bodyText())
        .filter(JsonElement::isJsonObject)
        .map(JsonElement::getAsJsonObject)
        .orElseThrow(() -> badRequest(BAD_PAYLOAD));
  }

  static ApiException notFound(String message) {
    return new ApiException(ApiFamily.JIRA.error(404, message));
  }

  static ApiException badRequest(String message) {
    return new ApiException(ApiFamily.JIRA.error(400, message));
  }

  static ApiException errors(List<String> messages, Map<String, String> fieldErrors) {
    return new ApiException(ApiFamily.jira(400, messages, fieldErrors));
  }
}
