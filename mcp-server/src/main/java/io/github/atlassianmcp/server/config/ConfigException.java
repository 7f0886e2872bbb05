package io.github.atlassianmcp.server.config;

import java.util.Objects;

/**
 * A configuration value the server cannot work with. The message names the environment variable and says what to
 * put there instead; it never repeats a secret value.
 */
public final class ConfigException extends RuntimeException {

  private final String variable;

  public ConfigException(String variable, String message) {
    super(message);
    this.variable = Objects.requireNonNull(variable, "variable");
  }

  /** The environment variable to fix, e.g. {@code ATLASSIAN_SITE_URL}. */
  public String variable() {
    return variable;
  }
}
