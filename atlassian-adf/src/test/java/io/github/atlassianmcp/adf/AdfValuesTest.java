package io.github.atlassianmcp.adf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ADF in every form the generated clients hand it over: Gson maps in {@code Object} fields, JSON text, JSON. */
class AdfValuesTest {

  private static final String JSON = """
      {"version":1,"type":"doc","content":[{"type":"paragraph","content":[
        {"type":"text","text":"Hello "},{"type":"text","text":"world","marks":[{"type":"strong"}]}]}]}""";

  /** What a generated model holds in {@code IssueBean.fields.description} or {@code Comment.body}. */
  private static Object modelValue() {
    return new Gson().fromJson(JSON, Object.class);
  }

  @Test
  void everyFormReadsTheSame() {
    for (Object form : List.of(modelValue(), JsonParser.parseString(JSON), JSON, Adf.parse(JSON))) {
      assertEquals("Hello **world**", Adf.toMarkdown(form), form.getClass().getName());
      assertEquals("Hello world", Adf.toText(form), form.getClass().getName());
    }
  }

  @Test
  void nullAndLegacyPlainTextAreText() {
    assertEquals("", Adf.toMarkdown(null));
    assertEquals("", Adf.toText(null));
    assertEquals("plain {text}", Adf.toText("plain {text}"));
    assertEquals("Hello", Adf.toText(List.of(Map.of("type", "text", "text", "Hello"))));
  }

  @Test
  void aParsedDocumentGoesBackAsAModelValue() {
    AdfDocument document = Adf.parse(modelValue());
    Map<String, Object> map = document.toMap();
    assertEquals("doc", map.get("type"));
    assertEquals(JsonParser.parseString(JSON), new Gson().toJsonTree(map));
    assertEquals(JsonParser.parseString(JSON), JsonParser.parseString(document.toString()));
    assertEquals(document, Adf.parse(document.toString()));
  }

  @Test
  void somethingElseIsNotADocument() {
    assertThrows(IllegalArgumentException.class, () -> Adf.parse("plain"));
    assertThrows(IllegalArgumentException.class, () -> Adf.parse(Map.of("type", "paragraph")));
    assertThrows(IllegalArgumentException.class, () -> Adf.parse(null));
  }

  @Test
  void markdownBecomesAValidDocument() {
    AdfDocument document = Adf.fromMarkdown("## Steps\n- [ ] check\n- [x] ship\n\n> **note**");
    ValidAdf.assertValid(document.toJson());
    assertEquals("## Steps\n\n- [ ] check\n- [x] ship\n\n> **note**", document.toMarkdown());
  }
}
