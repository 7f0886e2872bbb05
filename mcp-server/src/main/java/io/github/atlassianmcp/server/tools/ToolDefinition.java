package io.github.atlassianmcp.server.tools;

import io.github.atlassianmcp.server.atlassian.OperationRef;
import io.github.atlassianmcp.server.config.Toolset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything an MCP client learns about a tool, plus what it calls at Atlassian (for least-privilege scopes).
 *
 * @param name the tool name, e.g. {@code jira_search}
 * @param title a short human title
 * @param description what it does, when to use it, an example argument: written for the agent that reads it
 * @param toolset the ATLASSIAN_TOOLSETS group it belongs to; empty for tools that are always there
 * @param inputSchema JSON Schema of the arguments, also what {@link ToolArguments} checks them against
 * @param output the record a read tool answers with; its structured content and output schema come from it
 * @param hints the MCP annotations
 * @param operations the Atlassian operations it may call
 */
public record ToolDefinition(
    String name,
    String title,
    String description,
    Optional<Toolset> toolset,
    Map<String, Object> inputSchema,
    Optional<Class<? extends Record>> output,
    Hints hints,
    List<OperationRef> operations) {

  /**
   * MCP tool annotations, all always set.
   *
   * @param readOnly it changes nothing
   * @param destructive it may overwrite or remove something (only meaningful for writes)
   * @param idempotent calling it twice with the same arguments does nothing more
   * @param openWorld it reaches outside the server (Atlassian)
   */
  public record Hints(boolean readOnly, boolean destructive, boolean idempotent, boolean openWorld) {}

  public ToolDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(toolset, "toolset");
    Objects.requireNonNull(inputSchema, "inputSchema");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(hints, "hints");
    operations = List.copyOf(operations);
  }

  /** The JSON Schema of the structured content, derived from the output record; empty for write tools. */
  public Optional<Map<String, Object>> outputSchema() {
    return output.map(OutputSchemas::of);
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Options of a {@link ToolDefinition}; {@link #handler} ends it with the tool's handler. */
  public static final class Builder {
    private final String name;
    private String title;
    private String description;
    private Toolset toolset;
    private Map<String, Object> inputSchema;
    private Class<? extends Record> output;
    private Hints hints;
    private List<OperationRef> operations = List.of();

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder toolset(Toolset toolset) {
      this.toolset = toolset;
      return this;
    }

    public Builder input(Map<String, Object> schema) {
      this.inputSchema = schema;
      return this;
    }

    /** A read tool: changes nothing, answers with this record as structured content. */
    public Builder reads(Class<? extends Record> output) {
      this.output = Objects.requireNonNull(output, "output");
      this.hints = new Hints(true, false, true, true);
      return this;
    }

    /** A write tool. */
    public Builder writes(boolean destructive, boolean idempotent) {
      this.output = null;
      this.hints = new Hints(false, destructive, idempotent, true);
      return this;
    }

    public Builder calls(OperationRef... operations) {
      this.operations = List.of(operations);
      return this;
    }

    public ToolDefinition build() {
      return new ToolDefinition(name, Objects.requireNonNull(title, "title"),
          Objects.requireNonNull(description, "description"), Optional.ofNullable(toolset),
          Objects.requireNonNull(inputSchema, "input schema"), Optional.ofNullable(output),
          Objects.requireNonNull(hints, "reads(...) or writes(...)"), operations);
    }

    /** The tool: this definition, and how its handler is made from the services once they exist. */
    public ServerTool handler(Function<ToolServices, ToolHandler> binding) {
      return new ServerTool(build(), binding);
    }
  }
}
