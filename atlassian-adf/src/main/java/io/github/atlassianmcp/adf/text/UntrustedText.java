package io.github.atlassianmcp.adf.text;

import java.util.Set;

/**
 * Removes from untrusted text (anything that came from an Atlassian site) the characters a reader cannot see
 * but a model does: bidirectional overrides and isolates, zero-width characters, other Unicode format
 * characters, control characters, invisible fillers and hidden tag or variation-selector payloads. Such
 * characters can reorder what a person sees ("Trojan Source") or smuggle instructions past them.
 *
 * <p>Emoji stay intact: a zero-width joiner between two pictographs, one variation selector after a visible
 * character, and the tag sequences of the subdivision flags Unicode recommends (England, Scotland, Wales: the
 * RGI_Emoji_Tag_Sequence entries of emoji-sequences.txt) are kept. Any other tag character is removed, even after
 * a black flag: tag letters read as text to a model and could spell an instruction nobody sees. Line breaks are
 * normalised to {@code \n}; tabs are kept. One pass, linear in the length of the text.
 */
public final class UntrustedText {

  private static final int ZERO_WIDTH_JOINER = 0x200D;
  private static final int BLACK_FLAG = 0x1F3F4;
  private static final int CANCEL_TAG = 0xE007F;
  private static final int TAG_BASE = 0xE0000;
  /** The tag letters of the subdivision flags in Unicode's recommended set (emoji-sequences.txt, Unicode 16). */
  private static final Set<String> SUBDIVISION_FLAGS = Set.of("gbeng", "gbsct", "gbwls");
  private static final int LONGEST_FLAG_TAG = 5;

  private UntrustedText() {}

  /** The text without invisible and control characters; {@code ""} for null. */
  public static String clean(String text) {
    if (text == null) {
      return "";
    }
    if (!needsCleaning(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int lastKept = -1;
    boolean inEmoji = false;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (cp == '\r') {
        if (next >= text.length() || text.charAt(next) != '\n') {
          out.append('\n');
          lastKept = '\n';
          inEmoji = false;
        }
        i = next;
        continue;
      }
      if (cp == BLACK_FLAG) {
        int end = flagTagSequenceEnd(text, next);
        if (end > next) {
          out.append(text, i, end);
          lastKept = CANCEL_TAG;
          inEmoji = true;
          i = end;
          continue;
        }
      }
      int kept = keep(cp, lastKept, inEmoji, text, next);
      if (kept >= 0) {
        out.appendCodePoint(kept);
        inEmoji = isPictographic(kept) || (inEmoji && isEmojiModifier(kept));
        lastKept = kept;
      }
      i = next;
    }
    return out.toString();
  }

  /** The code point to write for {@code cp}, or -1 to drop it. */
  private static int keep(int cp, int lastKept, boolean inEmoji, String text, int next) {
    if (cp == '\n' || cp == '\t') {
      return cp;
    }
    if (cp == 0x2028 || cp == 0x2029) {
      return '\n';
    }
    if (cp == ZERO_WIDTH_JOINER) {
      boolean joinsPictographs =
          inEmoji && next < text.length() && isPictographic(text.codePointAt(next));
      return joinsPictographs ? cp : -1;
    }
    if (isVariationSelector(cp)) {
      // One selector chooses how the character before it looks; a run of them is a hidden payload.
      boolean afterVisible = lastKept >= 0 && !isVariationSelector(lastKept)
          && !Character.isWhitespace(lastKept);
      return afterVisible ? cp : -1;
    }
    if (isInvisibleFiller(cp)) {
      return -1;
    }
    int type = Character.getType(cp);
    boolean invisible = type == Character.CONTROL || type == Character.FORMAT
        || type == Character.SURROGATE;
    return invisible ? -1 : cp;
  }

  /**
   * The end of a recommended subdivision-flag tag sequence starting at {@code start} (its tag letters and the
   * cancel tag), or {@code start} when there is none.
   */
  private static int flagTagSequenceEnd(String text, int start) {
    StringBuilder letters = new StringBuilder(LONGEST_FLAG_TAG);
    int i = start;
    while (i < text.length() && letters.length() <= LONGEST_FLAG_TAG) {
      int cp = text.codePointAt(i);
      if (cp == CANCEL_TAG) {
        return SUBDIVISION_FLAGS.contains(letters.toString()) ? i + Character.charCount(cp) : start;
      }
      boolean tagLetterOrDigit = (cp >= 0xE0061 && cp <= 0xE007A) || (cp >= 0xE0030 && cp <= 0xE0039);
      if (!tagLetterOrDigit) {
        return start;
      }
      letters.append((char) (cp - TAG_BASE));
      i += Character.charCount(cp);
    }
    return start;
  }

  private static boolean needsCleaning(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20) {
        if (c != '\n' && c != '\t') {
          return true;
        }
      } else if (c >= 0x7F && suspicious(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean suspicious(char c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || isVariationSelector(c) || isInvisibleFiller(c);
  }

  private static boolean isVariationSelector(int cp) {
    return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
  }

  /** Letters that render as nothing (Hangul fillers) and the combining grapheme joiner. */
  private static boolean isInvisibleFiller(int cp) {
    return cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x034F;
  }

  /** What may follow a pictograph inside one emoji: a presentation selector, a keycap or a skin tone. */
  private static boolean isEmojiModifier(int cp) {
    return cp == 0xFE0F || cp == 0x20E3 || (cp >= 0x1F3FB && cp <= 0x1F3FF) || cp == CANCEL_TAG;
  }

  /**
   * Code points that take part in emoji zero-width-joiner sequences. Java 17 has no emoji property, so this
   * is the set of blocks the Unicode emoji data draws them from.
   */
  static boolean isPictographic(int cp) {
    return (cp >= 0x1F000 && cp <= 0x1FAFF)
        || (cp >= 0x2190 && cp <= 0x21FF)
        || (cp >= 0x2300 && cp <= 0x23FF)
        || (cp >= 0x2600 && cp <= 0x27BF)
        || (cp >= 0x2B00 && cp <= 0x2BFF)
        || cp == 0x00A9 || cp == 0x00AE || cp == 0x203C || cp == 0x2049 || cp == 0x2122 || cp == 0x2139
        || cp == 0x3030 || cp == 0x303D || cp == 0x3297 || cp == 0x3299;
  }
}
