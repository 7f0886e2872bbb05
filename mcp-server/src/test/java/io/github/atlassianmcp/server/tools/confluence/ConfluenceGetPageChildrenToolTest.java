package io.github.atlassianmcp.server.tools.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConfluenceGetPageChildrenToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  @SuppressWarnings("unchecked")
  void childrenInTheirOrderWithHowManyChildrenEachHas() {
    String created = SERVER.text("confluence_create_page", Map.of("space_key", "ENG", "title", "Grandchild",
        "parent_id", "98317", "content", "Below the launch plan."));
    Matcher id = Pattern.compile("Created page ([0-9]+)").matcher(created);
    assertTrue(id.find(), created);

    ToolCall call = SERVER.call("confluence_get_page_children", Map.of("page_id", "98302"));
    assertTrue(call.text().contains("| 98317 | Checkout v2 Launch Plan | 1 |"), call.text());
    List<Map<String, Object>> children = (List<Map<String, Object>>) call.structured().get("children");
    assertTrue(children.size() > 1, children.toString());
    assertEquals("98317", children.get(children.size() - 1).get("id"), "the launch plan was added last");
    assertEquals(1, ((Number) children.get(children.size() - 1).get("child_pages")).intValue());

    assertEquals("1 child page of page 98317:\n| Id | Title | Children |\n|---|---|---|\n| " + id.group(1)
        + " | Grandchild | 0 |", SERVER.text("confluence_get_page_children", Map.of("page_id", "98317")));
  }

  @Test
  void aLimitSaysWhenThereAreMoreAndALeafSaysItHasNone() {
    String first = SERVER.text("confluence_get_page_children", Map.of("page_id", "98302", "limit", 1));
    assertTrue(first.startsWith("1 child page of page 98302 (there are more: raise limit):"), first);
    assertEquals("Page 98309 has no child pages.", SERVER.text("confluence_get_page_children",
        Map.of("page_id", "98309")));
  }
}
