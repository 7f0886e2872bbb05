package io.github.atlassianmcp.sandbox.confluence;

import io.github.atlassianmcp.sandbox.SandboxUser;
import java.time.Instant;

/** The current version of a page: its number, when and by whom it was saved, with an optional message. */
public record PageVersion(int number, Instant createdAt, SandboxUser author, String message, boolean minorEdit) {}
