package io.github.atlassianmcp.server.format.storage;

import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** The text of a Confluence {@code ac:emoticon}: its emoji fallback, its emoji id, a known name, or :name:. */
final class Emoticons {

  private static final Pattern EMOJI_ID = Pattern.compile("[0-9a-fA-F]{4,6}(?:-[0-9a-fA-F]{4,6})*");

  /** The classic Confluence emoticons, which carry only a name. */
  private static final Map<String, String> CLASSIC = Map.ofEntries(
      Map.entry("smile", "🙂"), Map.entry("sad", "🙁"), Map.entry("cheeky", "😛"),
      Map.entry("laugh", "😀"), Map.entry("wink", "😉"), Map.entry("thumbs-up", "👍"),
      Map.entry("thumbs-down", "👎"), Map.entry("information", "ℹ️"), Map.entry("tick", "✅"),
      Map.entry("cross", "❌"), Map.entry("warning", "⚠️"), Map.entry("plus", "➕"),
      Map.entry("minus", "➖"), Map.entry("question", "❓"), Map.entry("light-on", "💡"),
      Map.entry("light-off", "💡"), Map.entry("yellow-star", "⭐"), Map.entry("red-star", "⭐"),
      Map.entry("green-star", "⭐"), Map.entry("blue-star", "⭐"), Map.entry("heart", "❤️"),
      Map.entry("broken-heart", "💔"));

  private Emoticons() {}

  static String text(Element emoticon) {
    String fallback = emoticon.attr("ac:emoji-fallback").strip();
    if (!fallback.isEmpty() && !fallback.startsWith(":")) {
      return fallback;
    }
    String id = emoticon.attr("ac:emoji-id").strip();
    if (EMOJI_ID.matcher(id).matches()) {
      StringBuilder emoji = new StringBuilder();
      for (String part : id.split("-")) {
        int codePoint = Integer.parseInt(part, 16);
        if (!Character.isValidCodePoint(codePoint)) {
          return shortName(emoticon);
        }
        emoji.appendCodePoint(codePoint);
      }
      return emoji.toString();
    }
    return shortName(emoticon);
  }

  private static String shortName(Element emoticon) {
    String shortName = emoticon.attr("ac:emoji-shortname").strip();
    if (!shortName.isEmpty()) {
      return shortName;
    }
    String name = emoticon.attr("ac:name").strip();
    return CLASSIC.getOrDefault(name, name.isEmpty() ? "" : ":" + name + ":");
  }
}
