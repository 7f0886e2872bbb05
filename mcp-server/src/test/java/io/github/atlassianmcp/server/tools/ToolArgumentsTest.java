package io.github.atlassianmcp.server.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.atlassianmcp.server.tools.jira.JiraSearchTool;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolArgumentsTest {

  private static ToolArguments args(Map<String, Object> values) {
    return ToolArguments.of(JiraSearchTool.DEFINITION, values);
  }

  private static String problem(Runnable read) {
    return assertThrows(ToolInputException.class, read::run).getMessage();
  }

  @Test
  void anUnknownArgumentIsNamedWithTheOnesThatExist() {
    assertEquals("Unknown argument query: jira_search takes jql, max_results, fields, next_page_token.",
        problem(() -> args(Map.of("query", "x"))));
  }

  @Test
  void aMissingArgumentComesWithAnExample() {
    assertEquals("Missing argument jql: give it, e.g. jql=\"project = PROJ\".",
        problem(() -> args(Map.of()).requiredString("jql", "\"project = PROJ\"")));
    assertEquals("Missing argument jql: give it, e.g. jql=\"project = PROJ\".",
        problem(() -> args(Map.of("jql", "  ")).requiredString("jql", "\"project = PROJ\"")));
  }

  @Test
  void numbersMayComeAsTextButMustBeWholeAndInRange() {
    assertEquals(25, args(Map.of("max_results", "25")).integer("max_results", 50, 1, 100));
    assertEquals(25, args(Map.of("max_results", 25.0)).integer("max_results", 50, 1, 100));
    assertEquals(50, args(Map.of()).integer("max_results", 50, 1, 100));
    assertEquals("max_results must be from 1 to 100, got 500.",
        problem(() -> args(Map.of("max_results", 500)).integer("max_results", 50, 1, 100)));
    assertEquals("max_results must be a whole number from 1 to 100, got \"many\".",
        problem(() -> args(Map.of("max_results", "many")).integer("max_results", 50, 1, 100)));
    assertEquals("max_results must be a whole number from 1 to 100, got 2.5.",
        problem(() -> args(Map.of("max_results", 2.5)).integer("max_results", 50, 1, 100)));
  }

  @Test
  void listsMayComeAsCommaSeparatedText() {
    assertEquals(List.of("labels", "duedate"), args(Map.of("fields", "labels, duedate")).stringList("fields"));
    assertEquals(List.of("labels"), args(Map.of("fields", List.of("labels", " "))).stringList("fields"));
    assertEquals("fields must be a list of strings, got an item 3.",
        problem(() -> args(Map.of("fields", List.of(3))).stringList("fields")));
  }

  @Test
  void issueKeysAreCheckedAndUpperCased() {
    ToolArguments arguments = ToolArguments.of(io.github.atlassianmcp.server.tools.jira.JiraGetIssueTool.DEFINITION,
        Map.of("issue_key", " proj-12 "));
    assertEquals("PROJ-12", arguments.issueKey("issue_key"));
    ToolArguments bad = ToolArguments.of(io.github.atlassianmcp.server.tools.jira.JiraGetIssueTool.DEFINITION,
        Map.of("issue_key", "12"));
    assertEquals("issue_key must be an issue key like PROJ-123 (project key, dash, number), got \"12\".",
        problem(() -> bad.issueKey("issue_key")));
  }

  @Test
  void hugeTextIsRefusedBeforeAnyParsing() {
    ToolArguments arguments = ToolArguments.of(io.github.atlassianmcp.server.tools.jira.JiraAddCommentTool.DEFINITION,
        Map.of("issue_key", "PROJ-1", "comment", "x".repeat(ToolArguments.MAX_TEXT + 1)));
    assertEquals("comment is 100001 characters long; at most 100000 are accepted (Jira keeps at most 32,767"
        + " characters in a field). Shorten it or split it.", problem(() -> arguments.requiredText("comment", "x")));
  }

  @Test
  void booleansAndChoices() {
    ToolArguments arguments = ToolArguments.of(io.github.atlassianmcp.server.tools.servicedesk
        .ServiceDeskListRequestsTool.DEFINITION, Map.of("status", "Closed"));
    assertEquals("closed", arguments.choice("status", List.of("open", "closed", "all")).orElseThrow());
    ToolArguments wrong = ToolArguments.of(io.github.atlassianmcp.server.tools.servicedesk
        .ServiceDeskListRequestsTool.DEFINITION, Map.of("status", "pending"));
    assertEquals("status must be one of open, closed, all, got \"pending\".",
        problem(() -> wrong.choice("status", List.of("open", "closed", "all"))));
  }
}
