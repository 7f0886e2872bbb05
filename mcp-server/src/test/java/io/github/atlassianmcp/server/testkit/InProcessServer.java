package io.github.atlassianmcp.server.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.atlassianmcp.auth.BrowserLauncher;
import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import io.github.atlassianmcp.server.ServerAssembly;
import io.github.atlassianmcp.server.atlassian.OperationRef;
import io.github.atlassianmcp.server.config.ServerConfig;
import io.github.atlassianmcp.server.e2e.SandboxSignIn;
import io.github.atlassianmcp.server.tools.ServerTool;
import io.github.atlassianmcp.server.tools.ToolContext;
import io.github.atlassianmcp.server.tools.ToolDefinition;
import io.github.atlassianmcp.server.tools.ToolResult;
import io.github.atlassianmcp.specs.ApiOperation;
import io.github.atlassianmcp.specs.AtlassianOperations;
import io.github.atlassianmcp.testing.AtlassianApi;
import io.github.atlassianmcp.testing.SpecValidation;
import io.github.atlassianmcp.testing.SpecValidator;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The server in this JVM, signed in over OAuth to a sandbox of its own, for the tests of one class:
 * {@code @RegisterExtension static final InProcessServer SERVER = new InProcessServer();}. Calls go through the real
 * call handler and the real HTTP stack to the sandbox on loopback; no jar, no subprocess.
 *
 * <p>Every call is checked before the test sees its answer: each request it made and each answer it got match
 * Atlassian's official specs; each request is an operation the tool's definition declares (the OAuth scopes are
 * computed from those, so an undeclared one would fail for real users); no operation is deprecated; and the
 * structured content matches the tool's output schema.
 */
public final class InProcessServer implements BeforeAllCallback, AfterAllCallback {

  private static final AtlassianOperations OPERATIONS = AtlassianOperations.load();

  private final Map<String, String> extraEnvironment;
  private final Optional<BrowserLauncher> signInBrowser;
  private final Optional<String> apiTokenAccount;
  private AtlassianSandbox sandbox;
  private ServerAssembly assembly;
  private ExchangeRecorder recorder;
  private SpecValidator validator;
  private Path home;

  public InProcessServer() {
    this(Map.of());
  }

  /** A server whose environment also has these variables (read-only mode, toolsets). */
  public InProcessServer(Map<String, String> extraEnvironment) {
    this(extraEnvironment, Optional.empty());
  }

  private InProcessServer(Map<String, String> extraEnvironment, Optional<BrowserLauncher> signInBrowser) {
    this(extraEnvironment, signInBrowser, Optional.empty());
  }

  private InProcessServer(Map<String, String> extraEnvironment, Optional<BrowserLauncher> signInBrowser,
      Optional<String> apiTokenAccount) {
    this.extraEnvironment = Map.copyOf(extraEnvironment);
    this.signInBrowser = signInBrowser;
    this.apiTokenAccount = apiTokenAccount;
  }

  /**
   * A server signed in with an API token as another person of the sandbox (a portal customer, say), to see what
   * they may and may not do.
   *
   * @param accountId one of the sandbox's people (SeedUsers)
   */
  public static InProcessServer signedInAs(String accountId) {
    return new InProcessServer(Map.of(), Optional.empty(), Optional.of(accountId));
  }

