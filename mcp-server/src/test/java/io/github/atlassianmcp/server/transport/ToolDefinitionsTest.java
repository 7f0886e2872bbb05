package io.github.atlassianmcp.server.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcontextprotocol.spec.McpSchema;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every tool definition must have for an agent to use it well. */
class ToolDefinitionsTest {

  private final List<McpSchema.Tool> tools = ToolCatalog.described();

  @Test
  void theToolListIsTheOneTheIssueFixes() {
    assertEquals(List.of("authenticate_atlassian", "jira_search", "jira_get_issue", "jira_create_issue",
        "jira_update_issue", "jira_add_comment", "jira_add_worklog", "jira_get_transitions", "jira_transition_issue",
        "confluence_search", "confluence_get_page", "servicedesk_list_requests", "servicedesk_get_request"),
        tools.stream().map(McpSchema.Tool::name).toList());
  }

  @Test
  void everyToolHasEveryAnnotation() {
    for (McpSchema.Tool tool : tools) {
      McpSchema.ToolAnnotations hints = tool.annotations();
      assertNotNull(hints, tool.name());
      assertNotNull(hints.readOnlyHint(), tool.name() + " lacks readOnlyHint");
      assertNotNull(hints.destructiveHint(), tool.name() + " lacks destructiveHint");
      assertNotNull(hints.idempotentHint(), tool.name() + " lacks idempotentHint");
      assertNotNull(hints.openWorldHint(), tool.name() + " lacks openWorldHint");
      assertNotNull(hints.title(), tool.name() + " lacks a title");
    }
  }

  @Test
  void readToolsDescribeTheirStructuredContentAndWriteToolsDoNot() {
    for (McpSchema.Tool tool : tools) {
      boolean reads = tool.annotations().readOnlyHint();
      assertEquals(reads, tool.outputSchema() != null, tool.name());
      if (reads) {
        assertEquals(false, tool.annotations().destructiveHint(), tool.name());
      }
    }
  }

  @Test
  void descriptionsSayWhatWhenAndGiveAnExample() {
    Set<String> names = new HashSet<>();
    for (McpSchema.Tool tool : tools) {
      assertTrue(names.add(tool.name()), "duplicate " + tool.name());
      assertTrue(tool.name().matches("[a-z]+(_[a-z]+)+"), tool.name());
      assertTrue(tool.description().contains("Example"), tool.name() + " has no example");
      assertTrue(tool.description().length() <= 700, tool.name() + " description is long: "
          + tool.description().length());
      assertEquals("object", tool.inputSchema().get("type"), tool.name());
      assertEquals(false, tool.inputSchema().get("additionalProperties"), tool.name());
    }
  }
}
