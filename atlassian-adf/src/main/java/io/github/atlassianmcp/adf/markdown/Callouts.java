package io.github.atlassianmcp.adf.markdown;

import java.util.Locale;

/**
 * The lead of a panel written as a quote ({@code > **Info:** text}), shared by ADF panels and the panel macros
 * of Confluence storage format so both read the same.
 */
public final class Callouts {

  private Callouts() {}

  /** The bold lead for a panel of this type: {@code info} gives {@code **Info:**}. */
  public static String lead(String panelType) {
    return "**" + label(panelType) + ":**";
  }

  /** The bold lead for a panel with a title: {@code **Info: Deploy freeze**}. */
  public static String lead(String panelType, String escapedTitle) {
    return "**" + label(panelType) + ": " + escapedTitle + "**";
  }

  private static String label(String panelType) {
    String type = panelType == null ? "" : panelType.toLowerCase(Locale.ROOT);
    return switch (type) {
      case "info" -> "Info";
      case "note" -> "Note";
      case "tip" -> "Tip";
      case "warning" -> "Warning";
      case "error" -> "Error";
      case "success" -> "Success";
      default -> "Panel";
    };
  }
}
