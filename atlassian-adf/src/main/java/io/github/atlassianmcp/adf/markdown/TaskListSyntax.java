package io.github.atlassianmcp.adf.markdown;

import org.commonmark.node.BulletList;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * GFM task lists in commonmark's tree ({@code - [ ] todo}, {@code - [x] done}): a bullet list qualifies when
 * every item is one paragraph starting with a checkbox, optionally followed by nested task lists. Shared by the
 * writers of ADF task lists and of Confluence's {@code ac:task-list}.
 */
public final class TaskListSyntax {

  /** How many characters the checkbox takes at the start of the item's first text: {@code [ ]}. */
  public static final int CHECKBOX_LENGTH = 3;

  private TaskListSyntax() {}

  public static boolean isTaskList(ListBlock list) {
    if (!(list instanceof BulletList) || list.getFirstChild() == null) {
      return false;
    }
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem) || !(item.getFirstChild() instanceof Paragraph paragraph)
          || isDone(paragraph) == null) {
        return false;
      }
      for (Node rest = paragraph.getNext(); rest != null; rest = rest.getNext()) {
        if (!(rest instanceof ListBlock nested) || !isTaskList(nested)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether the paragraph's checkbox is ticked; null when it does not start with a checkbox and a space. */
  public static Boolean isDone(Paragraph paragraph) {
    if (!(paragraph.getFirstChild() instanceof Text text)) {
      return null;
    }
    String literal = text.getLiteral();
    boolean alone = literal.length() == CHECKBOX_LENGTH && paragraph.getFirstChild() == paragraph.getLastChild();
    if (literal.length() < CHECKBOX_LENGTH || literal.charAt(0) != '[' || literal.charAt(2) != ']'
        || !(alone || (literal.length() > CHECKBOX_LENGTH && Character.isWhitespace(literal.charAt(3))))) {
      return null;
    }
    return switch (literal.charAt(1)) {
      case ' ' -> Boolean.FALSE;
      case 'x', 'X' -> Boolean.TRUE;
      default -> null;
    };
  }
}
