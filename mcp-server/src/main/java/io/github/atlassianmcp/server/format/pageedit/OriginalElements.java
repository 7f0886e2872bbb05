package io.github.atlassianmcp.server.format.pageedit;

import io.github.atlassianmcp.server.format.storage.CharacterElements;
import io.github.atlassianmcp.server.format.storage.Originals;
import io.github.atlassianmcp.server.format.storage.Placeholder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The elements markdown cannot express inside the part of a body an edit replaces, each with its exact text, by
 * placeholder (macros, images) or by the characters reading shows for them (emoji, mentions): what a rewrite
 * puts back where it keeps those. Only outermost ones count (an image inside an unknown macro travels with the
 * macro). Not thread-safe: one per edit.
 */
final class OriginalElements implements Originals {

  /** Elements whose content is a line of text: an element inside one stood inline. */
  private static final Set<String> LINES = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "span", "strong", "b",
      "em", "i", "u", "s", "del", "code", "a", "sub", "sup", "ac:task-body", "ac:link-body");

  private final Map<String, Deque<Original>> byPlaceholder = new LinkedHashMap<>();
  private final Map<String, Deque<Original>> byCharacters = new LinkedHashMap<>();
  private int taken;

  OriginalElements(StorageOutline outline, int from, int to) {
    collect(outline.document(), outline.storage(), from, to);
  }

  @Override
  public Optional<Original> take(String placeholderText) {
    Deque<Original> queue = byPlaceholder.get(Placeholder.normalise(placeholderText));
    if (queue == null || queue.isEmpty()) {
      return Optional.empty();
    }
    taken++;
    return Optional.of(queue.poll());
  }

  @Override
  public List<String> characters() {
    List<String> keys = new ArrayList<>(byCharacters.keySet());
    keys.sort(Comparator.comparingInt(String::length).reversed());
    return keys;
  }

  @Override
  public Optional<Original> takeCharacters(String text) {
    Deque<Original> queue = byCharacters.get(text);
    return queue == null || queue.isEmpty() ? Optional.empty() : Optional.of(queue.poll());
  }

  /** How many placeholders of originals a rewrite put back. */
  int taken() {
    return taken;
  }

  private void collect(Element parent, String storage, int from, int to) {
    for (Element child : parent.children()) {
      int start = StorageOutline.start(child);
      int end = StorageOutline.end(child);
      if (end <= from || start >= to) {
        continue;
      }
      Optional<Placeholder> placeholder = Placeholder.of(child);
      Optional<String> characters = CharacterElements.text(child);
      boolean inside = start >= from && end <= to;
      if (placeholder.isPresent() && inside) {
        byPlaceholder.computeIfAbsent(Placeholder.normalise(placeholder.get().text()), key -> new ArrayDeque<>())
            .add(new Original(storage.substring(start, end), inline(child)));
      } else if (characters.isPresent() && inside) {
        byCharacters.computeIfAbsent(characters.get(), key -> new ArrayDeque<>())
            .add(new Original(storage.substring(start, end), true));
      } else if (placeholder.isEmpty() && characters.isEmpty()) {
        collect(child, storage, from, to);
      }
    }
  }

  /** Whether an element stood inside a line of text rather than between blocks. */
  private static boolean inline(Element element) {
    Element parent = element.parent();
    if (parent == null) {
      return false;
    }
    if (LINES.contains(parent.normalName())) {
      return true;
    }
    for (Node sibling : parent.childNodes()) {
      if (sibling instanceof TextNode text && !text.isBlank()) {
        return true;
      }
    }
    return false;
  }
}
