package io.github.atlassianmcp.specs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdfValidatorTest {

  private final AdfValidator validator = new AdfValidator();

  @Test
  void acceptsARichDocument() {
    String doc = """
        {"version":1,"type":"doc","content":[
          {"type":"heading","attrs":{"level":2},"content":[{"type":"text","text":"Title"}]},
          {"type":"paragraph","content":[
            {"type":"text","text":"bold","marks":[{"type":"strong"}]},
            {"type":"text","text":" link","marks":[{"type":"link","attrs":{"href":"https://example.com"}}]}]},
          {"type":"codeBlock","attrs":{"language":"java"},"content":[{"type":"text","text":"int x;"}]}
        ]}""";
    assertEquals(java.util.List.of(), validator.problems(doc));
  }

  @Test
  void rejectsAPlainStringAndAnUnknownNode() {
    assertFalse(validator.isValid("\"just text\""));
    assertFalse(validator.isValid(
        "{\"version\":1,\"type\":\"doc\",\"content\":[{\"type\":\"blink\",\"content\":[]}]}"));
  }

  @Test
  void rejectsAHeadingWithoutItsLevel() {
    String doc = "{\"version\":1,\"type\":\"doc\",\"content\":[{\"type\":\"heading\",\"content\":[]}]}";
    assertFalse(validator.problems(doc).isEmpty());
  }

  @Test
  void reportsNonJsonAsAProblem() {
    assertTrue(validator.problems("{not json").get(0).contains("not a JSON document"));
  }
}
