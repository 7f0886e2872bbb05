package io.github.atlassianmcp.server.tools.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConfluenceListSpacesToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  @SuppressWarnings("unchecked")
  void everySpaceWithItsKeyNameAndType() {
    ToolCall call = SERVER.call("confluence_list_spaces", Map.of());
    assertTrue(call.text().contains("| ENG | Engineering | global |"), call.text());
    assertTrue(call.text().contains("| OPS | "), call.text());
    List<Map<String, Object>> spaces = (List<Map<String, Object>>) call.structured().get("spaces");
    assertTrue(spaces.stream().anyMatch(space -> "ENG".equals(space.get("key")) && "global".equals(space.get("type"))
        && String.valueOf(space.get("url")).endsWith("/wiki/spaces/ENG")), spaces.toString());
  }

  @Test
  void aQueryKeepsTheSpacesWhoseKeyOrNameHasItAndTheLimitSaysWhenThereIsMore() {
    assertEquals("1 space matching \"engineer\":\n| Key | Name | Type |\n|---|---|---|\n| ENG | Engineering | global |",
        SERVER.text("confluence_list_spaces", Map.of("query", "engineer")));
    assertTrue(SERVER.text("confluence_list_spaces", Map.of("query", "ops")).contains("| OPS |"));
    assertEquals("No space matching \"payroll\"; list them all without query.",
        SERVER.text("confluence_list_spaces", Map.of("query", "payroll")));
    String one = SERVER.text("confluence_list_spaces", Map.of("limit", 1));
    assertTrue(one.startsWith("1 space (there are more: raise limit or narrow query):"), one);
  }
}
