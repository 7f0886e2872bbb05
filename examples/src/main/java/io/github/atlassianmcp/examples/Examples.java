package io.github.atlassianmcp.examples;

import io.github.atlassianmcp.client.AtlassianClients;
import io.github.atlassianmcp.client.http.RetryPolicy;
import java.util.Map;

/** What the examples' {@code main} methods share: clients for API-token mode from the environment. */
final class Examples {

  private Examples() {}

  /**
   * Clients for {@code ATLASSIAN_SITE_URL} with {@code ATLASSIAN_EMAIL} and {@code ATLASSIAN_API_TOKEN}; a
   * standalone sandbox prints all three ({@code SandboxMain}). Exits with a hint when one is missing.
   */
  static AtlassianClients apiTokenClients() {
    Map<String, String> env = System.getenv();
    String site = env.get("ATLASSIAN_SITE_URL");
    String email = env.get("ATLASSIAN_EMAIL");
    String token = env.get("ATLASSIAN_API_TOKEN");
    if (site == null || email == null || token == null) {
      System.err.println("Set ATLASSIAN_SITE_URL, ATLASSIAN_EMAIL and ATLASSIAN_API_TOKEN"
          + " (an API token from https://id.atlassian.com/manage-profile/security/api-tokens).");
      System.exit(2);
    }
    return AtlassianClients.builder().site(site).apiToken(email, token).retries(RetryPolicy.standard()).build();
  }
}
