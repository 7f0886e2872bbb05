package io.github.atlassianmcp.sandbox;

/**
 * Where the sandbox's site lives and what it is called.
 *
 * @param baseUrl {@code http://127.0.0.1:PORT}, the host of every role
 * @param cloudId the site's cloud ID, as accessible-resources lists it and gateway paths carry it
 * @param name the site name, as in {@code name.atlassian.net}
 */
public record SiteAddress(String baseUrl, String cloudId, String name) {

  /** The gateway prefix of a product: {@code baseUrl/ex/jira/CLOUD_ID}. */
  public String gatewayBase(String product) {
    return baseUrl + "/ex/" + product + "/" + cloudId;
  }
}
