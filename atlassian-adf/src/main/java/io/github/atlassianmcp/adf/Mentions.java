package io.github.atlassianmcp.adf;

import java.util.Optional;

/**
 * Who an {@code @} in markdown text names, for {@link MarkdownToAdf#convert(String, Mentions)}: the converter
 * asks with the text that follows the {@code @} (to the end of its text run), the product answers with the person
 * it starts with, or empty to leave it as text. Code and link text are never asked about.
 */
@FunctionalInterface
public interface Mentions {

  /** Nobody is mentioned: every {@code @} stays text. */
  Mentions NONE = text -> Optional.empty();

  /** The person {@code text} starts with (a name or an email, as the product matches them), if exactly one. */
  Optional<Mention> at(String text);

  /**
   * One mention.
   *
   * @param id the account ID the mention node carries
   * @param name the name it shows, without the {@code @}
   * @param length how many characters of the asked text (after the {@code @}) it replaces
   */
  record Mention(String id, String name, int length) {

    public Mention {
      if (id == null || id.isBlank() || name == null || length < 1) {
        throw new IllegalArgumentException("A mention needs an ID, a name and the length it replaces");
      }
    }
  }
}
