package io.github.atlassianmcp.adf;

import static io.github.atlassianmcp.adf.Adf.bulletList;
import static io.github.atlassianmcp.adf.Adf.cell;
import static io.github.atlassianmcp.adf.Adf.codeBlock;
import static io.github.atlassianmcp.adf.Adf.date;
import static io.github.atlassianmcp.adf.Adf.doc;
import static io.github.atlassianmcp.adf.Adf.emoji;
import static io.github.atlassianmcp.adf.Adf.hardBreak;
import static io.github.atlassianmcp.adf.Adf.header;
import static io.github.atlassianmcp.adf.Adf.heading;
import static io.github.atlassianmcp.adf.Adf.inlineCard;
import static io.github.atlassianmcp.adf.Adf.item;
import static io.github.atlassianmcp.adf.Adf.link;
import static io.github.atlassianmcp.adf.Adf.mention;
import static io.github.atlassianmcp.adf.Adf.orderedList;
import static io.github.atlassianmcp.adf.Adf.panel;
import static io.github.atlassianmcp.adf.Adf.paragraph;
import static io.github.atlassianmcp.adf.Adf.quote;
import static io.github.atlassianmcp.adf.Adf.row;
import static io.github.atlassianmcp.adf.Adf.rule;
import static io.github.atlassianmcp.adf.Adf.status;
import static io.github.atlassianmcp.adf.Adf.table;
import static io.github.atlassianmcp.adf.Adf.task;
import static io.github.atlassianmcp.adf.Adf.taskList;
import static io.github.atlassianmcp.adf.Adf.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AdfBuilderTest {

  /** Every node the builder makes, in one document. */
  static AdfDocument everything() {
    return doc(
        heading(1, "Release 4.2"),
        paragraph(text("bold").strong(), text(" "), text("em").em(), text(" "), text("gone").strike(), text(" "),
            text("under").underline(), text(" "), text("H"), text("2").subscript(), text("O"), text(" "),
            text("x"), text("2").superscript(), text(" "), text("red").color("#ff0000"), text(" "),
            text("mvn -q").code().link("https://maven.apache.org"), hardBreak(),
            link("docs", "https://example.com/docs"), text(" "), mention("5b10ac8d82e05b22cc7d4ef5", "Ana Lee"),
            text(" "), emoji("thumbsup"), text(" "), date(LocalDate.of(2026, 3, 1)), text(" "),
            status("IN REVIEW", StatusColor.BLUE), text(" "), inlineCard("https://example.atlassian.net/browse/P-1")),
        bulletList(item("one"), item(paragraph("two"), orderedList(3, item("three"), item("four")))),
        bulletList("a", "b"),
        codeBlock("java", "class A {\n  int x;\n}"),
        codeBlock(null, ""),
        quote(paragraph("quoted"), bulletList("in a quote")),
        panel(PanelType.WARNING, heading(3, "Careful"), paragraph("Production only"), rule()),
        rule(),
        table(row(header("Name"), header("Value")), row(cell("a"), cell(paragraph("b"), panel(PanelType.INFO)))),
        taskList(task(false, "write it"), task(true, text("test it").strong())));
  }

  @Test
  void everyBuiltDocumentIsValidAgainstTheSchema() {
    ValidAdf.assertValid(everything().toJson());
    ValidAdf.assertValid(doc().toJson());
    for (PanelType type : PanelType.values()) {
      ValidAdf.assertValid(doc(panel(type, paragraph("p"))).toJson());
    }
    for (StatusColor color : StatusColor.values()) {
      ValidAdf.assertValid(doc(paragraph(status("S", color))).toJson());
    }
    for (int level = 1; level <= 6; level++) {
      ValidAdf.assertValid(doc(heading(level, "h")).toJson());
    }
  }

  @Test
  void theJsonIsWhatJiraExpects() {
    assertEquals(JsonParser.parseString("""
        {"version":1,"type":"doc","content":[
          {"type":"heading","attrs":{"level":2},"content":[{"type":"text","text":"Steps"}]},
          {"type":"paragraph","content":[
            {"type":"mention","attrs":{"id":"abc","text":"@Ana"}},
            {"type":"text","text":" see "},
            {"type":"text","text":"this","marks":[{"type":"strong"},{"type":"link","attrs":{"href":"https://x.io"}}]}]},
          {"type":"panel","attrs":{"panelType":"info"},"content":[{"type":"paragraph","content":[
            {"type":"text","text":"note"}]}]}]}"""),
        doc(heading(2, "Steps"), paragraph(mention("abc", "Ana"), text(" see "), text("this").strong()
            .link("https://x.io")), panel(PanelType.INFO, paragraph("note"))).toJson());
  }

  @Test
  void builtDocumentsReadBackAsMarkdownAndText() {
    AdfDocument document = doc(heading(2, "Steps"),
        orderedList(item(text("Run "), text("mvn -q").code())),
        table(row(header("k"), header("v")), row(cell("a"), cell("1"))),
        paragraph(mention("abc", "@Ana"), text(" done")));
    assertEquals("""
        ## Steps

        1. Run `mvn -q`

        | k | v |
        |---|---|
        | a | 1 |

        @Ana done""", document.toMarkdown());
    assertEquals("Steps\nRun mvn -q\nk\tv\na\t1\n@Ana done", document.toText());
  }

  @Test
  void misplacedBlocksAreRefusedNamingWhatMayGoThere() {
    IllegalArgumentException heading = assertThrows(IllegalArgumentException.class,
        () -> item(paragraph("p"), heading(2, "no")));
    assertTrue(heading.getMessage().contains("A heading cannot go in a list item"), heading.getMessage());
    assertThrows(IllegalArgumentException.class, () -> cell(table(row(cell("x")))));
    assertThrows(IllegalArgumentException.class, () -> quote(panel(PanelType.INFO, paragraph("p"))));
    assertThrows(IllegalArgumentException.class, () -> item(bulletList("first must be a paragraph")));
    assertThrows(IllegalArgumentException.class, () -> heading(7, "h"));
    assertThrows(IllegalArgumentException.class, () -> text(""));
    assertThrows(IllegalArgumentException.class, () -> text("x").color("red"));
    assertThrows(IllegalArgumentException.class, () -> bulletList(new ListItem[0]));
  }

  @Test
  void codeTextTakesOnlyALinkBesides() {
    assertThrows(IllegalStateException.class, () -> text("x").strong().code());
    assertThrows(IllegalStateException.class, () -> text("x").code().em());
    assertThrows(IllegalStateException.class, () -> text("x").strong().strong());
    ValidAdf.assertValid(doc(paragraph(text("x").link("https://x.io").code())).toJson());
  }

  @Test
  void nodesAreImmutableAndReusable() {
    Text base = text("x");
    Text bold = base.strong();
    assertEquals("{\"type\":\"text\",\"text\":\"x\"}", base.toString());
    Block p = paragraph(bold);
    p.toJson().addProperty("type", "changed");
    AdfDocument twice = doc(p, p);
    assertEquals("paragraph", p.type());
    ValidAdf.assertValid(twice.toJson());
  }
}
