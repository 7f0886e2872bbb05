package io.github.atlassianmcp.adf.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** Reading helpers over commonmark's syntax tree, shared by the writers of ADF and of storage format. */
public final class MarkdownNodes {

  private MarkdownNodes() {}

  /** The literal text under a node (an image's alt text, a block past the depth limit), without recursion. */
  public static String plainText(Node root) {
    StringBuilder out = new StringBuilder();
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      if (node instanceof Text text) {
        out.append(text.getLiteral());
      } else if (node instanceof Code code) {
        out.append(code.getLiteral());
      } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        out.append(' ');
      } else if (node.getFirstChild() == null && !out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
      for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
        stack.push(child);
      }
    }
    return out.toString().strip();
  }
}