  /**
   * A server configured for OAuth but not signed in yet, whose sign-in opens the authorization URL with
   * {@code browser} (which may follow it, as the sandbox consents on its own, or fail, as on a headless box).
   */
  public static InProcessServer notSignedIn(BrowserLauncher browser) {
    return new InProcessServer(Map.of(), Optional.of(browser));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    validator = SpecValidation.shared(context);
    sandbox = AtlassianSandbox.builder().start();
    Map<String, String> environment = apiTokenAccount.isPresent()
        ? SandboxSignIn.apiTokenEnvironment(sandbox, apiTokenAccount.get())
        : signInBrowser.isPresent()
            ? SandboxSignIn.oauthEnvironmentWithoutSignIn(sandbox, extraEnvironment)
            : SandboxSignIn.oauthEnvironment(sandbox, extraEnvironment);
    home = Path.of(environment.get(ServerConfig.MCP_HOME));
    recorder = new ExchangeRecorder();
    ServerAssembly.Builder builder = ServerAssembly.builder(ServerConfig.fromEnvironment(environment))
        .networkInterceptor(recorder);
    signInBrowser.ifPresent(builder::browser);
    assembly = builder.build();
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (sandbox != null) {
      sandbox.close();
    }
    if (home != null) {
      try (Stream<Path> files = Files.walk(home)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  public AtlassianSandbox sandbox() {
    return sandbox;
  }

  public ServerAssembly assembly() {
    return assembly;
  }

  /**
   * Runs {@code action} once, just before the next request the server sends with this method to a URL containing
   * {@code urlPart}: how a test makes someone else change something between the server's read and its write.
   */
  public void beforeNext(String method, String urlPart, Runnable action) {
    recorder.beforeNext(method, urlPart, action);
  }

  /** Calls a tool and checks what it did (see the class comment); the answer may be an error. */
  public ToolCall call(String tool, Map<String, Object> arguments) {
    return call(tool, arguments, ToolContext.NONE);
  }

  /** Calls a tool as a client with these abilities (progress, URL prompts) would. */
  public ToolCall call(String tool, Map<String, Object> arguments, ToolContext context) {
    recorder.drain();
    ToolResult result = assembly.handler().handle(tool, arguments, context);
    ToolCall call = new ToolCall(result, recorder.drain());
    List<String> problems = new ArrayList<>();
    assembly.inventory().find(tool).map(ServerTool::definition).ifPresent(definition -> {
      call.exchanges().forEach(exchange -> problems.addAll(problems(definition, exchange)));
      result.structured().ifPresent(structured -> problems.addAll(outputProblems(definition, structured)));
    });
    assertEquals(List.of(), problems, tool + " " + arguments + " answered:\n" + result.text());
    return call;
  }

  /** The text of a successful call; fails the test when the tool answered an error. */
  public String text(String tool, Map<String, Object> arguments) {
    ToolCall call = call(tool, arguments);
    if (call.isError()) {
      throw new AssertionError(tool + " " + arguments + " failed: " + call.text());
    }
    return call.text();
  }

  /** The text of a failed call; fails the test when the tool succeeded. */
  public String error(String tool, Map<String, Object> arguments) {
    ToolCall call = call(tool, arguments);
    if (!call.isError()) {
      throw new AssertionError(tool + " " + arguments + " was expected to fail but answered: " + call.text());
    }
    return call.text();
  }

  private List<String> problems(ToolDefinition definition, Exchange exchange) {
    String sitePath = AtlassianApi.sitePath(URI.create(exchange.url()).getRawPath());
    if (AtlassianApi.forPath(sitePath).isEmpty()) {
      return List.of(); // the sign-in's own calls (token endpoint, accessible resources)
    }
    List<String> problems = new ArrayList<>();
    Optional<ApiOperation> operation = OPERATIONS.match(exchange.method(), sitePath);
    if (operation.isEmpty()) {
      problems.add(exchange + ": no operation of the official specs");
    } else {
      OperationRef ref = new OperationRef(operation.get().spec(), operation.get().operationId());
      if (!definition.operations().contains(ref)) {
        problems.add(exchange + ": " + ref + " is not among the operations " + definition.name()
            + " declares, so its scope is not requested");
      }
      if (operation.get().deprecated()) {
        problems.add(exchange + ": " + ref + " is deprecated");
      }
    }
    validator.requestProblems(exchange.method(), exchange.url(), exchange.requestHeaders(), exchange.requestBody())
        .stream()
        .filter(problem -> !SpecValidator.isRequestDocumentationGap(exchange.method(), exchange.url(), problem))
        .forEach(problem -> problems.add(exchange + ": request: " + problem));
    validator.responseProblems(exchange.method(), exchange.url(), exchange.status(), exchange.contentType(),
            exchange.responseBody()).stream()
        .filter(problem -> !SpecValidator.isDocumentationGap(exchange.method(), exchange.url(), exchange.status(),
            problem))
        .forEach(problem -> problems.add(exchange + ": response: " + problem));
    return problems;
  }

  private static List<String> outputProblems(ToolDefinition definition, Map<String, Object> structured) {
    Optional<Map<String, Object>> outputSchema = definition.outputSchema();
    if (outputSchema.isEmpty()) {
      return List.of(definition.name() + " answered structured content but declares no output schema");
    }
    Gson gson = new Gson();
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(gson.toJson(outputSchema.get()), InputFormat.JSON);
    return schema.validate(gson.toJson(structured), InputFormat.JSON).stream()
        .map(error -> "structured content " + error.getInstanceLocation() + ": " + error.getMessage())
        .toList();
  }
}
