package io.github.atlassianmcp.sandbox.confluence;

import io.github.atlassianmcp.sandbox.SandboxUser;
import java.time.Instant;

/** A Confluence space; {@code homepageId} is its root page. */
public record Space(long id, String key, String name, String description, String type, SandboxUser author,
    Instant createdAt, long homepageId) {}
