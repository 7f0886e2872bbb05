package io.github.atlassianmcp.server.format.storage;

import io.github.atlassianmcp.adf.markdown.Inline;
import io.github.atlassianmcp.adf.markdown.Mark;
import io.github.atlassianmcp.adf.markdown.MarkdownText;
import io.github.atlassianmcp.adf.markdown.SafeLinks;
import io.github.atlassianmcp.adf.text.UntrustedText;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Collects the inline content of storage format (text, formatting, links, images, emoticons, inline macros)
 * into runs, collapsing whitespace the way HTML does. One collector per paragraph.
 */
final class StorageInlines {

  private static final int MAX_DEPTH = 48;

  private final List<Inline> runs = new ArrayList<>();
  private boolean afterSpace = true;

  /** The runs collected so far; the collector starts over. */
  List<Inline> take() {
    List<Inline> taken = List.copyOf(runs);
    runs.clear();
    afterSpace = true;
    return taken;
  }

  void add(Node node, List<Mark> marks, int depth) {
    if (node instanceof TextNode text) {
      text(text.getWholeText(), marks);
    } else if (node instanceof Element element) {
      if (depth > MAX_DEPTH) {
        text(element.text(), marks);
      } else {
        element(element, marks, depth);
      }
    }
  }

  private void children(Element element, List<Mark> marks, int depth) {
    for (Node child : element.childNodes()) {
      add(child, marks, depth + 1);
    }
  }

  private void element(Element element, List<Mark> marks, int depth) {
    String name = element.normalName();
    switch (name) {
      case "br" -> {
        runs.add(new Inline.Break());
        afterSpace = true;
      }
      case "strong", "b" -> children(element, with(marks, Mark.STRONG), depth);
      case "em", "i", "cite" -> children(element, with(marks, Mark.EM), depth);
      case "s", "del", "strike" -> children(element, with(marks, Mark.STRIKE), depth);
      case "code", "tt", "kbd", "samp" -> children(element, with(marks, Mark.CODE), depth);
      case "sub" -> children(element, with(marks, Mark.SUB), depth);
      case "sup" -> children(element, with(marks, Mark.SUP), depth);
      case "a" -> anchor(element, marks, depth);
      case "ac:link" -> link(element, marks);
      case "ac:image", "img" -> image(element, marks);
      case "ac:emoticon" -> text(Emoticons.text(element), marks);
      case "time" -> {
        String datetime = Storage.attr(element, "datetime");
        text(datetime.isEmpty() ? element.text() : datetime, marks);
      }
      case "ac:structured-macro", "ac:macro" -> macro(element, marks, depth);
      case "ac:adf-extension" -> placeholder(element, marks);
      case "ac:parameter", "ac:adf-attribute", "script", "style", "colgroup" -> { }
      default -> {
        if (!name.startsWith("ri:")) {
          children(element, marks, depth);
        }
      }
    }
  }

  private void anchor(Element anchor, List<Mark> marks, int depth) {
    String href = Storage.attr(anchor, "href");
    if (href.isEmpty()) {
      children(anchor, marks, depth);
      return;
    }
    List<Mark> linked = with(marks, Mark.link(href));
    int before = runs.size();
    children(anchor, linked, depth);
    if (runs.size() == before) {
      text(href, linked);
    }
  }

  /** {@code ac:link}: a page by its title, a user as @name, an attachment, or a URL. */
  private void link(Element link, List<Mark> marks) {
    Element resource = Storage.resource(link);
    String body = linkBody(link);
    String kind = resource == null ? "" : resource.normalName();
    switch (kind) {
      case "ri:page", "ri:blog-post", "ri:attachment" -> placeholder(link, marks);
      case "ri:user" -> text(CharacterElements.mention(link, resource), marks);
      case "ri:url" -> {
        String url = Storage.attr(resource, "ri:value");
        text(body.isEmpty() ? url : body, url.isEmpty() ? marks : with(marks, Mark.link(url)));
      }
      case "ri:space" -> text(first(body, Storage.attr(resource, "ri:space-key")), marks);
      default -> text(first(body, Storage.attr(link, "ac:anchor")), marks);
    }
  }

  static String linkBody(Element link) {
    Element body = Storage.child(link, "ac:link-body");
    if (body == null) {
      body = Storage.child(link, "ac:plain-text-link-body");
    }
    return body == null ? "" : UntrustedText.clean(body.text()).strip();
  }

  private void image(Element image, List<Mark> marks) {
    Element resource = Storage.resource(image);
    String url = "img".equals(image.normalName()) ? Storage.attr(image, "src")
        : resource != null && resource.normalName().equals("ri:url") ? Storage.attr(resource, "ri:value") : "";
    String alt = Storage.attr(image, image.normalName().equals("img") ? "alt" : "ac:alt");
    if (!url.isEmpty() && SafeLinks.allowed(url)) {
      space();
      runs.add(new Inline.Markdown(
          "![" + MarkdownText.escape(alt, true) + "](" + MarkdownText.linkDestination(url) + ")", marks));
      afterSpace = false;
      return;
    }
    if (Placeholder.of(image).isPresent()) {
      placeholder(image, marks);
    } else {
      bracketed(alt.isEmpty() ? "image" : "image: " + alt, marks);
    }
  }

  /**
   * A macro inside a line (a status lozenge, a Jira issue, an anchor, a macro we do not know) reads as its
   * placeholder; one with a markdown form of its own (a code or panel macro written inline) gives its text.
   */
  private void macro(Element macro, List<Mark> marks, int depth) {
    if (Placeholder.of(macro).isPresent()) {
      placeholder(macro, marks);
      return;
    }
    Element body = Storage.child(macro, "ac:rich-text-body");
    if (body != null) {
      children(body, marks, depth);
    } else {
      text(Storage.plainTextBody(macro), marks);
    }
  }

  /** The element's placeholder, {@code {{...}}}, separated from the words around it. */
  private void placeholder(Element element, List<Mark> marks) {
    Placeholder.of(element).ifPresent(placeholder -> {
      space();
      runs.add(new Inline.Markdown("{{" + StorageBlocks.token(placeholder.text()) + "}}", marks));
      afterSpace = false;
    });
  }

  /** Our own bracketed placeholder, separated from the words around it. */
  private void bracketed(String text, List<Mark> marks) {
    space();
    runs.add(new Inline.Markdown("[" + MarkdownText.escape(text.strip(), true) + "]", marks));
    afterSpace = false;
  }

  /** Text with its whitespace collapsed to single spaces, as a browser shows it. */
  private void text(String raw, List<Mark> marks) {
    String clean = UntrustedText.clean(raw);
    StringBuilder collapsed = new StringBuilder(clean.length());
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        if (!afterSpace) {
          collapsed.append(' ');
          afterSpace = true;
        }
      } else {
        collapsed.append(c);
        afterSpace = false;
      }
    }
    if (!collapsed.isEmpty()) {
      runs.add(new Inline.Text(collapsed.toString(), marks));
    }
  }

  private void space() {
    if (!afterSpace && !runs.isEmpty()) {
      runs.add(new Inline.Text(" ", List.of()));
      afterSpace = true;
    }
  }

  private static List<Mark> with(List<Mark> marks, Mark mark) {
    if (marks.contains(mark)) {
      return marks;
    }
    List<Mark> extended = new ArrayList<>(marks);
    extended.add(mark);
    return extended;
  }

  private static String first(String... candidates) {
    for (String candidate : candidates) {
      if (!candidate.isEmpty()) {
        return candidate;
      }
    }
    return "";
  }
}
