package io.github.atlassianmcp.server.tools.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.atlassianmcp.sandbox.seed.SeedUsers;
import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JiraFindUsersToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  void peopleAreFoundByTheStartOfANameWithTheirVisibleEmail() {
    ToolCall call = SERVER.call("jira_find_users", Map.of("query", "morgan"));
    assertEquals("- Morgan Lee <morgan.lee@example.com> (" + SeedUsers.CURRENT + ")\n"
        + "- Morgan Hale <morgan.hale@example.com> (" + SeedUsers.MORGAN_HALE + ")", call.text());
    assertEquals(Map.of("name", "Morgan Hale", "account_id", SeedUsers.MORGAN_HALE, "email", "morgan.hale@example.com"),
        ((List<?>) call.structured().get("users")).get(1));
  }

  @Test
  void aHiddenEmailIsLeftOut() {
    assertEquals("- Jonas Berg (" + SeedUsers.JONAS + ")", SERVER.text("jira_find_users", Map.of("query", "jonas")));
  }

  @Test
  void nobodyIsSaid() {
    assertEquals("No active person's name or visible email starts with \"diego\".",
        SERVER.text("jira_find_users", Map.of("query", "diego")));
  }
}
