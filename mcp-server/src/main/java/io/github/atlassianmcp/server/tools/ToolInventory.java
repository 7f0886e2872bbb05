package io.github.atlassianmcp.server.tools;

import io.github.atlassianmcp.server.atlassian.OperationRef;
import io.github.atlassianmcp.server.config.Toolset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every tool the server has, and which of them the configuration enables: the toolsets of ATLASSIAN_TOOLSETS, and
 * no write tool under ATLASSIAN_READ_ONLY=true. Tools without a toolset (sign-in) are always enabled. Works on
 * definitions alone, so the OAuth scopes can be computed before any handler exists.
 */
public final class ToolInventory {

  private final Map<String, ServerTool> all;
  private final Set<Toolset> toolsets;
  private final boolean readOnly;
  private final List<ServerTool> ordered;
  private final Optional<String> refusal;

  public ToolInventory(List<ServerTool> all, Set<Toolset> toolsets, boolean readOnly) {
    this(all, toolsets, readOnly, Optional.empty());
  }

  /**
   * @param refusal when present, every tool is still listed but every call is answered with this sentence: the
   *     server started with a configuration it cannot use, and this is how the client learns what to fix
   */
  public ToolInventory(List<ServerTool> all, Set<Toolset> toolsets, boolean readOnly, Optional<String> refusal) {
    Map<String, ServerTool> byName = new LinkedHashMap<>();
    for (ServerTool tool : all) {
      if (byName.putIfAbsent(tool.name(), tool) != null) {
        throw new IllegalArgumentException("Two tools are named " + tool.name());
      }
    }
    this.all = Map.copyOf(byName);
    this.toolsets = Set.copyOf(toolsets);
    this.readOnly = readOnly;
    this.ordered = List.copyOf(byName.values());
    this.refusal = Objects.requireNonNull(refusal, "refusal");
  }

  /** The tools {@link ToolDiscovery} finds, for this configuration. */
  public static ToolInventory discover(Set<Toolset> toolsets, boolean readOnly) {
    return new ToolInventory(ToolDiscovery.tools(), toolsets, readOnly);
  }

  /** The same tools, each call answered with {@code refusal} (see the constructor). */
  public ToolInventory refusingCalls(String refusal) {
    return new ToolInventory(ordered, toolsets, readOnly, Optional.of(refusal));
  }

  /** Every tool, enabled or not, in a stable order. */
  public List<ServerTool> all() {
    return ordered;
  }

  /** The tools of the enabled toolsets (and no write tool when read-only): what tools/list shows. */
  public List<ServerTool> enabled() {
    return ordered.stream().filter(this::isEnabled).toList();
  }

  public boolean isEnabled(ServerTool tool) {
    return whyNotEnabled(tool.definition()).isEmpty();
  }

  public Optional<ServerTool> find(String name) {
    return Optional.ofNullable(all.get(Objects.requireNonNull(name, "name")));
  }

  /** Why a call to this tool cannot run now, in a sentence for the agent. */
  public Optional<String> whyDisabled(ToolDefinition definition) {
    return refusal.or(() -> whyNotEnabled(definition));
  }

  private Optional<String> whyNotEnabled(ToolDefinition definition) {
    // Read-only is about Atlassian's data: signing in (no toolset) stays available.
    if (readOnly && !definition.hints().readOnly() && definition.toolset().isPresent()) {
      return Optional.of(definition.name()
          + " is not available: the server runs read-only (ATLASSIAN_READ_ONLY=true).");
    }
    if (definition.toolset().isPresent() && !toolsets.contains(definition.toolset().get())) {
      return Optional.of(definition.name() + " is not available: its toolset " + definition.toolset().get().id()
          + " is not in ATLASSIAN_TOOLSETS.");
    }
    return Optional.empty();
  }

  /** The Atlassian operations the enabled tools call: what the OAuth scopes are computed from. */
  public List<OperationRef> enabledOperations() {
    Set<OperationRef> operations = new LinkedHashSet<>();
    enabled().forEach(tool -> operations.addAll(tool.definition().operations()));
    return List.copyOf(operations);
  }

  /** The enabled tools' handlers, bound to these services. */
  public Map<String, ToolHandler> bind(ToolServices services) {
    Map<String, ToolHandler> handlers = new LinkedHashMap<>();
    enabled().forEach(tool -> handlers.put(tool.name(), tool.bind(services)));
    return Map.copyOf(handlers);
  }
}
