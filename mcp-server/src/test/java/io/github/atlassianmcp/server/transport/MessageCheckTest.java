package io.github.atlassianmcp.server.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageCheckTest {

  private static final McpJsonMapper MAPPER = McpJsonDefaults.getMapper();
  private static final ToolNames TOOLS = new ToolNames(
      Set.of("jira_search", "jira_get_issue", "confluence_search", "jira_create_issue"),
      List.of("jira_search", "jira_get_issue", "confluence_search"));

  private MessageCheck check;

  @BeforeEach
  void initialized() {
    check = new MessageCheck(MAPPER, new RequestParams(MAPPER, TOOLS));
    assertTrue(check("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
        + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}").pass());
    assertTrue(check("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}").pass());
  }

  @ParameterizedTest(name = "id {0}")
  @ValueSource(strings = {"1.5", "null", "{}", "[]", "true", "18446744073709551621", "1e3"})
  void anIdOfTheWrongTypeIsAnsweredWithIdNull(String id) {
    MessageCheck.Verdict verdict = check("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"ping\"}");
    JsonObject error = onlyError(verdict, -32600);
    assertTrue(error.getAsJsonObject("error").get("message").getAsString().contains("\"id\" must be a string or "
        + "an integer"), error.toString());
  }

  @Test
  void validMessagesPassWithTheIdOfTheirRequest() {
    MessageCheck.Verdict request = check("{\"jsonrpc\":\"2.0\",\"id\":9223372036854775807,\"method\":\"ping\"}");
    assertTrue(request.pass());
    assertEquals(Long.MAX_VALUE, request.requestId());
    assertEquals("a", check("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"tools/list\",\"params\":{}}")
        .requestId());
    MessageCheck.Verdict notification = check("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    assertTrue(notification.pass());
    assertNull(notification.requestId());
    assertTrue(check("{\"jsonrpc\":\"2.0\",\"id\":4,\"result\":{}}").pass(), "a client's response");
    assertTrue(check("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"jira_search\","
        + "\"arguments\":{\"jql\":\"x\"}}}").pass());
    assertTrue(check("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":"
        + "\"jira_create_issue\"}}").pass(), "a disabled tool still reaches the tool, which says why it is off");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"{\"foo\":\"boo\"}", "{\"jsonrpc\":\"2.0\"}", "{\"jsonrpc\":\"2.0\",\"id\":3}", "\"text\"",
      "42", "null", "true"})
  void jsonThatIsNoJsonRpcMessageIsAnInvalidRequest(String line) {
    onlyError(check(line), -32600);
  }

  @Test
  void aRequestWithoutJsonrpcIsAnsweredWithItsId() {
    JsonObject error = onlyError(check("{\"id\":3,\"method\":\"ping\"}"), -32600, 3);
    assertTrue(error.toString().contains("jsonrpc"), error.toString());
    onlyError(check("{\"jsonrpc\":\"1.0\",\"id\":\"x\",\"method\":\"ping\"}"), -32600, "x");
    onlyError(check("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":7}"), -32600, 4);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"{'jsonrpc':'2.0','id':1,'method':'ping'}", "{\"jsonrpc\":\"2.0\",\"id\":NaN,"
      + "\"method\":\"ping\"}", "{jsonrpc:\"2.0\",id:1,method:\"ping\"}", "this line is not JSON", "{\"jsonrpc\":"})
  void lenientOrBrokenJsonIsAParseError(String line) {
    JsonObject error = onlyError(check(line), -32700);
    assertTrue(error.toString().contains("not valid JSON"), error.toString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"} // comment",
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",}",
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}"})
  void aParseErrorCarriesTheIdWhenItCouldBeFound(String line) {
    onlyError(check(line), -32700, 1);
  }

  @Test
  void batchesAreRefusedWithAnAnswerForEachRequestInThem() {
    MessageCheck.Verdict batch = check("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"},{\"jsonrpc\":\"2.0\","
        + "\"method\":\"notifications/initialized\"},{\"jsonrpc\":\"2.0\",\"id\":\"b\",\"method\":\"tools/list\"}]");
    assertFalse(batch.pass());
    assertEquals(List.of("1", "\"b\""), batch.replies().stream()
        .map(reply -> JsonParser.parseString(reply).getAsJsonObject().get("id").toString()).toList());
    onlyError(check("[]"), -32600);
    onlyError(check("[1, 2]"), -32600);
  }

  @Test
  void paramsThatAreNotAnObjectAreInvalidParamsWithoutInternalNames() {
    JsonObject error = onlyError(check("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":[\"x\"]}"),
        -32602, 5);
    String message = error.getAsJsonObject("error").get("message").getAsString();
    assertEquals("Invalid params: params must be a JSON object (or left out), not an array.", message);
    for (String line : List.of(
        "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":5}}",
        "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"jira_search\","
            + "\"arguments\":[1]}}",
        "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/list\",\"params\":{\"cursor\":[]}}",
        "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"logging/setLevel\",\"params\":{\"level\":\"loud\"}}",
        "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"initialize\",\"params\":{\"capabilities\":{\"roots\":5},"
            + "\"clientInfo\":{\"name\":\"x\",\"version\":\"1\"},\"protocolVersion\":\"2025-06-18\"}}",
        "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"ping\",\"params\":\"x\"}")) {
      String text = onlyError(check(line), -32602, 5).toString();
      assertFalse(text.contains("modelcontextprotocol") || text.contains("jackson") || text.contains("Exception")
          || text.contains("null"), text);
    }
  }

  @Test
  void anUnknownToolIsNamedWithTheClosestRealOnes() {
    JsonObject error = onlyError(check("{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/call\",\"params\":{"
        + "\"name\":\"jira_serch\",\"arguments\":{}}}"), -32602, 6);
    assertEquals("Unknown tool \"jira_serch\". Closest: jira_search, jira_get_issue, confluence_search "
        + "(tools/list has them all).", error.getAsJsonObject("error").get("message").getAsString());
    String search = onlyError(check("{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/call\",\"params\":{\"name\":"
        + "\"search\"}}"), -32602, 6).toString();
    assertTrue(search.contains("Closest: jira_search, confluence_search"), search);
    String huge = onlyError(check("{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/call\",\"params\":{\"name\":\""
        + "x".repeat(100_000) + "\"}}"), -32602, 6).toString();
    assertTrue(huge.length() < 400, "a huge name is not echoed back whole: " + huge.length());
  }

  @Test
  void requestsBeforeTheSessionIsInitializedAreAnsweredNotHeld() {
    MessageCheck fresh = new MessageCheck(MAPPER, new RequestParams(MAPPER, TOOLS));
    String list = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}";
    String ping = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}";
    assertTrue(onlyError(fresh.check(bytes(list)), -32600, 1).toString().contains("send initialize, then the "
        + "notifications/initialized notification first"));
    assertEquals(List.of("{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{}}"), fresh.check(bytes(ping)).replies());

    assertTrue(fresh.check(bytes("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{}}")).pass());
    assertTrue(onlyError(fresh.check(bytes(list)), -32600, 1).toString().contains("send the "
        + "notifications/initialized notification first"));
    assertFalse(fresh.check(bytes(ping)).pass(), "the SDK would hold a ping until the session is initialized");

    assertTrue(fresh.check(bytes("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}")).pass());
    assertTrue(fresh.check(bytes(list)).pass());
    assertTrue(fresh.check(bytes(ping)).pass());
  }

  @Test
  void brokenResponsesAndNotificationsAreDroppedNeverAnswered() {
    for (String line : List.of("{\"jsonrpc\":\"2.0\",\"id\":1.5,\"result\":{}}",
        "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"x\"}}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{},\"error\":{\"code\":1,\"message\":\"x\"}}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":[1]}")) {
      MessageCheck.Verdict verdict = check(line);
      assertFalse(verdict.pass(), line);
      assertEquals(List.of(), verdict.replies(), line);
    }
  }

  @Test
  void aMessageBeyondTheParsersLimitsIsAnsweredWithItsId() {
    String deep = "[".repeat(600) + "]".repeat(600);
    JsonObject error = onlyError(check("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"tools/call\",\"params\":{\"name\":"
        + "\"jira_search\",\"arguments\":{\"jql\":" + deep + "}}}"), -32700, 8);
    assertTrue(error.toString().contains("limits"), error.toString());
  }

  @Test
  void aTooLargeMessageIsAnsweredWithItsIdWhereverTheIdIs() {
    // The TypeScript SDK writes the id last.
    String line = "{\"method\":\"tools/call\",\"params\":{\"name\":\"jira_search\",\"arguments\":{\"jql\":\""
        + "x".repeat(1000) + "\"}},\"jsonrpc\":\"2.0\",\"id\":41}";
    MessageCheck.Verdict verdict = check.tooLarge(new ByteArrayInputStream(bytes(line)), 16 * 1024 * 1024);
    JsonObject error = onlyError(verdict, -32600, 41);
    assertTrue(error.toString().contains("larger than 16 MB"), error.toString());
    onlyError(check.tooLarge(new ByteArrayInputStream(bytes("{\"id\":41,\"result\":{\"x\":\"" + "y".repeat(50))),
        100), -32600);
  }

  private MessageCheck.Verdict check(String line) {
    return check.check(bytes(line));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The one reply of a refused line: an error with {@code code} and id null. */
  private static JsonObject onlyError(MessageCheck.Verdict verdict, int code) {
    return onlyError(verdict, code, null);
  }

  private static JsonObject onlyError(MessageCheck.Verdict verdict, int code, Object id) {
    assertFalse(verdict.pass());
    assertEquals(1, verdict.replies().size(), verdict.replies().toString());
    JsonObject reply = JsonParser.parseString(verdict.replies().get(0)).getAsJsonObject();
    assertEquals("2.0", reply.get("jsonrpc").getAsString());
    assertEquals(code, reply.getAsJsonObject("error").get("code").getAsInt(), reply.toString());
    JsonElement replyId = reply.get("id");
    if (id == null) {
      assertTrue(replyId.isJsonNull(), reply.toString());
    } else if (id instanceof String text) {
      assertEquals(text, replyId.getAsString());
    } else {
      assertEquals(((Number) id).longValue(), replyId.getAsLong());
    }
    return reply;
  }
}
