package io.github.atlassianmcp.server.tools.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.seed.SeedUsers;
import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.SiteRest;
import io.github.atlassianmcp.server.testkit.ToolCall;
import io.github.atlassianmcp.specs.AdfValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JiraUpdateIssueToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  private static JsonObject fields(String key) {
    return new SiteRest(SERVER.sandbox()).get("/rest/api/3/issue/" + key).getAsJsonObject()
        .getAsJsonObject("fields");
  }

  private static String assignee(String key) {
    JsonElement assignee = fields(key).get("assignee");
    return assignee == null || assignee.isJsonNull() ? null : assignee.getAsJsonObject().get("accountId").getAsString();
  }

  private static List<String> labels(String key) {
    List<String> labels = new ArrayList<>();
    fields(key).getAsJsonArray("labels").forEach(label -> labels.add(label.getAsString()));
    return labels;
  }

  @Test
  void anUpdateWithOnlyASummaryKeepsTheDescription() {
    Matcher created = Pattern.compile("DEMO-[0-9]+").matcher(SERVER.text("jira_create_issue", Map.of(
        "project_key", "DEMO", "summary", "Before the rename", "description", "Keep **this** text.\n\n- and this list")));
    assertTrue(created.find());
    String key = created.group();

    ToolCall call = SERVER.call("jira_update_issue", Map.of("issue_key", key, "summary", "Renamed by the agent"));

    assertEquals("Updated " + key + ": summary \"Renamed by the agent\".", call.text());
    assertEquals(1, call.exchanges().size(), "a summary needs no metadata: " + call.exchanges());
    String after = SERVER.text("jira_get_issue", Map.of("issue_key", key, "comments", 0));
    assertTrue(after.startsWith("# " + key + ": Renamed by the agent\n"), after);
    assertTrue(after.endsWith("## Description\nKeep **this** text.\n\n- and this list"), after);
  }

  @Test
  void theDescriptionIsReplacedAsMarkdown() {
    assertEquals("Updated DEMO-4: description.", SERVER.text("jira_update_issue",
        Map.of("issue_key", "DEMO-4", "description", "New *plan*:\n\n1. one\n2. two")));
    String after = SERVER.text("jira_get_issue", Map.of("issue_key", "DEMO-4", "comments", 0));
    assertTrue(after.endsWith("## Description\nNew *plan*:\n\n1. one\n2. two"), after);
  }

  @Test
  void nothingToChangeIsSaidAndNothingSent() {
    ToolCall call = SERVER.call("jira_update_issue", Map.of("issue_key", "DEMO-4"));
    assertTrue(call.text().startsWith("Invalid arguments for jira_update_issue: Give at least one of summary, "
        + "description, assignee,"), call.text());
    assertEquals(List.of(), call.exchanges());
  }

  @Test
  void theAssigneeIsNamedByNameMeEmailOrNone() {
    assertEquals("Updated PROJ-20: assignee Priya Natarajan.",
        SERVER.text("jira_update_issue", Map.of("issue_key", "PROJ-20", "assignee", "Priya")));
    assertEquals(SeedUsers.PRIYA, assignee("PROJ-20"));

    assertEquals("Updated PROJ-20: assignee Morgan Lee.",
        SERVER.text("jira_update_issue", Map.of("issue_key", "PROJ-20", "assignee", "me")));
    assertEquals(SeedUsers.CURRENT, assignee("PROJ-20"));

    assertEquals("Updated PROJ-20: assignee Amara Okafor.",
        SERVER.text("jira_update_issue", Map.of("issue_key", "PROJ-20", "assignee", "amara.okafor@example.com")));
    assertEquals(SeedUsers.AMARA, assignee("PROJ-20"));

    assertEquals("Updated PROJ-20: assignee Jonas Berg.",
        SERVER.text("jira_update_issue", Map.of("issue_key", "PROJ-20", "assignee", SeedUsers.JONAS)));
    assertEquals(SeedUsers.JONAS, assignee("PROJ-20"));

    assertEquals("Updated PROJ-20: assignee none.",
        SERVER.text("jira_update_issue", Map.of("issue_key", "PROJ-20", "assignee", "none")));
    assertEquals(null, assignee("PROJ-20"));
  }

  @Test
  void aNameOfSeveralPeopleListsThemAndSendsNothing() {
    String before = assignee("PROJ-21");
    ToolCall call = SERVER.call("jira_update_issue", Map.of("issue_key", "PROJ-21", "assignee", "Morgan",
        "summary", "Not saved either"));

    assertTrue(call.isError());
    assertTrue(call.text().contains("assignee: several people match \"Morgan\": "), call.text());
    assertTrue(call.text().contains("Morgan Lee <morgan.lee@example.com> (" + SeedUsers.CURRENT + ")")
        && call.text().contains("Morgan Hale <morgan.hale@example.com> (" + SeedUsers.MORGAN_HALE + ")"), call.text());
    assertTrue(call.text().endsWith("Give the email or account ID of the one you mean; nothing was changed."),
        call.text());
    assertFalse(call.wrote(), call.exchanges().toString());
    assertEquals(List.of(), call.requests("PUT", "/issue/"));
    assertEquals(before, assignee("PROJ-21"));

    String nobody = SERVER.error("jira_update_issue", Map.of("issue_key", "PROJ-21", "assignee", "Zelda"));
    assertTrue(nobody.contains("no one matches \"Zelda\" among the people who can be assigned PROJ-21"), nobody);
    String hidden = SERVER.error("jira_update_issue", Map.of("issue_key", "PROJ-21",
        "assignee", "jonas.berg@example.com"));
    assertTrue(hidden.contains("people who hide their email cannot be found by it"), hidden);
  }

  @Test
  void labelsAddedAndRemovedKeepTheOthers() {
    SERVER.text("jira_update_issue", Map.of("issue_key", "PROJ-22", "labels", List.of("alpha", "beta", "gamma")));
    assertEquals(List.of("alpha", "beta", "gamma"), labels("PROJ-22"));

    ToolCall call = SERVER.call("jira_update_issue", Map.of("issue_key", "PROJ-22",
        "add_labels", List.of("payments"), "remove_labels", List.of("beta")));

    assertEquals("Updated PROJ-22: labels +payments -beta.", call.text());
    assertEquals(List.of("alpha", "gamma", "payments"), labels("PROJ-22").stream().sorted().toList());
    String sent = call.requests("PUT", "/issue/PROJ-22").get(0).requestBody();
    assertTrue(sent.contains("\"update\":{\"labels\":[{\"add\":\"payments\"},{\"remove\":\"beta\"}]}"), sent);

    String both = SERVER.error("jira_update_issue", Map.of("issue_key", "PROJ-22", "labels", List.of("x"),
        "add_labels", List.of("y")));
    assertTrue(both.contains("give it or add_labels/remove_labels, not both"), both);
  }

  @Test
  void customFieldsPriorityComponentsAndVersionsGoByName() {
    ToolCall call = SERVER.call("jira_update_issue", Map.of("issue_key", "PROJ-23", "priority", "high",
        "components", List.of("API", "Payments"), "fix_versions", List.of("3.0.0"), "due_date", "2030-01-31",
        "fields", Map.of("Story Points", 5, "team", "Platform")));

    assertFalse(call.isError(), call.text());
    JsonObject fields = fields("PROJ-23");
    assertEquals("High", fields.getAsJsonObject("priority").get("name").getAsString());
    assertEquals(5, fields.get("customfield_10016").getAsInt());
    assertEquals("Platform", fields.getAsJsonObject("customfield_10040").get("value").getAsString());
    assertEquals("2030-01-31", fields.get("duedate").getAsString());
    assertEquals(List.of("API", "Payments"), names(fields.getAsJsonArray("components")));
    assertEquals(List.of("3.0.0"), names(fields.getAsJsonArray("fixVersions")));
    assertTrue(call.text().contains("Story Points 5") && call.text().contains("Team Platform"), call.text());
  }

  @Test
  void aWrongOptionListsTheAllowedValuesAndSendsNothing() {
    ToolCall call = SERVER.call("jira_update_issue", Map.of("issue_key", "PROJ-24",
        "fields", Map.of("Team", "Marketing")));
    assertTrue(call.isError());
    assertEquals("Invalid arguments for jira_update_issue: Team (customfield_10040): \"Marketing\" is not one of its"
        + " values. Allowed: Payments, Platform, Mobile, Growth.", call.text());
    assertEquals(List.of(), call.requests("PUT", "/issue/"));

    ToolCall several = SERVER.call("jira_update_issue", Map.of("issue_key", "PROJ-24", "priority", "Urgent",
        "fields", Map.of("Story Pointz", 3)));
    assertTrue(several.text().contains("Nothing was sent:\n- "), several.text());
    assertTrue(several.text().contains("Priority: \"Urgent\" is not one of its values. Allowed: Highest, High,"),
        several.text());
    assertTrue(several.text().contains("No field \"Story Pointz\" can be set on PROJ-24. Did you mean: Story Points?"),
        several.text());
    assertEquals(List.of(), several.requests("PUT", "/issue/"));
    assertEquals(List.of(), several.requests("GET", "/editmeta"), "the edit metadata is kept for a while");
  }

  @Test
  void aDescriptionMentionsThePeopleItNames() {
    SERVER.text("jira_update_issue", Map.of("issue_key", "PROJ-25", "description",
        "Ask @Priya Natarajan or @amara.okafor@example.com; not @Morgan (two) nor @Zelda, nor `@Priya Natarajan`."));
    JsonObject description = fields("PROJ-25").getAsJsonObject("description");
    assertEquals(List.of(), new AdfValidator().problems(description.toString()));
    JsonArray inline = description.getAsJsonArray("content").get(0).getAsJsonObject().getAsJsonArray("content");
    List<String> mentions = new ArrayList<>();
    inline.forEach(node -> {
      if (node.getAsJsonObject().get("type").getAsString().equals("mention")) {
        mentions.add(node.getAsJsonObject().getAsJsonObject("attrs").get("id").getAsString());
      }
    });
    assertEquals(List.of(SeedUsers.PRIYA, SeedUsers.AMARA), mentions);
    String read = SERVER.text("jira_get_issue", Map.of("issue_key", "PROJ-25", "comments", 0));
    assertTrue(read.contains("Ask @Priya Natarajan or @Amara Okafor; not @Morgan (two) nor @Zelda, nor "
        + "`@Priya Natarajan`."), read);
  }

  private static List<String> names(JsonArray array) {
    List<String> names = new ArrayList<>();
    array.forEach(item -> names.add(item.getAsJsonObject().get("name").getAsString()));
    return names;
  }
}
