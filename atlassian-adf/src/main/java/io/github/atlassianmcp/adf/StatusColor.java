package io.github.atlassianmcp.adf;

import java.util.Locale;

/** The colours of a status lozenge. */
public enum StatusColor {
  NEUTRAL, PURPLE, BLUE, RED, YELLOW, GREEN;

  String schemaName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
