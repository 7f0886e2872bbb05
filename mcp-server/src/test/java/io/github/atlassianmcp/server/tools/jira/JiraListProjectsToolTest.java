package io.github.atlassianmcp.server.tools.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JiraListProjectsToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  void projectsShowTheirTypeLeadAndIssueTypesInOneLine() {
    ToolCall call = SERVER.call("jira_list_projects", Map.of());
    String text = call.text();
    assertTrue(text.startsWith("- DEMO: Demo Project (software), lead Morgan Lee. Types: Task, Bug, Story\n- PROJ: "),
        text);
    String proj = text.lines().filter(line -> line.startsWith("- PROJ: ")).findFirst().orElseThrow();
    assertTrue(proj.contains("(software), lead Morgan Lee. Types: ") && proj.contains("Subtask (subtask)"), proj);
    assertEquals(false, call.structured().get("more"));
  }

  @Test
  void aQueryAndALimitNarrowIt() {
    assertTrue(SERVER.text("jira_list_projects", Map.of("query", "demo")).startsWith("- DEMO: "));
    ToolCall one = SERVER.call("jira_list_projects", Map.of("limit", 1));
    assertEquals(1, ((List<?>) one.structured().get("projects")).size());
    assertTrue(one.text().endsWith("More projects match: narrow with query or raise limit."), one.text());
    assertEquals("No project you can see matches \"zzz\".",
        SERVER.text("jira_list_projects", Map.of("query", "zzz")));
  }
}
