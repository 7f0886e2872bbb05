package io.github.atlassianmcp.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import io.github.atlassianmcp.sandbox.LoggedRequest;
import io.github.atlassianmcp.server.ServerAssembly;
import io.github.atlassianmcp.server.atlassian.OperationRef;
import io.github.atlassianmcp.server.config.ServerConfig;
import io.github.atlassianmcp.specs.ApiOperation;
import io.github.atlassianmcp.specs.AtlassianOperations;
import io.github.atlassianmcp.testing.AtlassianApi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A sandbox and the packaged server signed in to it over OAuth, for one test class. On close it checks that
 * every call the server made is one of the operations its enabled tools declare (the ones its OAuth scopes were
 * computed from) and that none was refused for a missing scope.
 */
final class SandboxServer implements AutoCloseable {

  private final AtlassianSandbox sandbox;
  private final Map<String, String> environment;
  private final ServerProcess server;

  SandboxServer(Map<String, String> extraEnvironment) {
    this.sandbox = AtlassianSandbox.builder().start();
    this.environment = SandboxSignIn.oauthEnvironment(sandbox, extraEnvironment);
    this.server = ServerProcess.start(environment);
  }

  AtlassianSandbox sandbox() {
    return sandbox;
  }

  Map<String, String> environment() {
    return environment;
  }

  ServerProcess server() {
    return server;
  }

  String text(String tool, Map<String, Object> arguments) {
    return server.text(tool, arguments);
  }

  String error(String tool, Map<String, Object> arguments) {
    return server.error(tool, arguments);
  }

  /** The product calls (through the gateway) the server made since the sandbox started. */
  List<LoggedRequest> productCalls() {
    return sandbox.requestLog().stream().filter(r -> r.path().startsWith("/ex/")).toList();
  }

  @Override
  public void close() {
    try {
      server.close();
      assertCallsWereDeclared();
    } finally {
      sandbox.close();
    }
  }

  private void assertCallsWereDeclared() {
    ServerConfig config = ServerConfig.fromEnvironment(environment);
    Set<OperationRef> declared = Set.copyOf(ServerAssembly.builder(config).build().inventory().enabledOperations());
    AtlassianOperations operations = AtlassianOperations.load();
    List<String> problems = new ArrayList<>();
    for (LoggedRequest call : productCalls()) {
      String sitePath = AtlassianApi.sitePath(call.path());
      Optional<ApiOperation> operation = operations.match(call.method(), sitePath);
      if (operation.isEmpty()) {
        problems.add(call.method() + " " + sitePath + " is no operation of the official specs");
      } else if (!declared.contains(new OperationRef(operation.get().spec(), operation.get().operationId()))) {
        problems.add(call.method() + " " + sitePath + " (" + operation.get().operationId()
            + ") is not declared by any enabled tool, so its scope was not requested");
      } else if (call.status() == 403) {
        problems.add(call.method() + " " + sitePath + " was refused (403): a scope is missing");
      }
    }
    assertEquals(List.of(), problems);
  }

  /** How often each operation was called, for assertions about retries. */
  Map<String, Long> callsByPath() {
    return productCalls().stream().collect(Collectors.groupingBy(
        r -> r.method() + " " + AtlassianApi.sitePath(r.path()), HashMap::new,
        Collectors.counting()));
  }
}
