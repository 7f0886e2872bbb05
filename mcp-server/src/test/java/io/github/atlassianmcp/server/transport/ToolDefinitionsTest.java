package io.github.atlassianmcp.server.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every tool definition must have for an agent to use it well. */
class ToolDefinitionsTest {

  private final List<McpSchema.Tool> tools = ToolCatalog.described();

  @Test
  void annotationsCarryOnlyTheHintsThatDifferFromMcpDefaults() {
    assertFalse(tools.isEmpty());
    for (McpSchema.Tool tool : tools) {
      McpSchema.ToolAnnotations hints = tool.annotations();
      assertNotNull(hints, tool.name());
      assertNull(hints.title(), tool.name() + ": a title is for display only and costs every turn");
      assertTrue(hints.readOnlyHint() == null || hints.readOnlyHint(), tool.name() + " states the default readOnlyHint");
      assertTrue(hints.openWorldHint() == null || !hints.openWorldHint(), tool.name() + " states the default openWorldHint");
      if (isReadOnly(tool)) {
        assertNull(hints.destructiveHint(), tool.name() + ": destructiveHint means nothing for a read tool");
        assertNull(hints.idempotentHint(), tool.name() + ": idempotentHint means nothing for a read tool");
      } else {
        assertTrue(hints.destructiveHint() == null || !hints.destructiveHint(), tool.name());
        assertTrue(hints.idempotentHint() == null || hints.idempotentHint(), tool.name());
      }
    }
  }

  @Test
  void readToolsDescribeTheirStructuredContentAndWriteToolsDoNot() {
    for (McpSchema.Tool tool : tools) {
      assertEquals(isReadOnly(tool), tool.outputSchema() != null, tool.name());
    }
  }

  /** What the SDK's own validator would check at every start; the server runs with {@link SchemasCheckedByTests}. */
  @Test
  void everySchemaIsValidForTheSdksValidator() {
    JsonSchemaValidator sdk = McpJsonDefaults.getSchemaValidator();
    assertFalse(sdk instanceof SchemasCheckedByTests);
    for (McpSchema.Tool tool : tools) {
      JsonSchemaValidator.ValidationResponse input = sdk.validateSchema(tool.inputSchema());
      assertTrue(input.valid(), tool.name() + " input schema: " + input.errorMessage());
      if (tool.outputSchema() != null) {
        JsonSchemaValidator.ValidationResponse output = sdk.validateSchema(tool.outputSchema());
        assertTrue(output.valid(), tool.name() + " output schema: " + output.errorMessage());
      }
    }
  }

  private static boolean isReadOnly(McpSchema.Tool tool) {
    return Boolean.TRUE.equals(tool.annotations().readOnlyHint());
  }

  @Test
  void descriptionsSayWhatWhenAndGiveAnExample() {
    Set<String> names = new HashSet<>();
    for (McpSchema.Tool tool : tools) {
      assertTrue(names.add(tool.name()), "duplicate " + tool.name());
      assertTrue(tool.name().matches("[a-z]+(_[a-z]+)+"), tool.name());
      assertTrue(tool.description().contains("Example"), tool.name() + " has no example");
      assertTrue(tool.description().length() <= 700, tool.name() + " description is long: "
          + tool.description().length());
      assertEquals("object", tool.inputSchema().get("type"), tool.name());
      assertEquals(false, tool.inputSchema().get("additionalProperties"), tool.name());
    }
  }

  /**
   * What strict JSON Schema validators (Ajv's strict mode) refuse: a required property that is not declared, an
   * unknown keyword, a schema without a type. Clients that compile tools/list strictly would drop such a tool.
   */
  @Test
  void everySchemaCompilesStrictly() {
    List<String> problems = new ArrayList<>();
    for (McpSchema.Tool tool : tools) {
      strictProblems(tool.name() + ".inputSchema", tool.inputSchema(), problems);
      if (tool.outputSchema() != null) {
        strictProblems(tool.name() + ".outputSchema", tool.outputSchema(), problems);
      }
    }
    assertEquals(List.of(), problems);
  }

  private static final Set<String> KEYWORDS = Set.of("type", "description", "properties", "required",
      "additionalProperties", "items", "minimum", "maximum", "minLength", "maxLength", "pattern", "enum", "default",
      "maxItems", "maxProperties", "format");

  @SuppressWarnings("unchecked")
  static void strictProblems(String where, Map<String, Object> schema, List<String> problems) {
    if (!(schema.get("type") instanceof String)) {
      problems.add(where + " has no type");
    }
    for (String keyword : schema.keySet()) {
      if (!KEYWORDS.contains(keyword)) {
        problems.add(where + " uses the unknown keyword " + keyword);
      }
    }
    Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
    for (Object required : (List<Object>) schema.getOrDefault("required", List.of())) {
      if (!properties.containsKey(String.valueOf(required))) {
        problems.add(where + " requires " + required + " without declaring it");
      }
    }
    properties.forEach((name, property) -> strictProblems(where + "." + name, (Map<String, Object>) property,
        problems));
    if (schema.get("items") instanceof Map<?, ?> items) {
      strictProblems(where + "[]", (Map<String, Object>) items, problems);
    }
    if (schema.get("additionalProperties") instanceof Map<?, ?> additional) {
      strictProblems(where + "{}", (Map<String, Object>) additional, problems);
    }
  }
}
