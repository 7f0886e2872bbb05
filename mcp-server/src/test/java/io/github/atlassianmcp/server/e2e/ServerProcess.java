package io.github.atlassianmcp.server.e2e;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The packaged server jar run as an MCP client runs it: a child process spoken to over stdio with the MCP Java
 * SDK's client. Its stderr is kept for the tests to inspect.
 */
final class ServerProcess implements AutoCloseable {

  private final McpSyncClient client;
  private final List<String> stderr = Collections.synchronizedList(new ArrayList<>());

  private ServerProcess(Map<String, String> environment, List<String> args) {
    List<String> command = new ArrayList<>(List.of("-jar", jar().toString()));
    command.addAll(args);
    ServerParameters parameters = ServerParameters.builder(javaExecutable()).args(command).env(environment).build();
    StdioClientTransport transport = new StdioClientTransport(parameters, McpJsonDefaults.getMapper());
    transport.setStdErrorHandler(stderr::add);
    this.client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60))
        .initializationTimeout(Duration.ofSeconds(60)).build();
    client.initialize();
  }

  static ServerProcess start(Map<String, String> environment, String... args) {
    return new ServerProcess(environment, List.of(args));
  }

  static Path jar() {
    Path jar = Path.of(System.getProperty("basedir", "."), "target", "atlassian-mcp-server.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: the end-to-end tests run after mvn package");
    }
    return jar;
  }

  static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  McpSyncClient client() {
    return client;
  }

  McpSchema.CallToolResult call(String tool, Map<String, Object> arguments) {
    return client.callTool(new McpSchema.CallToolRequest(tool, arguments));
  }

  /** The text of a successful call; fails the test with the text of a failed one. */
  String text(String tool, Map<String, Object> arguments) {
    McpSchema.CallToolResult result = call(tool, arguments);
    String text = textOf(result);
    if (Boolean.TRUE.equals(result.isError())) {
      throw new AssertionError(tool + " failed: " + text);
    }
    return text;
  }

  /** The text of a call that must fail; fails the test when it did not. */
  String error(String tool, Map<String, Object> arguments) {
    McpSchema.CallToolResult result = call(tool, arguments);
    if (!Boolean.TRUE.equals(result.isError())) {
      throw new AssertionError(tool + " should have failed but answered: " + textOf(result));
    }
    return textOf(result);
  }

  static String textOf(McpSchema.CallToolResult result) {
    StringBuilder text = new StringBuilder();
    for (McpSchema.Content content : result.content()) {
      if (content instanceof McpSchema.TextContent t) {
        text.append(t.text());
      }
    }
    return text.toString();
  }

  List<String> stderr() {
    return List.copyOf(stderr);
  }

  @Override
  public void close() {
    client.closeGracefully();
  }
}
