package io.github.atlassianmcp.server.format.storage;

import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Elements reading shows as plain characters rather than as placeholders: an emoji ({@code ac:emoticon}) as its
 * character, a mention ({@code ac:link} to a user) as {@code @} and the account ID or the name it was written
 * with. Writing puts the original element back where the same characters stand, so a rewrite keeps them.
 */
public final class CharacterElements {

  private CharacterElements() {}

  /** The characters reading shows for the element; empty when it is not such an element. */
  public static Optional<String> text(Element element) {
    if (element.normalName().equals("ac:emoticon")) {
      String text = Emoticons.text(element);
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
    if (element.normalName().equals("ac:link")) {
      Element user = Storage.resource(element);
      if (user != null && user.normalName().equals("ri:user")) {
        return Optional.of(mention(element, user));
      }
    }
    return Optional.empty();
  }

  /** {@code @} and the name the mention was written with, or its account ID. */
  static String mention(Element link, Element user) {
    String who = first(StorageInlines.linkBody(link), Storage.attr(user, "ri:account-id"),
        Storage.attr(user, "ri:userkey"), Storage.attr(user, "ri:username"), "unknown");
    return who.startsWith("@") ? who : "@" + who;
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
