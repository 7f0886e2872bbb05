package io.github.atlassianmcp.sandbox;

import java.util.LinkedHashSet;
import java.util.List;

/** A sandbox for a test class, with the addresses and credentials its tests use. */
public final class SandboxFixture implements AutoCloseable {

  /** Every scope the Jira, Confluence and service desk tests need. */
  public static final List<String> ALL_SCOPES = List.of("read:jira-work", "write:jira-work", "read:jira-user",
      "read:servicedesk-request", "write:servicedesk-request", "search:confluence", "read:page:confluence",
      "read:space:confluence", "read:me", "offline_access",
      "write:page:confluence", "read:comment:confluence", "write:comment:confluence", "write:confluence-content",
      "read:attachment:confluence", "write:confluence-file", "readonly:content.attachment:confluence",
      "read:user:confluence");

  public final AtlassianSandbox sandbox;
  public final TestHttp http = new TestHttp();
  private final String bearer;

  public SandboxFixture() {
    this(AtlassianSandbox.builder().start());
  }

  public SandboxFixture(AtlassianSandbox sandbox) {
    this.sandbox = sandbox;
    this.bearer = TestHttp.bearer(sandbox.issueTokens(new LinkedHashSet<>(ALL_SCOPES)).accessToken());
  }

  /** A Jira URL through the gateway. */
  public String jira(String sitePath) {
    return sandbox.apiUrl() + "/ex/jira/" + sandbox.cloudId() + sitePath;
  }

  /** A Confluence URL through the gateway. */
  public String confluence(String sitePath) {
    return sandbox.apiUrl() + "/ex/confluence/" + sandbox.cloudId() + sitePath;
  }

  public String site(String sitePath) {
    return sandbox.siteUrl() + sitePath;
  }

  /** An Authorization header value with every scope the tests need. */
  public String bearer() {
    return bearer;
  }

  public String basic() {
    SandboxUser user = sandbox.currentUser();
    return TestHttp.basic(user.email(), user.apiToken());
  }

  public TestHttp.Answer get(String url) {
    return http.get(url, "Authorization", authFor(url));
  }

  public TestHttp.Answer post(String url, String json) {
    return http.postJson(url, json, "Authorization", authFor(url));
  }

  public TestHttp.Answer put(String url, String json) {
    return http.putJson(url, json, "Authorization", authFor(url));
  }

  public TestHttp.Answer delete(String url) {
    return http.delete(url, "Authorization", authFor(url));
  }

  private String authFor(String url) {
    return url.startsWith(sandbox.apiUrl() + "/ex/") ? bearer : basic();
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
