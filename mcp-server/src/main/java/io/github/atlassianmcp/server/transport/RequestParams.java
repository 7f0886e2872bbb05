package io.github.atlassianmcp.server.transport;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The params of a request, checked against what MCP asks of the methods this server answers, before the SDK reads
 * them. The SDK would otherwise answer a wrong shape with -32603 and its own class names ({@code params: ["x"]}),
 * or an unknown tool with a fixed "Unknown tool: invalid_tool_name". Each problem is one sentence that says what to
 * send instead, answered as -32602 Invalid params.
 */
final class RequestParams {

  private static final List<String> LOG_LEVELS =
      List.of("debug", "info", "notice", "warning", "error", "critical", "alert", "emergency");
  /** The SDK's type for the params of each method it answers here, to catch what the rules below do not name. */
  private static final Map<String, Class<?>> SDK_TYPES = Map.of(
      McpSchema.METHOD_INITIALIZE, McpSchema.InitializeRequest.class,
      McpSchema.METHOD_TOOLS_CALL, McpSchema.CallToolRequest.class,
      McpSchema.METHOD_TOOLS_LIST, McpSchema.PaginatedRequest.class,
      McpSchema.METHOD_LOGGING_SET_LEVEL, McpSchema.SetLevelRequest.class);

  private final McpJsonMapper mapper;
  private final ToolNames tools;

  RequestParams(McpJsonMapper mapper, ToolNames tools) {
    this.mapper = mapper;
    this.tools = tools;
  }

  /** What is wrong with {@code params} (as parsed: a map, list, string, number, boolean or null) for the method. */
  Optional<String> problem(String method, Object params) {
    if (params != null && !(params instanceof Map)) {
      return Optional.of("Invalid params: params must be a JSON object (or left out), not " + JsonTypes.describe(params)
          + ".");
    }
    Map<?, ?> fields = params == null ? Map.of() : (Map<?, ?>) params;
    if (fields.containsKey("_meta") && !(fields.get("_meta") instanceof Map || fields.get("_meta") == null)) {
      return Optional.of("Invalid params: params._meta must be a JSON object.");
    }
    Optional<String> problem = switch (method) {
      case McpSchema.METHOD_INITIALIZE -> initialize(params, fields);
      case McpSchema.METHOD_TOOLS_CALL -> toolsCall(fields);
      case McpSchema.METHOD_TOOLS_LIST -> optionalString(fields, "cursor", method);
      case McpSchema.METHOD_LOGGING_SET_LEVEL -> LOG_LEVELS.contains(fields.get("level")) ? Optional.empty()
          : Optional.of("Invalid params: params.level of logging/setLevel must be one of "
              + String.join(", ", LOG_LEVELS) + ".");
      default -> Optional.empty();
    };
    return problem.isPresent() ? problem : readableBySdk(method, params);
  }

  private static Optional<String> initialize(Object params, Map<?, ?> fields) {
    if (params == null) {
      return Optional.of("Invalid params: initialize needs params with protocolVersion, capabilities and clientInfo.");
    }
    Optional<String> version = optionalString(fields, "protocolVersion", McpSchema.METHOD_INITIALIZE);
    if (version.isPresent()) {
      return version;
    }
    for (String name : List.of("capabilities", "clientInfo")) {
      Object value = fields.get(name);
      if (value != null && !(value instanceof Map)) {
        return Optional.of("Invalid params: params." + name + " of initialize must be a JSON object, not "
            + JsonTypes.describe(value) + ".");
      }
    }
    return Optional.empty();
  }

  private Optional<String> toolsCall(Map<?, ?> fields) {
    Object name = fields.get("name");
    if (!(name instanceof String tool) || tool.isBlank()) {
      return Optional.of("Invalid params: tools/call needs params.name, the name of a tool from tools/list"
          + (name == null ? "." : ", as a string, not " + JsonTypes.describe(name) + "."));
    }
    Object arguments = fields.get("arguments");
    if (arguments != null && !(arguments instanceof Map)) {
      return Optional.of("Invalid params: params.arguments of tools/call must be a JSON object of the tool's "
          + "arguments, not " + JsonTypes.describe(arguments) + ".");
    }
    if (!tools.isKnown(tool)) {
      return Optional.of("Unknown tool \"" + JsonTypes.quote(tool) + "\". Closest: "
          + String.join(", ", tools.closestTo(tool)) + " (tools/list has them all).");
    }
    return Optional.empty();
  }

  private static Optional<String> optionalString(Map<?, ?> fields, String name, String method) {
    Object value = fields.get(name);
    return value == null || value instanceof String ? Optional.empty()
        : Optional.of("Invalid params: params." + name + " of " + method + " must be a string, not "
            + JsonTypes.describe(value) + ".");
  }

  /** The last safety net: params the SDK's own types cannot hold, in our words rather than its exception's. */
  private Optional<String> readableBySdk(String method, Object params) {
    Class<?> type = SDK_TYPES.get(method);
    if (type == null || params == null) {
      return Optional.empty();
    }
    try {
      mapper.convertValue(params, type);
      return Optional.empty();
    } catch (RuntimeException wrongShape) {
      return Optional.of("Invalid params: the params of " + method
          + " do not have the shape the MCP specification gives them.");
    }
  }
}
