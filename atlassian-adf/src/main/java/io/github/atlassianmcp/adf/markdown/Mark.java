package io.github.atlassianmcp.adf.markdown;

/**
 * Inline formatting that markdown can express. Declaration order is the nesting order used when several
 * marks start together (outermost first).
 *
 * @param type what the mark does
 * @param href the destination of a link; {@code null} for the other types
 */
public record Mark(Type type, String href) {

  /** The kinds of inline formatting. */
  public enum Type { LINK, STRONG, EM, STRIKE, SUP, SUB, CODE }

  public static final Mark STRONG = new Mark(Type.STRONG, null);
  public static final Mark EM = new Mark(Type.EM, null);
  public static final Mark STRIKE = new Mark(Type.STRIKE, null);
  public static final Mark SUP = new Mark(Type.SUP, null);
  public static final Mark SUB = new Mark(Type.SUB, null);
  public static final Mark CODE = new Mark(Type.CODE, null);

  public static Mark link(String href) {
    return new Mark(Type.LINK, href);
  }
}
