/**
 * Signing in to Atlassian Cloud: {@link io.github.atlassianmcp.auth.AtlassianOAuth} (OAuth 2.0 3LO with PKCE,
 * configured by its builder) with {@link io.github.atlassianmcp.auth.ScopeSet} and a
 * {@link io.github.atlassianmcp.auth.CredentialStore} ({@link io.github.atlassianmcp.auth.FileCredentialStore} by
 * default). The other public types are its parts, for applications that wire the flow themselves (a web app's own
 * redirect handling, say): {@link io.github.atlassianmcp.auth.AuthorizationAttempt},
 * {@link io.github.atlassianmcp.auth.TokenEndpoint}, {@link io.github.atlassianmcp.auth.TokenManager},
 * {@link io.github.atlassianmcp.auth.AccountDirectory}.
 */
package io.github.atlassianmcp.auth;
