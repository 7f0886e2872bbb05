package io.github.atlassianmcp.testing;

import java.util.Arrays;
import java.util.Optional;

/** The Atlassian REST APIs, each with its spec file and the site paths it owns. */
public enum AtlassianApi {
  JIRA_PLATFORM("jira-platform.v3.json", "/rest/api/3/", ""),
  JIRA_SOFTWARE("jira-software.json", "/rest/agile/", ""),
  SERVICE_DESK("jira-service-management.json", "/rest/servicedeskapi/", ""),
  CONFLUENCE_V1("confluence-v1.json", "/wiki/rest/api/", ""),
  CONFLUENCE_V2("confluence-v2.json", "/wiki/api/v2/", "/wiki/api/v2");

  private final String specFile;
  private final String pathPrefix;
  private final String basePath;

  AtlassianApi(String specFile, String pathPrefix, String basePath) {
    this.specFile = specFile;
    this.pathPrefix = pathPrefix;
    this.basePath = basePath;
  }

  public String specFile() {
    return specFile;
  }

  /** The prefix the spec's server URL adds before its paths ({@code /wiki/api/v2} for Confluence v2). */
  public String basePath() {
    return basePath;
  }

  /**
   * The API a request path belongs to. Accepts site paths ({@code /rest/api/3/myself}) and gateway paths
   * ({@code /ex/jira/{cloudId}/rest/api/3/myself}).
   */
  public static Optional<AtlassianApi> forPath(String path) {
    String sitePath = sitePath(path);
    return Arrays.stream(values()).filter(api -> sitePath.startsWith(api.pathPrefix)).findFirst();
  }

  /** The path as on the site: the gateway's {@code /ex/{product}/{cloudId}} prefix removed. */
  public static String sitePath(String path) {
    return path.replaceFirst("^/ex/(jira|confluence)/[^/]+(?=/)", "");
  }
}
