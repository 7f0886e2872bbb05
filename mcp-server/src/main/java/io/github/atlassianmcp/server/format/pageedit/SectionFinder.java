package io.github.atlassianmcp.server.format.pageedit;

import io.github.atlassianmcp.adf.text.UntrustedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Finds the section an agent names. It compares titles the way a person would: case, markdown markers
 * ({@code ## }, {@code **}, backticks), numbering ({@code 2.}, {@code 2.1}), surrounding punctuation and spacing
 * do not matter. An exact title wins; otherwise a title that starts with the name, then one that contains it,
 * provided just one does. {@code Overview > Goals} names a heading by the headings it sits under.
 */
final class SectionFinder {

  private static final int LISTED = 20;

  private SectionFinder() {}

  /** The one section the name stands for, or the sentence that says why there is none. */
  static Found find(List<Section> sections, String name) {
    List<String> parts = new ArrayList<>();
    for (String part : name.split("\\s+>\\s+")) {
      parts.add(normalise(part));
    }
    if (parts.stream().anyMatch(String::isEmpty)) {
      return new Found(null, "section is empty: give the title of a heading of the page" + headings(sections));
    }
    String last = parts.get(parts.size() - 1);
    List<String> ancestors = parts.subList(0, parts.size() - 1);
    List<Predicate<String>> tests = List.of(last::equals, title -> title.startsWith(last),
        title -> title.contains(last));
    for (Predicate<String> test : tests) {
      List<Section> matches = sections.stream()
          .filter(section -> test.test(normalise(section.title())) && under(section, ancestors))
          .toList();
      if (matches.size() == 1) {
        return new Found(matches.get(0), null);
      }
      if (matches.size() > 1) {
        return new Found(null, "\"" + name + "\" names " + matches.size() + " headings: "
            + matches.stream().map(section -> "\"" + section.pathName() + "\"").collect(Collectors.joining(", "))
            + ". Pass one of those as section.");
      }
    }
    return new Found(null, "No heading of the page matches \"" + name + "\"" + headings(sections));
  }

  /** A section found, or the reason none was. */
  record Found(Section section, String problem) {}

  /** The title as compared: visible text, lower case, no markdown markers, numbering or edge punctuation. */
  static String normalise(String title) {
    String text = UntrustedText.clean(title).toLowerCase(Locale.ROOT)
        .replaceAll("^\\s*#{1,6}\\s+", "")
        .replaceAll("[*_`]", "")
        .replaceAll("\\s+", " ")
        .strip()
        .replaceAll("^\\d+(\\.\\d+)*[.)]?\\s+", "")
        .replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
    return text;
  }

  /** Whether each of {@code ancestors} names, in order, a heading the section sits under. */
  private static boolean under(Section section, List<String> ancestors) {
    int next = 0;
    List<String> path = section.path().subList(0, section.path().size() - 1);
    for (String title : path) {
      if (next < ancestors.size() && normalise(title).equals(ancestors.get(next))) {
        next++;
      }
    }
    return next == ancestors.size();
  }

  private static String headings(List<Section> sections) {
    if (sections.isEmpty()) {
      return "; the page has no headings, so write the whole body or append.";
    }
    String listed = sections.stream().limit(LISTED).map(Section::pathName).collect(Collectors.joining("; "));
    return ". Its headings: " + listed + (sections.size() > LISTED ? "; ..." : "") + ".";
  }
}
