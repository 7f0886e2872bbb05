package io.github.atlassianmcp.auth;

/** How the server authenticates to Atlassian, decided by which variables are set. */
public enum AuthMode {
  /** OAuth 2.0 (3LO) through the API gateway (api.atlassian.com) with an OAuth app. */
  OAUTH,
  /** HTTP Basic straight against the site: an email and an API token. */
  API_TOKEN,
  /** Neither set: tools answer with how to configure one of the two. */
  NOT_CONFIGURED
}
