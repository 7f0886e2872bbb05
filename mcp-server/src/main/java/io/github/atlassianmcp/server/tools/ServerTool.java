package io.github.atlassianmcp.server.tools;

import java.util.Objects;
import java.util.function.Function;

/**
 * A tool of the server: its definition, known without any dependency, and how its handler is bound to the
 * services once they exist. The inventory, the read-only filter, the toolsets and the OAuth scopes are computed
 * from definitions alone, before the sign-in that needs those scopes; handlers are bound after it.
 *
 * <p>Each tool class declares one as {@code public static final ServerTool TOOL}, which is how
 * {@link ToolDiscovery} finds it.
 *
 * @param definition what an MCP client learns about the tool, and the Atlassian operations it calls
 * @param binding makes the handler from the server's services
 */
public record ServerTool(ToolDefinition definition, Function<ToolServices, ToolHandler> binding) {

  public ServerTool {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(binding, "binding");
  }

  public String name() {
    return definition.name();
  }

  /** The handler, bound to these services. */
  public ToolHandler bind(ToolServices services) {
    return Objects.requireNonNull(binding.apply(services), () -> name() + " bound to no handler");
  }
}
