package io.github.atlassianmcp.server.tools.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.seed.SeedUsers;
import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.SiteRest;
import io.github.atlassianmcp.server.testkit.ToolCall;
import io.github.atlassianmcp.specs.AdfValidator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JiraCreateIssueToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  private static final Pattern CREATED = Pattern.compile("^Created (DEMO-[0-9]+) \\(Task\\): ");

  @Test
  void markdownIsWrittenAsSchemaValidAdfAndReadsBackTheSame() {
    String markdown = """
        ## Plan
        We need **retries** with backoff, see [the design](https://example.com/design).

        - Client
          - add a retry policy
          - log each attempt
        - Server
          1. answer 429
          2. send Retry-After

        ```java
        RetryPolicy policy = RetryPolicy.standard();
        ```

        | Attempt | Wait |
        |---|---|
        | 1 | 1 s |
        | 2 | 2 s |
        """;
    String created = SERVER.text("jira_create_issue", Map.of("project_key", "demo",
        "summary", "Retries for the client", "description", markdown, "issue_type", "Task"));
    Matcher key = CREATED.matcher(created);
    assertTrue(key.find(), created);
    assertTrue(created.contains("/browse/" + key.group(1)), created);

    JsonObject stored = new SiteRest(SERVER.sandbox()).get("/rest/api/3/issue/" + key.group(1)
        + "?fields=description").getAsJsonObject().getAsJsonObject("fields").getAsJsonObject("description");
    assertEquals(List.of(), new AdfValidator().problems(stored.toString()));

    String text = SERVER.text("jira_get_issue", Map.of("issue_key", key.group(1)));
    for (String construct : List.of("## Plan", "**retries**", "[the design](https://example.com/design)",
        "- Client\n  - add a retry policy\n  - log each attempt", "  1. answer 429", "```java\nRetryPolicy policy",
        "| Attempt | Wait |", "| 2 | 2 s |")) {
      assertTrue(text.contains(construct), "missing " + construct + " in:\n" + text);
    }
  }

  @Test
  void aNewIssueTakesAnAssigneeLabelsAParentAndFieldsByName() {
    SiteRest site = new SiteRest(SERVER.sandbox());
    String epic = site.get("/rest/api/3/search/jql?jql=project%3DPROJ%20AND%20issuetype%3DEpic&fields=summary")
        .getAsJsonObject().getAsJsonArray("issues").get(0).getAsJsonObject().get("key").getAsString();

    ToolCall call = SERVER.call("jira_create_issue", Map.of("project_key", "PROJ", "summary", "Retry refunds",
        "issue_type", "Story", "assignee", "Priya", "labels", List.of("payments", "backend"), "parent", epic,
        "priority", "High", "fields", Map.of("Story Points", 3, "Team", "Payments")));

    Matcher created = Pattern.compile("^Created (PROJ-[0-9]+) \\(Story\\): Retry refunds\nWith assignee Priya "
        + "Natarajan; priority High; labels payments, backend; parent " + epic + "; (Story Points 3|Team Payments); "
        + "(Story Points 3|Team Payments)\\.\n").matcher(call.text());
    assertTrue(created.find(), call.text());
    JsonObject fields = site.get("/rest/api/3/issue/" + created.group(1)).getAsJsonObject().getAsJsonObject("fields");
    assertEquals(SeedUsers.PRIYA, fields.getAsJsonObject("assignee").get("accountId").getAsString());
    assertEquals(List.of("backend", "payments"), fields.getAsJsonArray("labels").asList().stream()
        .map(label -> label.getAsString()).sorted().toList());
    assertEquals(epic, fields.getAsJsonObject("parent").get("key").getAsString());
    assertEquals("High", fields.getAsJsonObject("priority").get("name").getAsString());
    assertEquals(3, fields.get("customfield_10016").getAsInt());
    assertEquals("Payments", fields.getAsJsonObject("customfield_10040").get("value").getAsString());
    assertEquals(1, call.requests("POST", "/rest/api/3/issue").size());
  }

  @Test
  void aFieldTheCreateScreenLacksIsNamedBeforeSending() {
    ToolCall call = SERVER.call("jira_create_issue", Map.of("project_key", "DEMO", "summary", "x",
        "fields", Map.of("Sprint Goal", "ship it")));
    assertTrue(call.text().endsWith("No field \"Sprint Goal\" can be set on Task in DEMO. Did you mean: Sprint?"),
        call.text());
    assertEquals(List.of(), call.requests("POST", "/rest/api/3/issue"));

    ToolCall type = SERVER.call("jira_create_issue", Map.of("project_key", "DEMO", "summary", "x",
        "issue_type", "Unicorn", "priority", "High"));
    assertTrue(type.text().contains("issue_type \"Unicorn\" is not an issue type of DEMO. Its issue types: "),
        type.text());
    assertEquals(List.of(), type.requests("POST", "/rest/api/3/issue"));
  }

  @Test
  void anUnknownIssueTypeListsTheValidOnes() {
    String error = SERVER.error("jira_create_issue", Map.of("project_key", "DEMO", "summary", "x",
        "issue_type", "Unicorn"));
    assertTrue(error.startsWith("Jira rejected the request: "), error);
    assertTrue(error.contains("Issue types in DEMO: "), error);
  }

  @Test
  void aSummaryOfTwoLinesIsRefusedBeforeSending() {
    ToolCall call = SERVER.call("jira_create_issue", Map.of("project_key", "DEMO", "summary", "one\ntwo"));
    assertEquals("Invalid arguments for jira_create_issue: summary must be one line (no line breaks), got"
        + " \"one\\ntwo\".", call.text());
    assertEquals(List.of(), call.exchanges());
  }
}
