package io.github.atlassianmcp.server.format.pageedit;

import io.github.atlassianmcp.server.format.storage.MarkdownToStorage;
import io.github.atlassianmcp.server.format.storage.Originals;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes markdown into a Confluence page's storage body without losing what the agent did not touch. The
 * current body is never re-serialised: the edited part is cut out of the text and the new storage spliced in,
 * so every byte outside it stays as it was (macros, unknown ones too, images, layouts, mentions, emoji, the
 * table of contents).
 *
 * <ul>
 *   <li>A section edit replaces the content under a heading, up to the next heading of the same or a higher
 *       level in the same container; a heading inside a layout column or an expand heads a section that ends
 *       with that column or expand. The heading itself stays; a copy of it at the start of the markdown is
 *       dropped.</li>
 *   <li>An append adds at the end of the page, or of the named section.</li>
 *   <li>A whole-body or section rewrite keeps the elements markdown cannot express where the markdown keeps
 *       their placeholders ({@code {{...}}}, as reading shows them); if it would drop any, it is refused with
 *       a sentence naming them and the way to edit a section instead.</li>
 * </ul>
 *
 * <p>Thread-safe; share one.
 */
public final class PageEdit {

  private static final Pattern FIRST_HEADING = Pattern.compile("\\A\\s*#{1,6}[ \\t]+(.*?)[ \\t#]*(?:\\n|\\z)");

  private final MarkdownToStorage writer = new MarkdownToStorage();

  /** The storage body of a new page. */
  public String newPage(String markdown) {
    return writer.convert(markdown);
  }

  /**
   * The page's sections, in the order of their headings, each named by {@link Section#pathName()} as
   * {@link PageChange#section()} takes it; what an agent picks a section from.
   */
  public List<Section> sections(String storage) {
    return new StorageOutline(storage == null ? "" : storage).sections();
  }

  /** The body after the change, or the refusal. */
  public EditResult apply(String currentStorage, PageChange change) {
    String storage = currentStorage == null ? "" : currentStorage;
    StorageOutline outline = new StorageOutline(storage);
    if (change.section() == null) {
      return change.append() ? insert(outline, storage.length(), change.markdown(), "at the end of the page")
          : rewrite(outline, 0, storage.length(), change.markdown(), "the whole body", null);
    }
    SectionFinder.Found found = SectionFinder.find(outline.sections(), change.section());
    if (found.section() == null) {
      return new EditResult.Refused(found.problem());
    }
    Section section = found.section();
    String name = "the section \"" + section.pathName() + "\"";
    if (change.append()) {
      return insert(outline, section.contentEnd(), change.markdown(), "at the end of " + name);
    }
    return rewrite(outline, section.contentStart(), section.contentEnd(), withoutHeading(change.markdown(), section),
        name, section);
  }

  private EditResult insert(StorageOutline outline, int at, String markdown, String where) {
    if (markdown.isBlank()) {
      return new EditResult.Refused("content is empty: there is nothing to append.");
    }
    String storage = outline.storage();
    String added = writer.convert(markdown, Originals.NONE, outline.nextTaskId());
    return new EditResult.Applied(storage.substring(0, at) + added + storage.substring(at), "Appended " + where + ".");
  }

  private EditResult rewrite(StorageOutline outline, int from, int to, String markdown, String what,
      Section section) {
    if (section == null && markdown.isBlank()) {
      return new EditResult.Refused("content is empty: give the page's new body in markdown, or a section to"
          + " clear with section=\"Heading\".");
    }
    String storage = outline.storage();
    OriginalElements originals = new OriginalElements(outline, from, to);
    String replacement = writer.convert(markdown, originals, outline.nextTaskId());
    String before = storage.substring(from, to);
    List<LossCheck.Loss> lost = LossCheck.lost(before, replacement);
    if (!lost.isEmpty()) {
      return new EditResult.Refused(refusal(what, lost, outline, section));
    }
    String summary = "Replaced " + what + (originals.taken() == 0 ? "." : "; kept " + originals.taken()
        + (originals.taken() == 1 ? " element" : " elements") + " markdown cannot express where their"
        + " placeholders stand.");
    return new EditResult.Applied(storage.substring(0, from) + replacement + storage.substring(to), summary);
  }

  /** Markdown for a section without a first heading that repeats the section's own title. */
  private static String withoutHeading(String markdown, Section section) {
    Matcher heading = FIRST_HEADING.matcher(markdown);
    if (heading.find() && SectionFinder.normalise(heading.group(1)).equals(SectionFinder.normalise(section.title()))) {
      return markdown.substring(heading.end());
    }
    return markdown;
  }

  private static String refusal(String what, List<LossCheck.Loss> lost, StorageOutline outline, Section section) {
    StringBuilder sentence = new StringBuilder("Not saved: replacing ").append(what)
        .append(" would delete what markdown cannot express: ")
        .append(join(lost.stream().map(LossCheck.Loss::description).toList()))
        .append(". Keep ").append(join(lost.stream().map(LossCheck.Loss::markdown).distinct().toList()))
        .append(" in content where they belong, as confluence_get_page shows them");
    List<Section> smaller = outline.sections().stream()
        .filter(candidate -> section == null || (candidate.headingStart() >= section.contentStart()
            && candidate.contentEnd() <= section.contentEnd()))
        .limit(6)
        .toList();
    if (smaller.isEmpty()) {
      sentence.append(", or add with append=true.");
    } else {
      sentence.append(", or change a smaller part with section (e.g. section=\"").append(smaller.get(0).pathName())
          .append("\"; headings: ").append(String.join("; ", smaller.stream().map(Section::pathName).toList()))
          .append(") or add with append=true.");
    }
    return sentence.toString();
  }

  private static String join(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}
