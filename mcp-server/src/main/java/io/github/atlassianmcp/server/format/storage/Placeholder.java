package io.github.atlassianmcp.server.format.storage;

import io.github.atlassianmcp.adf.text.UntrustedText;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What stands in markdown for a storage element markdown cannot express: a macro, an image of an attachment, a
 * link to a page or an attachment. Reading writes it as {@code {{text}}} (for example {@code {{table of
 * contents}}}, {@code {{image diagram.png}}}, {@code {{macro drawio}}}, {@code {{status ON TRACK}}}); writing
 * puts the original element back, byte for byte, where its placeholder stands. The same element always gets the
 * same text, so reading and writing agree without state.
 *
 * @param text what goes between the braces
 * @param guarded whether leaving it out of a rewrite would destroy something markdown cannot bring back (macros,
 *     images); links to pages and attachments are text-like and may be dropped with the sentence around them
 * @param description how a refusal names it, e.g. "the table of contents" or "the image diagram.png"
 */
public record Placeholder(String text, boolean guarded, String description) {

  /** {@code {{...}}} on one line; what is inside is matched after collapsing its whitespace. */
  public static final Pattern TOKEN = Pattern.compile("\\{\\{([^{}\\n]{1,300})}}");

  /** The markdown for this placeholder: the text between double braces. */
  public String token() {
    return "{{" + text + "}}";
  }

  /** The inside of a token as matching compares it: whitespace collapsed, trimmed. */
  public static String normalise(String inside) {
    return inside.strip().replaceAll("\\s+", " ");
  }

  /** The placeholder of an element markdown cannot express; empty for everything markdown can. */
  public static Optional<Placeholder> of(Element element) {
    return switch (element.normalName()) {
      case "ac:structured-macro", "ac:macro" -> macro(element);
      case "ac:image" -> image(element);
      case "ac:link" -> link(element);
      case "ac:adf-extension" -> {
        Element node = Storage.child(element, "ac:adf-node");
        String type = node == null ? "" : clean(node.attr("type"));
        Element fallback = Storage.child(element, "ac:adf-fallback");
        yield Optional.of(new Placeholder(summarised(type.isEmpty() ? "extension" : "extension " + type,
            fallback == null ? "" : fallback.text()), true, "the " + (type.isEmpty() ? "editor extension" : type)));
      }
      default -> Optional.empty();
    };
  }

  /** Whether a macro has a markdown form of its own (code, panels) or a pair of placeholders (expand). */
  static boolean isExpressibleMacro(String name) {
    return switch (name) {
      case "code", "noformat", "info", "note", "warning", "tip", "panel", "expand" -> true;
      default -> false;
    };
  }

  private static Optional<Placeholder> macro(Element macro) {
    String name = Storage.macroName(macro);
    if (isExpressibleMacro(name)) {
      return Optional.empty();
    }
    return Optional.of(switch (name) {
      case "toc" -> new Placeholder("table of contents", true, "the table of contents");
      case "children" -> new Placeholder("child pages", true, "the child pages macro");
      case "pagetree" -> new Placeholder("page tree", true, "the page tree macro");
      case "attachments" -> new Placeholder("attachments", true, "the attachments macro");
      case "anchor" -> named("anchor", Storage.parameter(macro, ""), "the anchor");
      case "status" -> named("status", Storage.parameter(macro, "title").toUpperCase(Locale.ROOT), "the status");
      case "jira" -> jira(macro);
      default -> new Placeholder(summarised("macro " + (name.isEmpty() ? "unnamed" : clean(name)), body(macro)), true,
          "the " + (name.isEmpty() ? "unnamed" : clean(name)) + " macro");
    });
  }

  private static Placeholder jira(Element macro) {
    String key = Storage.parameter(macro, "key");
    if (!key.isEmpty()) {
      return named("jira", key, "the Jira issue");
    }
    String jql = Storage.parameter(macro, "jqlQuery");
    return named("jira issues:", jql, "the Jira issues macro");
  }

  private static Optional<Placeholder> image(Element image) {
    Element attachment = Storage.child(image, "ri:attachment");
    if (attachment == null) {
      // An image by URL is plain markdown, ![alt](url).
      return Optional.empty();
    }
    return Optional.of(named("image", Storage.attr(attachment, "ri:filename"), "the image"));
  }

  private static Optional<Placeholder> link(Element link) {
    Element resource = Storage.resource(link);
    String kind = resource == null ? "" : resource.normalName();
    return switch (kind) {
      case "ri:page", "ri:blog-post" -> Optional.of(named("page", Storage.attr(resource, "ri:content-title"),
          "the link to a page"));
      case "ri:attachment" -> Optional.of(named("attachment", Storage.attr(resource, "ri:filename"),
          "the link to an attachment"));
      default -> Optional.empty();
    };
  }

  /** A placeholder with an argument; {@code description} gets the argument in quotes. */
  private static Placeholder named(String kind, String argument, String description) {
    String clean = normalise(clean(argument));
    boolean guarded = !kind.equals("page") && !kind.equals("attachment");
    return new Placeholder(clean.isEmpty() ? kind : kind + " " + clean, guarded,
        clean.isEmpty() ? description : description + " \"" + clean + "\"");
  }

  /** How much of a body a placeholder shows: enough to tell what it holds, short enough to stay a placeholder. */
  private static final int SUMMARY = 60;

  /** The text of a macro's body, rich or plain. */
  private static String body(Element macro) {
    Element rich = Storage.child(macro, "ac:rich-text-body");
    return rich != null ? rich.text() : Storage.plainTextBody(macro);
  }

  /** {@code kind: the start of the body…}, or the kind alone for an empty body. */
  private static String summarised(String kind, String body) {
    String text = normalise(clean(body));
    if (text.isEmpty()) {
      return kind;
    }
    if (text.codePointCount(0, text.length()) > SUMMARY) {
      text = text.substring(0, text.offsetByCodePoints(0, SUMMARY)).strip() + "…";
    }
    return kind + ": " + text;
  }

  /** Text fit for the inside of a token: visible characters, no braces, no line breaks. */
  private static String clean(String text) {
    return UntrustedText.clean(text).replace('{', '(').replace('}', ')').replace('\n', ' ').strip();
  }
}
