package io.github.atlassianmcp.auth;

import java.util.Objects;

/**
 * One Atlassian Cloud site an OAuth app was granted, from accessible-resources.
 *
 * @param cloudId the id in gateway URLs ({@code /ex/jira/{cloudId}})
 * @param url the site's address, e.g. https://your-domain.atlassian.net
 * @param name the site's name, may be empty
 */
public record AtlassianSite(String cloudId, String url, String name) {

  public AtlassianSite {
    Objects.requireNonNull(cloudId, "cloudId");
    Objects.requireNonNull(url, "url");
    name = name == null ? "" : name;
  }

  /** "https://your-domain.atlassian.net (cloudId 1324a887-…)". */
  public String describe() {
    return url + " (cloudId " + cloudId + ")";
  }
}
