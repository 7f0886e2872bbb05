package io.github.atlassianmcp.server.tools;

import io.github.atlassianmcp.server.auth.OperationRef;
import io.github.atlassianmcp.server.config.Toolset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every tool the server has, and which of them the configuration enables: the toolsets of ATLASSIAN_TOOLSETS,
 * and no write tool under ATLASSIAN_READ_ONLY=true. Tools without a toolset (sign-in) are always enabled.
 */
public final class ToolInventory {

  private final List<Tool> all;
  private final Set<Toolset> toolsets;
  private final boolean readOnly;

  public ToolInventory(List<Tool> all, Set<Toolset> toolsets, boolean readOnly) {
    this.all = List.copyOf(all);
    this.toolsets = Set.copyOf(toolsets);
    this.readOnly = readOnly;
    Set<String> names = new LinkedHashSet<>();
    for (Tool tool : all) {
      if (!names.add(tool.definition().name())) {
        throw new IllegalArgumentException("Two tools are named " + tool.definition().name());
      }
    }
  }

  public List<Tool> all() {
    return all;
  }

  public List<Tool> enabled() {
    return all.stream().filter(this::isEnabled).toList();
  }

  public boolean isEnabled(Tool tool) {
    return whyDisabled(tool).isEmpty();
  }

  /** Why a tool is not available in this configuration, in a sentence for the agent. */
  public Optional<String> whyDisabled(Tool tool) {
    ToolDefinition definition = tool.definition();
    // Read-only is about Atlassian's data: signing in (no toolset) stays available.
    if (readOnly && !definition.hints().readOnly() && definition.toolset().isPresent()) {
      return Optional.of(definition.name() + " is not available: the server runs read-only (ATLASSIAN_READ_ONLY=true).");
    }
    if (definition.toolset().isPresent() && !toolsets.contains(definition.toolset().get())) {
      return Optional.of(definition.name() + " is not available: its toolset " + definition.toolset().get().id()
          + " is not in ATLASSIAN_TOOLSETS.");
    }
    return Optional.empty();
  }

  public Optional<Tool> find(String name) {
    return all.stream().filter(tool -> tool.definition().name().equals(name)).findFirst();
  }

  /** The Atlassian operations the enabled tools call: what the OAuth scopes are computed from. */
  public List<OperationRef> enabledOperations() {
    Set<OperationRef> operations = new LinkedHashSet<>();
    enabled().forEach(tool -> operations.addAll(tool.definition().operations()));
    return List.copyOf(operations);
  }
}
