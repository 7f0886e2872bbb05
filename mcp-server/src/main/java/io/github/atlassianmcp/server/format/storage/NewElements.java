package io.github.atlassianmcp.server.format.storage;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders an agent may write to add what markdown cannot express: {@code {{table of contents}}},
 * {@code {{status DONE}}}, {@code {{jira PROJ-12}}}, {@code {{jira issues: project = PROJ}}}, {@code {{page
 * Release Process}}}, {@code {{image diagram.png}}} (an attachment of the page), {@code {{attachment
 * notes.pdf}}}, {@code {{child pages}}}, {@code {{page tree}}}, {@code {{attachments}}}, {@code {{anchor name}}}.
 * Any other placeholder without an original stays text.
 */
final class NewElements {

  private static final Pattern KINDS = Pattern.compile(
      "(status|jira issues:|jira|page|image|attachment|anchor) (.+)");
  private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]+-\\d+");

  private NewElements() {}

  /** The element for a placeholder with no original; empty when it names nothing we can make. */
  static Optional<Originals.Original> of(String placeholderText) {
    return storage(placeholderText).map(storage -> new Originals.Original(storage,
        storage.startsWith("<ac:link") || storage.contains("ac:name=\"status\"")
            || storage.contains("ac:name=\"jira\"") || storage.contains("ac:name=\"anchor\"")));
  }

  private static Optional<String> storage(String placeholderText) {
    String text = Placeholder.normalise(placeholderText);
    switch (text) {
      case "table of contents" -> {
        return Optional.of(macro("toc", null, null));
      }
      case "child pages" -> {
        return Optional.of(macro("children", null, null));
      }
      case "page tree" -> {
        return Optional.of(macro("pagetree", null, null));
      }
      case "attachments" -> {
        return Optional.of(macro("attachments", null, null));
      }
      default -> { }
    }
    Matcher matcher = KINDS.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String argument = matcher.group(2).strip();
    return switch (matcher.group(1)) {
      case "status" -> Optional.of(macro("status", "title", argument));
      case "jira" -> ISSUE_KEY.matcher(argument).matches() ? Optional.of(macro("jira", "key", argument))
          : Optional.empty();
      case "jira issues:" -> Optional.of(macro("jira", "jqlQuery", argument));
      case "anchor" -> Optional.of(macro("anchor", "", argument));
      case "page" -> Optional.of("<ac:link><ri:page ri:content-title=\"" + StorageXml.attribute(argument)
          + "\" /></ac:link>");
      case "attachment" -> Optional.of("<ac:link><ri:attachment ri:filename=\"" + StorageXml.attribute(argument)
          + "\" /></ac:link>");
      case "image" -> Optional.of("<ac:image><ri:attachment ri:filename=\"" + StorageXml.attribute(argument)
          + "\" /></ac:image>");
      default -> Optional.empty();
    };
  }

  private static String macro(String name, String parameter, String value) {
    StringBuilder macro = new StringBuilder("<ac:structured-macro ac:name=\"").append(name)
        .append("\" ac:schema-version=\"1\"");
    if (parameter == null) {
      return macro.append(" />").toString();
    }
    return macro.append("><ac:parameter ac:name=\"").append(parameter).append("\">")
        .append(StorageXml.text(value)).append("</ac:parameter></ac:structured-macro>").toString();
  }
}
