package io.github.atlassianmcp.server.tools.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.client.AtlassianDateTimeAdapter;
import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.SiteRest;
import io.github.atlassianmcp.specs.AdfValidator;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JiraAddWorklogToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  void timeIsLoggedWithItsStartAndComment() {
    String answer = SERVER.text("jira_add_worklog", Map.of("issue_key", "DEMO-1", "time_spent", "1H30m",
        "started", "2026-11-20T09:00:00+01:00", "comment", "Paired on the fix"));
    assertTrue(answer.startsWith("Logged 1h 30m on DEMO-1, started 2026-11-20 09:00 +01:00"), answer);

    JsonArray worklogs = new SiteRest(SERVER.sandbox()).get("/rest/api/3/issue/DEMO-1/worklog").getAsJsonObject()
        .getAsJsonArray("worklogs");
    JsonObject last = worklogs.get(worklogs.size() - 1).getAsJsonObject();
    assertEquals(5400, last.get("timeSpentSeconds").getAsInt());
    assertEquals(OffsetDateTime.parse("2026-11-20T09:00:00+01:00").toInstant(),
        AtlassianDateTimeAdapter.parse(last.get("started").getAsString()).toInstant());
    assertEquals(List.of(), new AdfValidator().problems(last.get("comment").toString()));
  }

  @Test
  void aDurationJiraWouldNotReadIsRefused() {
    String error = SERVER.error("jira_add_worklog", Map.of("issue_key", "DEMO-1", "time_spent", "an hour"));
    assertTrue(error.contains("time_spent must be a Jira duration like \"1h 30m\""), error);
  }
}
