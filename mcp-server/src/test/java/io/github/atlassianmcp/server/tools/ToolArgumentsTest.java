package io.github.atlassianmcp.server.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The argument reader checks every call against the tool's input schema, and says what to fix. */
class ToolArgumentsTest {

  private static final ToolDefinition TOOL = ToolDefinition.builder("sample_tool")
      .title("Sample")
      .description("A tool for these tests. Example: issue_key=\"PROJ-1\".")
      .input(InputSchema.object()
          .issueKey("issue_key", "PROJ-123")
          .string("jql", "The JQL query.")
          .integer("max_results", "Issues to return.", 1, 100, 50)
          .bool("force", "Do it anyway.", false)
          .stringList("fields", "Extra field ids.", 3)
          .stringList("keys", "Issue keys.", 5, items -> items.pattern(InputSchema.ISSUE_KEY_PATTERN))
          .string("status", "Which requests.", s -> s.oneOf("open", "closed", "all").defaultValue("open"))
          .string("summary", "One line.", s -> s.maxLength(10).pattern(InputSchema.ONE_LINE_PATTERN))
          .string("comment", "Markdown.")
          .map("extra", "Fields by name.", 2)
          .required("issue_key")
          .build())
      .writes(false, false)
      .build();

  private static ToolArguments args(Map<String, Object> values) {
    Map<String, Object> withKey = new HashMap<>(values);
    withKey.putIfAbsent("issue_key", "PROJ-1");
    return ToolArguments.check(TOOL, withKey);
  }

  private static String problem(Map<String, Object> values) {
    return assertThrows(ToolInputException.class, () -> args(values)).getMessage();
  }

  @Test
  void anUnknownArgumentIsNamedWithTheOnesThatExist() {
    assertEquals("Unknown argument query: sample_tool takes issue_key, jql, max_results, force, fields, keys, status,"
        + " summary, comment, extra.", problem(Map.of("query", "x")));
  }

  @Test
  void aMissingRequiredArgumentIsNamedWithWhatItIs() {
    Map<String, Object> none = new HashMap<>();
    none.put("issue_key", null);
    assertEquals("Missing argument issue_key: issue key, e.g. PROJ-123.",
        assertThrows(ToolInputException.class, () -> ToolArguments.check(TOOL, none)).getMessage());
    assertEquals("Missing argument issue_key: issue key, e.g. PROJ-123.",
        assertThrows(ToolInputException.class, () -> ToolArguments.check(TOOL, Map.of("issue_key", "  ")))
            .getMessage());
  }

  @Test
  void defaultsComeFromTheSchema() {
    ToolArguments arguments = args(Map.of());
    assertEquals(50, arguments.integer("max_results"));
    assertFalse(arguments.bool("force"));
    assertEquals("open", arguments.requiredString("status"));
    assertEquals(List.of(), arguments.strings("fields"));
    assertTrue(arguments.string("jql").isEmpty());
    assertFalse(arguments.has("max_results"));
  }

  @Test
  void numbersMayComeAsTextButMustBeWholeAndInRange() {
    assertEquals(25, args(Map.of("max_results", "25")).integer("max_results"));
    assertEquals(25, args(Map.of("max_results", 25.0)).integer("max_results"));
    assertEquals("max_results must be from 1 to 100, got 500.", problem(Map.of("max_results", 500)));
    assertEquals("max_results must be a whole number from 1 to 100, got \"many\".",
        problem(Map.of("max_results", "many")));
    assertEquals("max_results must be a whole number from 1 to 100, got the number 2.5.",
        problem(Map.of("max_results", 2.5)));
    assertEquals("max_results must be a whole number from 1 to 100, got the boolean true.",
        problem(Map.of("max_results", true)));
  }

  @Test
  void numbersBeyondSixtyFourBitsAreRefusedNotWrappedAround() {
    BigInteger huge = BigInteger.TWO.pow(64).add(BigInteger.valueOf(5));
    assertEquals("max_results must be from 1 to 100, got 18446744073709551621.",
        problem(Map.of("max_results", huge)));
    assertEquals("max_results must be from 1 to 100, got 18446744073709551621.",
        problem(Map.of("max_results", huge.toString())));
    assertEquals("max_results must be from 1 to 100, got 100000000000000000000.",
        problem(Map.of("max_results", new BigDecimal("1E20"))));
    assertTrue(problem(Map.of("max_results", Double.NaN)).startsWith("max_results must be a whole number"));
  }

