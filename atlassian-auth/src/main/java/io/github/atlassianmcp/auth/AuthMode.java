package io.github.atlassianmcp.auth;

/** How the server authenticates to Atlassian, decided by which variables are set. */
public enum AuthMode {
  /** OAuth 2.0 (3LO) through api.atlassian.com: ATLASSIAN_CLIENT_ID + ATLASSIAN_CLIENT_SECRET. */
  OAUTH,
  /** HTTP Basic straight against ATLASSIAN_SITE_URL: ATLASSIAN_EMAIL + ATLASSIAN_API_TOKEN. */
  API_TOKEN,
  /** Neither set: tools answer with how to configure one of the two. */
  NOT_CONFIGURED
}
