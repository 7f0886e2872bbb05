package io.github.atlassianmcp.server.format.pageedit;

import io.github.atlassianmcp.server.format.storage.Placeholder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a rewrite would destroy: the macros, images and editor extensions (by placeholder), layout sections and
 * expands of the replaced storage that the new storage no longer has. Links to pages and attachments are
 * text-like and not counted: dropping a sentence may drop its link.
 */
final class LossCheck {

  private LossCheck() {}

  /** Something a rewrite would destroy, named for a person, and the markdown that would keep it. */
  record Loss(String description, String markdown) {}

  /** What {@code before} holds and {@code after} does not, e.g. "the image \"a.png\"" kept by its placeholder. */
  static List<Loss> lost(String before, String after) {
    Census old = Census.of(before);
    Census now = Census.of(after);
    List<Loss> lost = new ArrayList<>();
    old.guarded.forEach((text, descriptions) -> {
      int kept = now.guarded.getOrDefault(text, List.of()).size();
      descriptions.stream().skip(kept).forEach(description -> lost.add(new Loss(description, "{{" + text + "}}")));
    });
    if (now.layoutSections < old.layoutSections) {
      int missing = old.layoutSections - now.layoutSections;
      lost.add(new Loss(missing == 1 ? "a layout section (its columns)" : missing + " layout sections (their columns)",
          "the {{layout ...}}, {{column}} and {{/layout}} lines"));
    }
    if (now.expands < old.expands) {
      int missing = old.expands - now.expands;
      lost.add(new Loss(missing == 1 ? "an expand" : missing + " expands", "the {{expand ...}} and {{/expand}} lines"));
    }
    return lost;
  }

  /** What a piece of storage holds that markdown cannot express. */
  private static final class Census {
    private final Map<String, List<String>> guarded = new LinkedHashMap<>();
    private int layoutSections;
    private int expands;

    static Census of(String storage) {
      Census census = new Census();
      census.count(Jsoup.parse(storage, "", Parser.xmlParser()));
      return census;
    }

    private void count(Element parent) {
      for (Element child : parent.children()) {
        Optional<Placeholder> placeholder = Placeholder.of(child);
        if (placeholder.isPresent()) {
          if (placeholder.get().guarded()) {
            guarded.computeIfAbsent(Placeholder.normalise(placeholder.get().text()), key -> new ArrayList<>())
                .add(placeholder.get().description());
          }
          continue;
        }
        if (child.normalName().equals("ac:layout-section")) {
          layoutSections++;
        } else if (child.normalName().equals("ac:structured-macro") && child.attr("ac:name").equalsIgnoreCase("expand")) {
          expands++;
        }
        count(child);
      }
    }
  }
}