  @Test
  void anArgumentOfTheWrongJsonTypeIsRefusedNamingIt() {
    assertEquals("jql must be text, got the number 123.", problem(Map.of("jql", 123)));
    assertEquals("jql must be text, got an object.", problem(Map.of("jql", Map.of("a", 1))));
    assertEquals("force must be true or false, got \"yes\".", problem(Map.of("force", "yes")));
    assertTrue(args(Map.of("force", "TRUE")).bool("force"));
    assertEquals("extra must be an object of names and values, e.g. {\"Story Points\": 3}, got a list.",
        problem(Map.of("extra", List.of("a"))));
  }

  @Test
  void listsMayComeAsCommaSeparatedTextAndAreLimited() {
    assertEquals(List.of("labels", "duedate"), args(Map.of("fields", "labels, duedate")).strings("fields"));
    assertEquals(List.of("labels"), args(Map.of("fields", List.of("labels", " "))).strings("fields"));
    assertEquals("fields must be a list of strings, got an item the number 3.", problem(Map.of("fields",
        List.of(3))));
    assertEquals("fields takes at most 3 items, got 4.", problem(Map.of("fields", List.of("a", "b", "c", "d"))));
    assertEquals("keys item must be an issue key like PROJ-123 (project key, dash, number), got \"nope\".",
        problem(Map.of("keys", List.of("PROJ-1", "nope"))));
    assertEquals("extra takes at most 2 entries, got 3.", problem(Map.of("extra", Map.of("a", 1, "b", 2, "c", 3))));
  }

  @Test
  void patternsAreCheckedOnTheValueAsGivenControlCharactersIncluded() {
    assertEquals("PROJ-12", args(Map.of("issue_key", "proj-12")).issueKey("issue_key"));
    assertEquals("issue_key must be an issue key like PROJ-123 (project key, dash, number), got \"12\".",
        problem(Map.of("issue_key", "12")));
    assertEquals("issue_key must be an issue key like PROJ-123 (project key, dash, number), got \"PROJ-1\\n\".",
        problem(Map.of("issue_key", "PROJ-1\n")));
    assertEquals("issue_key must be an issue key like PROJ-123 (project key, dash, number), got \" PROJ-1\".",
        problem(Map.of("issue_key", " PROJ-1")));
    assertEquals("summary must be one line (no line breaks), got \"a\\nb\".", problem(Map.of("summary", "a\nb")));
  }

  @Test
  void lengthsAreEnforcedAndHugeValuesAreNotEchoedBack() {
    assertEquals("summary is 11 characters long; at most 10 are accepted. Shorten it.",
        problem(Map.of("summary", "x".repeat(11))));
    assertEquals("comment is 100001 characters long; at most 100000 are accepted. Shorten it or split it.",
        problem(Map.of("comment", "x".repeat(ToolArguments.MAX_TEXT + 1))));
    String longKey = "K".repeat(50_000);
    String message = problem(Map.of("issue_key", longKey));
    assertTrue(message.length() < 200, message.length() + " characters");
    assertTrue(message.endsWith("…\" (50000 characters)."), message);
    assertEquals("issue_key is 1000000 characters long; at most 100000 are accepted. Shorten it or split it.",
        problem(Map.of("issue_key", "K".repeat(1_000_000))));
  }

  @Test
  void choicesAreMatchedWithoutRegardToCase() {
    assertEquals("closed", args(Map.of("status", "Closed")).requiredString("status"));
    assertEquals("status must be one of open, closed, all, got \"pending\".", problem(Map.of("status", "pending")));
  }

  @Test
  void aBlankOptionalArgumentCountsAsNotGiven() {
    assertTrue(args(Map.of("jql", "   ")).string("jql").isEmpty());
    assertEquals(50, args(Map.of("max_results", "")).integer("max_results"));
  }

  @Test
  void invisibleCharactersInAQuotedValueAreShownNotHidden() {
    assertEquals("\"PROJ\\u200b-1\"", ToolArguments.quote("PROJ\u200b-1"));
    assertEquals("\"tab\\there\"", ToolArguments.quote("tab\there"));
  }
}
