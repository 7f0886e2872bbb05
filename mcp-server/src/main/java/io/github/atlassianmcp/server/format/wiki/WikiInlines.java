package io.github.atlassianmcp.server.format.wiki;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes ADF inline content (text with marks, hard breaks) in Jira wiki markup. Text is escaped where wiki would
 * read it as markup: braces, brackets and pipes always; effect characters ({@code * _ - + ^ ~}) only where they
 * could open or close an effect, so "snake_case", "2-3" and "a - b" stay as written. An effect next to a letter
 * uses wiki's braced form ({@code {*}bold{*}}), as plain {@code *bold*} only works between words.
 */
final class WikiInlines {

  private static final String EFFECT_CHARACTERS = "*_-+^~";

  /** One text node: its text, where it starts in the run's plain text, its marks and its link. */
  private record Piece(String text, int start, Set<String> marks, String href, boolean lineBreak) {}

  private final String plain;
  private final List<Piece> pieces;
  private final String lineBreak;

  private WikiInlines(List<Piece> pieces, String plain, String lineBreak) {
    this.pieces = pieces;
    this.plain = plain;
    this.lineBreak = lineBreak;
  }

  /**
   * The wiki markup of inline content.
   *
   * @param lineBreak what a hard break becomes: a newline in a paragraph, a forced break ({@code \\}) in a list
   *     item or table cell
   */
  static String render(JsonArray content, String lineBreak) {
    List<Piece> pieces = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    for (JsonElement element : content) {
      if (!element.isJsonObject()) {
        continue;
      }
      JsonObject node = element.getAsJsonObject();
      String type = WikiBlocks.type(node);
      if (type.equals("hardBreak")) {
        pieces.add(new Piece("\n", plain.length(), Set.of(), null, true));
        plain.append('\n');
      } else {
        String text = text(node);
        if (!text.isEmpty()) {
          Set<String> marks = new LinkedHashSet<>();
          String href = null;
          for (JsonElement mark : WikiBlocks.array(node, "marks")) {
            if (mark.isJsonObject()) {
              String markType = WikiBlocks.type(mark.getAsJsonObject());
              if (markType.equals("link")) {
                href = WikiBlocks.attrText(mark.getAsJsonObject(), "href");
              } else {
                marks.add(markType);
              }
            }
          }
          pieces.add(new Piece(text, plain.length(), marks, href, false));
          plain.append(text);
        }
      }
    }
    return new WikiInlines(pieces, plain.toString(), lineBreak).render();
  }

  private static String text(JsonObject node) {
    if (node.has("text") && node.get("text").isJsonPrimitive()) {
      return node.get("text").getAsString();
    }
    // Nodes the markdown converter does not write (mentions, emoji, cards) give what they show.
    for (String attr : List.of("text", "shortName", "url")) {
      String value = WikiBlocks.attrText(node, attr);
      if (!value.isEmpty()) {
        return value;
      }
    }
    return "";
  }

  private String render() {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < pieces.size()) {
      Piece piece = pieces.get(i);
      if (piece.lineBreak()) {
        out.append(lineBreak);
        i++;
        continue;
      }
      if (piece.href() == null || piece.href().isEmpty()) {
        out.append(marked(piece));
        i++;
        continue;
      }
      // Neighbouring text with the same link is one wiki link, whatever marks its parts carry.
      int end = i;
      StringBuilder label = new StringBuilder();
      StringBuilder labelPlain = new StringBuilder();
      while (end < pieces.size() && !pieces.get(end).lineBreak() && piece.href().equals(pieces.get(end).href())) {
        label.append(marked(pieces.get(end)));
        labelPlain.append(pieces.get(end).text());
        end++;
      }
      String href = piece.href().replace("|", "%7C").replace("]", "%5D").replace("[", "%5B");
      out.append(labelPlain.toString().equals(piece.href()) ? "[" + href + "]" : "[" + label + "|" + href + "]");
      i = end;
    }
    return out.toString();
  }

  /** A text node's markup: escaped text inside its effects, spaces kept outside them. */
  private String marked(Piece piece) {
    String text = piece.text();
    if (piece.marks().isEmpty()) {
      return escape(piece.start(), piece.start() + text.length());
    }
    int from = 0;
    int to = text.length();
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (from == to) {
      return escape(piece.start(), piece.start() + text.length());
    }
    int start = piece.start() + from;
    int end = piece.start() + to;
    String inner = escape(start, end);
    if (piece.marks().contains("code")) {
      inner = "{{" + inner + "}}";
    }
    boolean braced = isWordCharacter(start - 1) || isWordCharacter(end);
    for (String mark : List.of("subsup", "underline", "strike", "em", "strong")) {
      String symbol = switch (mark) {
        case "strike" -> "-";
        case "em" -> "_";
        case "strong" -> "*";
        case "underline" -> "+";
        default -> "";
      };
      if (!symbol.isEmpty() && piece.marks().contains(mark)) {
        inner = braced ? "{" + symbol + "}" + inner + "{" + symbol + "}" : symbol + inner + symbol;
      }
    }
    return text.substring(0, from) + inner + text.substring(to);
  }

  private boolean isWordCharacter(int index) {
    return index >= 0 && index < plain.length() && Character.isLetterOrDigit(plain.charAt(index));
  }

  /** The plain text from {@code start} to {@code end}, escaped where wiki would read it as markup. */
  private String escape(int start, int end) {
    StringBuilder out = new StringBuilder(end - start + 8);
    for (int i = start; i < end; i++) {
      char c = plain.charAt(i);
      if (needsEscape(i, c)) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  private boolean needsEscape(int i, char c) {
    char previous = i > 0 ? plain.charAt(i - 1) : '\n';
    char next = i + 1 < plain.length() ? plain.charAt(i + 1) : '\n';
    if ("{}[]|".indexOf(c) >= 0) {
      return true;
    }
    if (c == '!') {
      // !image.png! shows an image.
      return Character.isLetterOrDigit(next) || next == '/';
    }
    if (c == '?') {
      // ??citation??
      return previous == '?' || next == '?';
    }
    if (EFFECT_CHARACTERS.indexOf(c) >= 0) {
      boolean opens = isBoundary(previous) && !Character.isWhitespace(next);
      boolean closes = !Character.isWhitespace(previous) && isBoundary(next);
      return opens || closes;
    }
    return false;
  }

  private static boolean isBoundary(char c) {
    return !Character.isLetterOrDigit(c);
  }
}
