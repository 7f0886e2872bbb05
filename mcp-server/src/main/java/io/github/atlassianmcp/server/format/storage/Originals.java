package io.github.atlassianmcp.server.format.storage;

import java.util.List;
import java.util.Optional;

/**
 * The elements of the storage a rewrite replaces that markdown cannot express, by placeholder: writing markdown
 * that still holds {@code {{image diagram.png}}} puts the original {@code ac:image} back, byte for byte. Each
 * original is used once, in order, so two identical placeholders stand for two elements.
 */
public interface Originals {

  /** No originals: a new page, an append. */
  Originals NONE = placeholder -> Optional.empty();

  /**
   * The next unused original with this placeholder text (compared after {@link Placeholder#normalise}), taken.
   */
  Optional<Original> take(String placeholderText);

  /**
   * The characters reading shows for originals it writes as text (emoji, mentions; see
   * {@link CharacterElements}), longest first.
   */
  default List<String> characters() {
    return List.of();
  }

  /** The next unused original shown as these characters, taken. */
  default Optional<Original> takeCharacters(String text) {
    return Optional.empty();
  }

  /**
   * An element as it was written, and whether it stood inside a line of text (a status lozenge in a paragraph)
   * rather than between blocks (an image, a table of contents).
   */
  record Original(String storage, boolean inline) {}
}
