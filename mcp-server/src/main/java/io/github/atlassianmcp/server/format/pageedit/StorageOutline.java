package io.github.atlassianmcp.server.format.pageedit;

import io.github.atlassianmcp.adf.text.UntrustedText;
import io.github.atlassianmcp.server.format.storage.Placeholder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * A storage body read for editing: its sections (see {@link Section}) and where each element starts and ends in
 * the text, from jsoup's XML parser with position tracking. Edits splice the text at these positions, so
 * nothing outside the edited part is ever re-serialised. Headings reading does not show as headings (in a
 * table cell, inside a macro shown as a placeholder) head no section.
 */
final class StorageOutline {

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final Pattern TASK_ID = Pattern.compile("<ac:task-id>\\s*(\\d{1,9})\\s*</ac:task-id>");

  private final String storage;
  private final Document document;
  private final List<Section> sections = new ArrayList<>();

  StorageOutline(String storage) {
    this.storage = storage;
    this.document = Jsoup.parse(storage, "", Parser.xmlParser().setTrackPosition(true));
    List<Section> open = new ArrayList<>();
    for (Element heading : document.select("h1, h2, h3, h4, h5, h6")) {
      if (!showsAsHeading(heading)) {
        continue;
      }
      int level = heading.normalName().charAt(1) - '0';
      int start = start(heading);
      open.removeIf(outer -> start >= outer.contentEnd());
      List<String> path = new ArrayList<>(open.stream().map(Section::title).toList());
      String title = UntrustedText.clean(heading.text()).strip().replaceAll("\\s+", " ");
      path.add(title);
      Section section = new Section(level, title, path, start, end(heading), contentEnd(heading, level));
      sections.add(section);
      open.add(section);
    }
  }

  String storage() {
    return storage;
  }

  Document document() {
    return document;
  }

  /** Every section, in the order of their headings. */
  List<Section> sections() {
    return List.copyOf(sections);
  }

  /** A task ID no task of the page has, so tasks added by an edit do not collide with existing ones. */
  int nextTaskId() {
    int max = 0;
    Matcher id = TASK_ID.matcher(storage);
    while (id.find()) {
      max = Math.max(max, Integer.parseInt(id.group(1)));
    }
    return max + 1;
  }

  /** Where an element starts in the body. */
  static int start(Node node) {
    return node.sourceRange().start().pos();
  }

  /** Where an element ends in the body: after its end tag, or after its start tag when it closes itself. */
  static int end(Element element) {
    return Math.max(element.sourceRange().end().pos(), element.endSourceRange().end().pos());
  }

  private int contentEnd(Element heading, int level) {
    for (Node sibling = heading.nextSibling(); sibling != null; sibling = sibling.nextSibling()) {
      if (sibling instanceof Element element && HEADINGS.contains(element.normalName())
          && element.normalName().charAt(1) - '0' <= level) {
        return start(element);
      }
    }
    Element container = heading.parent();
    return container == null || container == document ? storage.length() : container.endSourceRange().start().pos();
  }

  private static boolean showsAsHeading(Element heading) {
    for (Element ancestor = heading.parent(); ancestor != null; ancestor = ancestor.parent()) {
      String name = ancestor.normalName();
      if (name.equals("td") || name.equals("th") || Placeholder.of(ancestor).isPresent()) {
        return false;
      }
    }
    return true;
  }
}
