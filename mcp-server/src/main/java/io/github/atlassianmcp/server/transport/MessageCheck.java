package io.github.atlassianmcp.server.transport;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides, for each line the client sends, whether the SDK may read it, and otherwise what to answer. The SDK's
 * stdio transport stops reading for good at the first line it cannot turn into one of its message records (an id
 * of the wrong type, no {@code "jsonrpc"}, an array, lenient JSON...), which leaves the session deaf and the process
 * alive after the client has gone. So every line is parsed here with the SDK's own mapper and held to JSON-RPC 2.0
 * and MCP first: what passes is what the SDK reads without failing; the rest is answered as JSON-RPC says
 * (-32700 Parse error, -32600 Invalid Request, -32602 Invalid params; id null where the id cannot be used), or,
 * when it cannot be answered (a notification, a response), dropped and logged.
 *
 * <p>One instance per session: it remembers whether {@code initialize} and then {@code notifications/initialized}
 * have come, since the SDK holds every other request (ping included) until both have, for ever if they never do.
 */
final class MessageCheck {

  static final int PARSE_ERROR = -32700;
  static final int INVALID_REQUEST = -32600;
  static final int INVALID_PARAMS = -32602;

  private final McpJsonMapper mapper;
  private final RequestParams params;
  private volatile boolean initializeSeen;
  private volatile boolean initializedSeen;

  MessageCheck(McpJsonMapper mapper, RequestParams params) {
    this.mapper = mapper;
    this.params = params;
  }

  /**
   * What to do with one line.
   *
   * @param pass whether to hand the line to the SDK
   * @param requestId the id of a request that passes (the SDK will answer it), else null
   * @param replies JSON-RPC messages to write back ourselves, one per stdout line
   * @param problem why the line did not pass, for the log
   */
  record Verdict(boolean pass, Object requestId, List<String> replies, String problem) {

    static Verdict passed(Object requestId) {
      return new Verdict(true, requestId, List.of(), null);
    }

    static Verdict dropped(String problem) {
      return new Verdict(false, null, List.of(), problem);
    }
  }

  Verdict check(byte[] line) {
    Object message;
    try {
      message = mapper.readValue(line, Object.class);
    } catch (IOException | RuntimeException e) {
      boolean limits = causes(e).contains("StreamConstraintsException");
      String text = limits
          ? "Parse error: the message goes beyond the JSON parser's limits (nesting depth, or length of a number "
              + "or string)."
          : "Parse error: the line is not valid JSON. Send one JSON-RPC 2.0 object per line, in strict JSON "
              + "(double quotes, no comments, no NaN).";
      return answered(RequestIdScan.scan(new ByteArrayInputStream(line)).orElse(null), PARSE_ERROR, text);
    }
    if (message instanceof List<?> batch) {
      return batch(batch);
    }
    if (!(message instanceof Map<?, ?> object)) {
      return answered(null, INVALID_REQUEST,
          "Invalid Request: a message is a JSON-RPC 2.0 object, not " + JsonTypes.describe(message) + ".");
    }
    return object(object);
  }

  /** A line longer than the transport takes; {@code line} streams it (what is left of it) for the id. */
  Verdict tooLarge(InputStream line, int limit) {
    return answered(RequestIdScan.scan(line).orElse(null), INVALID_REQUEST, "Invalid Request: the message is "
        + "larger than " + (limit / (1024 * 1024)) + " MB; send less in one call.");
  }

  private Verdict object(Map<?, ?> message) {
    boolean hasMethod = message.containsKey("method");
    Object id = message.get("id");
    if (!hasMethod && (message.containsKey("result") || message.containsKey("error"))) {
      return response(message);
    }
    // The id is answered with only when it is usable and the message is meant as a request.
    Object replyId = hasMethod && JsonTypes.isRequestId(id) ? id : null;
    if (!hasMethod) {
      return answered(null, INVALID_REQUEST, "Invalid Request: a JSON-RPC request needs a \"method\".");
    }
    if (!(message.get("method") instanceof String method)) {
      return answered(replyId, INVALID_REQUEST, "Invalid Request: \"method\" must be a string.");
    }
    if (!"2.0".equals(message.get("jsonrpc"))) {
      return answered(replyId, INVALID_REQUEST, "Invalid Request: \"jsonrpc\" must be \"2.0\".");
    }
    if (!message.containsKey("id")) {
      return notification(method, message);
    }
    if (replyId == null) {
      return answered(null, INVALID_REQUEST, "Invalid Request: \"id\" must be a string or an integer, not "
          + JsonTypes.describe(id) + ".");
    }
    return request(method, id, message);
  }

