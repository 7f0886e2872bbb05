package io.github.atlassianmcp.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Markdown inputs for the validity tests: hand-written edge cases and seeded random documents. */
public final class MarkdownCorpus {

  private MarkdownCorpus() {}

  public static List<String> documents() {
    return List.of(
        "plain", "# h1", "###### h6", "####### seven hashes", "#", "# ", "Setext\n===", "Setext\n---",
        "**bold**", "*em*", "_em_", "__strong__", "***both***", "~~strike~~", "~one tilde~", "`code`",
        "`` code with ` tick ``", "**`code in bold`**", "*`code in em`*", "~~`code in strike`~~",
        "[`code link`](https://x.io)", "[**strong link**](https://x.io)", "[link]()", "[link](<>)",
        "[link](https://x.io 'title')", "<https://autolink.io>", "<user@example.com>", "[ref]\n\n[ref]: https://r.io",
        "![alt](https://i.io/a.png)", "![](https://i.io/a.png)", "![**bold alt**](https://i.io/a.png)",
        "[![img in link](https://i.io/a.png)](https://x.io)", "a  \nb", "a\\\nb", "a\nb", "a<br>b", "a<br/>b",
        "<b>inline html</b>", "<!-- comment -->", "<div>\nblock html\n</div>", "<script>alert(1)</script>",
        "- a\n- b", "* a\n+ b\n- c", "1. a\n2. b", "3) a\n4) b", "0. zero", "123456789. big",
        "- a\n  - b\n    - c\n      - d\n        - e", "1. a\n   - b\n     1. c", "-", "- ", "1.", "- \n- x",
        "- a\n\n  para\n\n  ```\n  code\n  ```", "- # heading in item", "- > quote in item", "- ---",
        "- | a |\n  |---|\n  | 1 |", "- <div>html in item</div>", "- ![img](https://i.io)", "-     indented code",
        "- [ ] task", "- [x] done", "- [ ] task\n- plain", "- [ ]", "> - [ ] task in quote", "- [ ] a\n  - [x] b",
        "- [ ] a\n  para", "```", "```\n```", "```java\nclass A {}\n```", "```  weird info string  \ncode\n```",
        "~~~\ntilde\n~~~", "    indented", "```\n\n\n```", "> quote", ">", "> ", "> > nested", "> # heading",
        "> ---", "> | a |\n> |---|\n> | 1 |", "> ```\n> code\n> ```", "> - a\n>   - b", "> 1. a", ">>>> deep",
        "---", "***", "___", "| a |\n|---|", "| a | b |\n|---|---|\n| 1 | 2 | 3 |", "| a | b |\n|---|---|\n| 1 |",
        "| `a|b` | c |\n|---|---|", "| **a** | [b](https://x.io) |\n|:--|--:|\n| ![i](https://i.io) | a<br>b |",
        "|   |   |\n|---|---|\n|   |   |", "Unicode: 日本語 עברית العربية 👩‍👩‍👧 🏴󠁧󠁢󠁳󠁣󠁴󠁿 1️⃣",
        "bidi \u202Eevil\u202C and \u2066iso\u2069 and zero\u200Bwidth \uFEFF bom",
        "controls \u0000 \u0007 \u001B[31m \u0085 \u009B", "\u200B", "line\r\nending\r\n\r\nCRLF", "line\rCR",
        "a".repeat(100_000), ("word ".repeat(20) + "\n").repeat(500), "* * *", "\\*escaped\\*", "&amp; &lt; &#x41;",
        "&nbsp;", "<", "[", "]", "*", "_", "`", "~~", "**", "***\n***", "\t\ttabbed", "\u00A0nbsp lead");
  }

  /** Random documents from a seeded generator: every construct, nested in every container. */
  public static List<String> generated(int count, long seed) {
    Random random = new Random(seed);
    List<String> documents = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      StringBuilder markdown = new StringBuilder();
      int blocks = 1 + random.nextInt(6);
      for (int b = 0; b < blocks; b++) {
        markdown.append(block(random, 0)).append(random.nextInt(4) == 0 ? "\n" : "\n\n");
      }
      documents.add(markdown.toString());
    }
    return documents;
  }

  private static final String[] INLINE = {"word", "two words", "**bold**", "*em*", "_em_", "~~gone~~",
      "`code`", "[link](https://x.io)", "<https://auto.io>", "![img](https://i.io/p.png)", "<span>", "</span>",
      "\\\n", "  \n", "\n", "**", "*", "_", "`", "[", "]", "(", "|", "#", "&amp;", "👍", "👩‍💻", "\u202E",
      "\u200B", "[**bold link**](https://x.io)", "**`bold code`**", "<br>", "~", "\\*"};

  private static String inline(Random random) {
    StringBuilder text = new StringBuilder();
    int tokens = 1 + random.nextInt(8);
    for (int t = 0; t < tokens; t++) {
      text.append(INLINE[random.nextInt(INLINE.length)]).append(random.nextBoolean() ? " " : "");
    }
    return text.toString();
  }

  private static String block(Random random, int depth) {
    int kind = random.nextInt(depth > 4 ? 6 : 13);
    return switch (kind) {
      case 0 -> "#".repeat(1 + random.nextInt(6)) + " " + inline(random).replace("\n", " ");
      case 1, 2 -> inline(random);
      case 3 -> "```" + (random.nextBoolean() ? "java" : "") + "\n" + inline(random) + "\n```";
      case 4 -> random.nextBoolean() ? "---" : "<div>\nhtml block\n</div>";
      case 5 -> "| " + cell(random) + " | " + cell(random) + " |\n|---|:-:|\n| " + cell(random) + " | "
          + cell(random) + " |";
      case 6, 7 -> prefixed("> ", "> ", block(random, depth + 1));
      case 8, 9 -> list(random, depth, "- ");
      case 10 -> list(random, depth, (random.nextInt(3)) + ". ");
      case 11 -> list(random, depth, random.nextBoolean() ? "- [ ] " : "- [x] ");
      default -> "    indented code";
    };
  }

  private static String cell(Random random) {
    return inline(random).replace("\n", " ").replace("|", "\\|");
  }

  private static String list(Random random, int depth, String marker) {
    StringBuilder list = new StringBuilder();
    int items = 1 + random.nextInt(3);
    String indent = " ".repeat(marker.startsWith("- [") ? 2 : marker.length());
    for (int i = 0; i < items; i++) {
      list.append(prefixed(marker, indent, block(random, depth + 1))).append('\n');
      if (random.nextInt(3) == 0) {
        list.append(prefixed(indent, indent, block(random, depth + 1))).append('\n');
      }
    }
    return list.toString();
  }

  private static String prefixed(String first, String rest, String block) {
    StringBuilder out = new StringBuilder();
    String[] lines = block.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      out.append(i == 0 ? first : rest).append(lines[i]);
      if (i + 1 < lines.length) {
        out.append('\n');
      }
    }
    return out.toString();
  }
}
