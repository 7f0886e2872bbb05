package io.github.atlassianmcp.server.format.storage;

import io.github.atlassianmcp.adf.markdown.MarkdownNodes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
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
 * Writes commonmark's inline nodes as storage format: {@code strong}, {@code em}, {@code s}, {@code code},
 * links, images (by URL, {@code ac:image} with {@code ri:url}), line breaks, mentions written as
 * {@code @accountId}, and placeholders ({@code {{...}}}) put back as their original elements or made anew.
 * Raw HTML stays text, except {@code <br>}. Links other than http(s), mailto and relative ones keep only their
 * text. One instance per document.
 */
final class StorageInlineWriter {

  private static final int MAX_DEPTH = 64;
  private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");
  /** Atlassian account IDs: 24 hex digits, or a numeric prefix and a UUID. */
  private static final Pattern MENTION = Pattern.compile(
      "(?<![\\w@])@([0-9a-f]{24}|\\d{1,10}:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\\w-])");
  private static final Pattern SAFE_LINK = Pattern.compile("(?i)(https?:|mailto:|/|#|\\./|\\.\\./)\\S*");

  private final Originals originals;

  StorageInlineWriter(Originals originals) {
    this.originals = originals;
  }

  /** The storage for the inline children of {@code parent}. */
  String write(Node parent) {
    StringBuilder out = new StringBuilder();
    children(parent, out, 0);
    return out.toString();
  }

  /** Like {@link #write}, without the first {@code skip} characters of the first text (a task's checkbox). */
  String writeSkipping(Node parent, int skip) {
    if (parent.getFirstChild() instanceof Text first) {
      first.setLiteral(first.getLiteral().substring(Math.min(skip, first.getLiteral().length())).stripLeading());
    }
    return write(parent);
  }

  /** The placeholder a paragraph consists of, alone: it then stands between blocks. */
  static Optional<String> onlyPlaceholder(Node paragraph) {
    if (paragraph.getFirstChild() instanceof Text text && text.getNext() == null) {
      Matcher token = Placeholder.TOKEN.matcher(text.getLiteral().strip());
      if (token.matches()) {
        return Optional.of(token.group(1));
      }
    }
    return Optional.empty();
  }

  private void children(Node parent, StringBuilder out, int depth) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      if (depth > MAX_DEPTH) {
        out.append(StorageXml.text(plainText(child)));
      } else {
        inline(child, out, depth);
      }
    }
  }

  private void inline(Node node, StringBuilder out, int depth) {
    if (node instanceof Text text) {
      text(text.getLiteral(), out);
    } else if (node instanceof Code code) {
      out.append("<code>").append(StorageXml.text(code.getLiteral())).append("</code>");
    } else if (node instanceof Emphasis) {
      wrap("em", node, out, depth);
    } else if (node instanceof StrongEmphasis) {
      wrap("strong", node, out, depth);
    } else if (node instanceof Strikethrough) {
      wrap("s", node, out, depth);
    } else if (node instanceof Link link) {
      link(link, out, depth);
    } else if (node instanceof Image image) {
      image(image, out);
    } else if (node instanceof SoftLineBreak) {
      out.append(' ');
    } else if (node instanceof HardLineBreak) {
      out.append("<br />");
    } else if (node instanceof HtmlInline html) {
      out.append(LINE_BREAK_TAG.matcher(html.getLiteral()).matches() ? "<br />" : StorageXml.text(html.getLiteral()));
    } else {
      children(node, out, depth + 1);
    }
  }

  private void wrap(String tag, Node node, StringBuilder out, int depth) {
    out.append('<').append(tag).append('>');
    children(node, out, depth + 1);
    out.append("</").append(tag).append('>');
  }

  private void link(Link link, StringBuilder out, int depth) {
    String href = StorageXml.allowed(link.getDestination()).strip();
    if (!SAFE_LINK.matcher(href).matches()) {
      children(link, out, depth + 1);
      return;
    }
    out.append("<a href=\"").append(StorageXml.attribute(href)).append("\">");
    int before = out.length();
    children(link, out, depth + 1);
    if (out.length() == before) {
      out.append(StorageXml.text(href));
    }
    out.append("</a>");
  }

  private void image(Image image, StringBuilder out) {
    String src = StorageXml.allowed(image.getDestination()).strip();
    String alt = plainText(image);
    if (!src.toLowerCase(Locale.ROOT).startsWith("http")) {
      out.append(StorageXml.text(alt.isEmpty() ? src : alt));
      return;
    }
    out.append("<ac:image");
    if (!alt.isEmpty()) {
      out.append(" ac:alt=\"").append(StorageXml.attribute(alt)).append('"');
    }
    if (image.getTitle() != null && !image.getTitle().isBlank()) {
      out.append(" ac:title=\"").append(StorageXml.attribute(image.getTitle())).append('"');
    }
    out.append("><ri:url ri:value=\"").append(StorageXml.attribute(src)).append("\" /></ac:image>");
  }

  /** Text with its placeholders, emoji and mentions turned into elements, the rest escaped. */
  private void text(String literal, StringBuilder out) {
    Matcher token = Placeholder.TOKEN.matcher(literal);
    int last = 0;
    while (token.find()) {
      characters(literal.substring(last, token.start()), out);
      out.append(placeholder(token.group(1)).orElseGet(() -> StorageXml.text(token.group())));
      last = token.end();
    }
    characters(literal.substring(last), out);
  }

  /** Text where the characters of an original emoji or mention stand get that original back. */
  private void characters(String text, StringBuilder out) {
    List<String> keys = originals.characters();
    int last = 0;
    int i = 0;
    while (i < text.length() && !keys.isEmpty()) {
      Optional<Originals.Original> original = Optional.empty();
      String found = null;
      for (String key : keys) {
        if (text.startsWith(key, i)) {
          original = originals.takeCharacters(key);
          found = key;
          break;
        }
      }
      if (original.isPresent()) {
        mentions(text.substring(last, i), out);
        out.append(original.get().storage());
        i += found.length();
        last = i;
      } else {
        i++;
      }
    }
    mentions(text.substring(last), out);
  }

  /** A placeholder inside a line: its original as it was, or a new element, or nothing we know. */
  private Optional<String> placeholder(String inside) {
    return originals.take(inside).or(() -> NewElements.of(inside)).map(Originals.Original::storage);
  }

  private static void mentions(String text, StringBuilder out) {
    Matcher mention = MENTION.matcher(text);
    int last = 0;
    while (mention.find()) {
      out.append(StorageXml.text(text.substring(last, mention.start())))
          .append("<ac:link><ri:user ri:account-id=\"").append(mention.group(1)).append("\" /></ac:link>");
      last = mention.end();
    }
    out.append(StorageXml.text(text.substring(last)));
  }

  /** The literal text under a node (an image's alt text). */
  static String plainText(Node node) {
    return MarkdownNodes.plainText(node);
  }
}