  private Verdict request(String method, Object id, Map<?, ?> message) {
    boolean initialize = method.equals(McpSchema.METHOD_INITIALIZE);
    if (!initializedSeen && !initialize && !method.equals(McpSchema.METHOD_PING)) {
      return answered(id, INVALID_REQUEST, "Invalid Request: the session is not initialized yet; send "
          + (initializeSeen ? "" : "initialize, then ") + "the notifications/initialized notification first.");
    }
    if (!initializedSeen && !initialize) {
      // A ping is allowed at any time, but the SDK would hold it until the session is initialized.
      return new Verdict(false, null, List.of(json(reply(id, "result", Map.of()))), null);
    }
    Optional<String> problem = params.problem(method, message.get("params"));
    if (problem.isPresent()) {
      return answered(id, INVALID_PARAMS, problem.get());
    }
    if (!readable(McpSchema.JSONRPCRequest.class, message)) {
      return answered(id, INVALID_REQUEST, "Invalid Request: the request does not have the shape of a JSON-RPC "
          + "2.0 request.");
    }
    initializeSeen |= initialize;
    return Verdict.passed(id);
  }

  private Verdict notification(String method, Map<?, ?> message) {
    Object notificationParams = message.get("params");
    if (notificationParams != null && !(notificationParams instanceof Map)) {
      return Verdict.dropped("a notification (" + JsonTypes.quote(method) + ") with params that are not an object");
    }
    if (!readable(McpSchema.JSONRPCNotification.class, message)) {
      return Verdict.dropped("a notification the SDK cannot read");
    }
    initializedSeen |= initializeSeen && method.equals(McpSchema.METHOD_NOTIFICATION_INITIALIZED);
    return Verdict.passed(null);
  }

  /** A response to one of our requests: never answered (two peers could answer each other's errors for ever). */
  private Verdict response(Map<?, ?> message) {
    boolean valid = "2.0".equals(message.get("jsonrpc")) && JsonTypes.isRequestId(message.get("id"))
        && (message.get("result") == null) != (message.get("error") == null)
        && readable(McpSchema.JSONRPCResponse.class, message);
    return valid ? Verdict.passed(null) : Verdict.dropped("a response that is not valid JSON-RPC");
  }

  /** Batches left MCP in 2025-06-18; each request in one gets its own answer, so no caller waits in vain. */
  private Verdict batch(List<?> batch) {
    String text = "Invalid Request: JSON-RPC batches are not supported; send each message on its own line.";
    List<String> replies = new ArrayList<>();
    for (Object element : batch) {
      if (element instanceof Map<?, ?> member && member.get("method") instanceof String
          && JsonTypes.isRequestId(member.get("id"))) {
        replies.add(error(member.get("id"), INVALID_REQUEST, text));
      }
    }
    if (replies.isEmpty()) {
      replies.add(error(null, INVALID_REQUEST, text));
    }
    return new Verdict(false, null, replies, "a batch");
  }

  private boolean readable(Class<?> type, Map<?, ?> message) {
    try {
      mapper.convertValue(message, type);
      return true;
    } catch (RuntimeException unreadable) {
      return false;
    }
  }

  private Verdict answered(Object id, int code, String message) {
    return new Verdict(false, null, List.of(error(id, code, message)), message);
  }

  private String error(Object id, int code, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", code);
    error.put("message", message);
    return json(reply(id, "error", error));
  }

  private static Map<String, Object> reply(Object id, String kind, Object value) {
    Map<String, Object> reply = new LinkedHashMap<>();
    reply.put("jsonrpc", "2.0");
    reply.put("id", id);
    reply.put(kind, value);
    return reply;
  }

  private String json(Map<String, Object> message) {
    try {
      return mapper.writeValueAsString(message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String causes(Throwable error) {
    StringBuilder names = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause()) {
      names.append(t.getClass().getName()).append(' ');
    }
    return names.toString();
  }
}
