package io.github.atlassianmcp.sandbox;

import java.time.Instant;

/**
 * One request the sandbox answered, as its request log keeps it: never a secret. Query parameters that carry
 * secrets (codes, tokens, client secrets) have their values replaced by {@code REDACTED}.
 *
 * @param path the path as requested, gateway prefix included
 * @param query the query string after redaction, empty when there was none
 */
public record LoggedRequest(Instant time, String method, String path, String query, int status, AuthKind auth) {}
