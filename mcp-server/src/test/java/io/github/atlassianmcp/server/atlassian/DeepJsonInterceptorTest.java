package io.github.atlassianmcp.server.atlassian;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.atlassianmcp.server.ServerAssembly;
import io.github.atlassianmcp.server.config.ServerConfig;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ADF nested deeper than Gson reads: the deep part becomes its text, the rest of the answer stays. */
class DeepJsonInterceptorTest {

  @TempDir
  Path home;

  @Test
  void anIssueWhoseDescriptionNests300LevelsDeepIsReadWithItsText() {
    WireMockServer jira = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    jira.start();
    try {
      jira.stubFor(get(urlPathEqualTo("/rest/api/3/issue/PROJ-1")).willReturn(json("{\"id\":\"10001\","
          + "\"key\":\"PROJ-1\",\"fields\":{\"summary\":\"Deep lists\",\"status\":{\"name\":\"To Do\"},"
          + "\"description\":" + nestedLists(300, "bottom line") + "}}")));
      jira.stubFor(get(urlPathEqualTo("/rest/api/3/issue/PROJ-1/comment")).willReturn(json(
          "{\"startAt\":0,\"maxResults\":5,\"total\":0,\"comments\":[]}")));
      ServerConfig config = ServerConfig.fromEnvironment(Map.of(ServerConfig.SITE_URL, jira.baseUrl(),
          ServerConfig.EMAIL, "a@example.com", ServerConfig.API_TOKEN, "token"), home);
      ServerAssembly assembly = ServerAssembly.builder(config).build();

      ToolResult result = assembly.handler().handle("jira_get_issue",
          Map.of("issue_key", "PROJ-1"), ToolContext.NONE);

      assertFalse(result.error(), result.text());
      assertTrue(result.text().contains("PROJ-1: Deep lists"), result.text());
      assertTrue(result.text().contains("- level 0"), "the shallow part keeps its form: " + result.text());
      assertTrue(result.text().contains("level 299") && result.text().contains("bottom line"),
          "the deep part keeps its text: " + result.text());
    } finally {
      jira.stop();
    }
  }

  @Test
  void onlyThePartBeyondTheLimitChangesAndEverythingElseIsKeptExactly() {
    String body = "{\"n\":12345678901234567890.50,\"s\":\"[{\\\"x\\\": \\u00e9\",\"z\":null,\"t\":true,"
        + "\"doc\":" + nestedLists(30, "end") + "}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    assertFalse(DeepJsonInterceptor.maxDepthExceeds(bytes, 200), "brackets inside strings do not count");
    assertTrue(DeepJsonInterceptor.maxDepthExceeds(bytes, 20));

    byte[] flattened = DeepJsonInterceptor.flatten(bytes, 20);
    String text = new String(flattened, StandardCharsets.UTF_8);
    JsonObject flat = JsonParser.parseString(text).getAsJsonObject();

    assertTrue(text.startsWith("{\"n\":12345678901234567890.50,"), "numbers are copied as written: " + text);
    assertEquals("[{\"x\": é", flat.get("s").getAsString());
    assertTrue(flat.get("z").isJsonNull());
    assertTrue(flat.get("t").getAsBoolean());
    assertFalse(DeepJsonInterceptor.maxDepthExceeds(flattened, 22));
    assertTrue(text.contains("{\"type\":\"text\",\"text\":\"level 3\"}"), "above the limit nodes stay: " + text);
    assertTrue(text.contains("[{\"type\":\"text\",\"text\":\"level 4\\nlevel 5\\n"), text);
    assertTrue(text.contains("level 29\\nend\"}]"), text);
  }

  @Test
  void aBodyThatIsNotJsonAfterAllIsLeftAsItCame() {
    byte[] broken = ("{\"a\":" + "[".repeat(300) + "1,}").getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(broken, DeepJsonInterceptor.flatten(broken, 200));
  }

  /** An ADF document of {@code depth} bullet lists, each holding a paragraph "level i" and the next list. */
  private static String nestedLists(int depth, String bottom) {
    StringBuilder open = new StringBuilder("{\"type\":\"doc\",\"version\":1,\"content\":[");
    StringBuilder close = new StringBuilder("]}");
    for (int i = 0; i < depth; i++) {
      open.append("{\"type\":\"bulletList\",\"content\":[{\"type\":\"listItem\",\"content\":[{\"type\":\"paragraph\","
          + "\"content\":[{\"type\":\"text\",\"text\":\"level ").append(i).append("\"}]},");
      close.insert(0, "]}]}");
    }
    open.append("{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"").append(bottom)
        .append("\"}]}");
    return open.append(close).toString();
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json;charset=UTF-8").withBody(body);
  }
}
