package io.github.atlassianmcp.server.tools.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ServiceDeskGetRequestToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  @SuppressWarnings("unchecked")
  void oneRequestWithItsSlasAndCommentsInternalOnesMarked() {
    ToolCall call = SERVER.call("servicedesk_get_request", Map.of("issue_key", "SUP-2"));
    String text = call.text();
    assertTrue(text.startsWith("# SUP-2: API returns 500 on POST /v1/payments"), text);
    assertTrue(text.contains("## SLAs\n- Time to first response: "), text);
    assertTrue(text.contains("## Comments (3)"), text);
    assertTrue(text.contains("(internal)"), text);
    assertTrue(text.contains("Internal: correlates with the 08:58 deploy"), text);
    assertEquals("SUP-2", ((Map<String, Object>) call.structured().get("request")).get("key"));
    List<Map<String, Object>> comments = (List<Map<String, Object>>) call.structured().get("comments");
    assertTrue(comments.stream().anyMatch(c -> Boolean.TRUE.equals(c.get("internal"))), comments.toString());
  }

  @Test
  void aMissingRequestIsNamed() {
    assertEquals("SUP-999 does not exist or you cannot see it.",
        SERVER.error("servicedesk_get_request", Map.of("issue_key", "SUP-999")));
  }
}
