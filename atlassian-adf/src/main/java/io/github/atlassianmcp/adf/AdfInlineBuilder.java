package io.github.atlassianmcp.adf;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.adf.markdown.MarkdownNodes;
import io.github.atlassianmcp.adf.text.UntrustedText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Turns the inline children of a commonmark node into ADF inline nodes, within the rules of the schema: text
 * is never empty, a mark appears once per node (the outer one wins), the {@code code} mark keeps only a link
 * beside it, and neighbouring text with the same marks is one node.
 */
final class AdfInlineBuilder {

  private static final int MAX_DEPTH = 64;
  private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");

  private final Mentions mentions;

  AdfInlineBuilder(Mentions mentions) {
    this.mentions = mentions;
  }

  /** The inline content of {@code parent}. */
  JsonArray of(Node parent) {
    return of(parent, new LinkedHashMap<>());
  }

  /** The inline content of {@code parent} with {@code mark} on every text node (except code). */
  JsonArray of(Node parent, String mark) {
    Map<String, JsonObject> marks = new LinkedHashMap<>();
    marks.put(mark, AdfNodes.mark(mark));
    return of(parent, marks);
  }

  /** The inline content of several nodes in a row, {@code separator} between them (a table row as text). */
  JsonArray joined(Iterable<Node> parents, String separator) {
    Output out = new Output();
    boolean first = true;
    for (Node parent : parents) {
      if (!first) {
        out.text(separator, Map.of());
      }
      first = false;
      walk(parent, new LinkedHashMap<>(), out, 0);
    }
    return out.finish();
  }

  private JsonArray of(Node parent, Map<String, JsonObject> marks) {
    Output out = new Output();
    walk(parent, marks, out, 0);
    return out.finish();
  }

  private void walk(Node parent, Map<String, JsonObject> marks, Output out, int depth) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      if (depth > MAX_DEPTH) {
        out.text(plainText(child), marks);
      } else if (child instanceof Text text) {
        textWithMentions(text.getLiteral(), marks, out);
      } else if (child instanceof Code code) {
        out.text(code.getLiteral(), codeMarks(marks));
      } else if (child instanceof Emphasis) {
        walk(child, with(marks, AdfNodes.mark("em")), out, depth + 1);
      } else if (child instanceof StrongEmphasis) {
        walk(child, with(marks, AdfNodes.mark("strong")), out, depth + 1);
      } else if (child instanceof Strikethrough) {
        walk(child, with(marks, AdfNodes.mark("strike")), out, depth + 1);
      } else if (child instanceof Link link) {
        walk(child, withLink(marks, link.getDestination(), link.getTitle()), out, depth + 1);
      } else if (child instanceof Image image) {
        image(image, marks, out, depth);
      } else if (child instanceof SoftLineBreak) {
        out.text(" ", marks);
      } else if (child instanceof HardLineBreak) {
        out.hardBreak();
      } else if (child instanceof HtmlInline html) {
        if (LINE_BREAK_TAG.matcher(html.getLiteral()).matches()) {
          out.hardBreak();
        } else {
          out.text(html.getLiteral(), marks);
        }
      } else {
        walk(child, marks, out, depth + 1);
      }
    }
  }

  /**
   * Text where each {@code @} that starts a word and names someone {@link #mentions} knows becomes a mention node.
   * Mention nodes take no marks, and inside a link the text is the link's, so only plain or emphasised text is
   * asked about.
   */
  private void textWithMentions(String literal, Map<String, JsonObject> marks, Output out) {
    if (mentions == Mentions.NONE || marks.containsKey("link") || literal.indexOf('@') < 0) {
      out.text(literal, marks);
      return;
    }
    int written = 0;
    for (int at = literal.indexOf('@'); at >= 0 && at < literal.length() - 1; at = literal.indexOf('@', at + 1)) {
      if (at > 0 && isWordCharacter(literal.charAt(at - 1))) {
        continue; // the middle of an email address or a handle, not a mention
      }
      String after = literal.substring(at + 1);
      Optional<Mentions.Mention> mention = mentions.at(after);
      if (mention.isPresent() && mention.get().length() <= after.length()) {
        out.text(literal.substring(written, at), marks);
        out.node(AdfNodes.mention(mention.get().id(), "@" + UntrustedText.clean(mention.get().name())));
        written = at + 1 + mention.get().length();
        at = written - 1;
      }
    }
    out.text(literal.substring(written), marks);
  }

  private static boolean isWordCharacter(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '+';
  }

  /** ADF images need uploaded media, so an image becomes its alt text linked to its address. */
  private void image(Image image, Map<String, JsonObject> marks, Output out, int depth) {
    Map<String, JsonObject> linked = withLink(marks, image.getDestination(), image.getTitle());
    int before = out.size();
    walk(image, linked, out, depth + 1);
    if (out.size() == before) {
      String destination = UntrustedText.clean(image.getDestination()).strip();
      out.text(destination.isEmpty() ? "image" : destination, linked);
    }
  }

  private static Map<String, JsonObject> with(Map<String, JsonObject> marks, JsonObject mark) {
    String type = mark.get("type").getAsString();
    if (marks.containsKey(type)) {
      return marks;
    }
    Map<String, JsonObject> extended = new LinkedHashMap<>(marks);
    extended.put(type, mark);
    return extended;
  }

  private static Map<String, JsonObject> withLink(Map<String, JsonObject> marks, String href, String title) {
    String destination = UntrustedText.clean(href).strip();
    if (destination.isEmpty()) {
      return marks;
    }
    return with(marks, AdfNodes.link(destination, title == null ? null : UntrustedText.clean(title)));
  }

  private static Map<String, JsonObject> codeMarks(Map<String, JsonObject> marks) {
    Map<String, JsonObject> code = new LinkedHashMap<>();
    if (marks.containsKey("link")) {
      code.put("link", marks.get("link"));
    }
    code.put("code", AdfNodes.mark("code"));
    return code;
  }

  /** The literal text under a node, without recursion. */
  static String plainText(Node root) {
    return MarkdownNodes.plainText(root);
  }

  /** Collects inline nodes, merging text with equal marks through one builder so merging stays linear. */
  private static final class Output {
    private final JsonArray nodes = new JsonArray();
    private final StringBuilder pending = new StringBuilder();
    private JsonArray pendingMarks;

    void text(String literal, Map<String, JsonObject> marks) {
      String text = UntrustedText.clean(literal);
      if (text.isEmpty()) {
        return;
      }
      JsonArray markArray = new JsonArray();
      marks.values().forEach(markArray::add);
      if (pendingMarks != null && !pendingMarks.equals(markArray)) {
        flush();
      }
      pendingMarks = markArray;
      pending.append(text);
    }

    void hardBreak() {
      node(AdfNodes.hardBreak());
    }

    void node(JsonObject node) {
      flush();
      nodes.add(node);
    }

    int size() {
      return nodes.size() + (pending.length() > 0 ? 1 : 0);
    }

    JsonArray finish() {
      flush();
      return nodes;
    }

    private void flush() {
      if (pendingMarks != null && pending.length() > 0) {
        nodes.add(AdfNodes.text(pending.toString(), pendingMarks));
      }
      pending.setLength(0);
      pendingMarks = null;
    }
  }
}
