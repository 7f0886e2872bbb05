package io.github.atlassianmcp.server.tools.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthenticateAtlassianToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  void whenSignedInItSaysWhoAndWhereWithoutABrowser() {
    ToolCall call = SERVER.call("authenticate_atlassian", Map.of());
    assertTrue(call.text().contains(SERVER.sandbox().currentUser().displayName()), call.text());
    assertEquals(List.of(), call.exchanges(), "no product call is needed to say so");
  }

  @Test
  void forceMustBeABoolean() {
    assertEquals("Invalid arguments for authenticate_atlassian: force must be true or false, got \"soon\".",
        SERVER.error("authenticate_atlassian", Map.of("force", "soon")));
  }
}
