package io.github.atlassianmcp.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.config.ServerConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged jar's commands as a person runs them in a terminal. */
class CommandLineIT {

  /** A site nothing listens on: every call fails at once with a transport error. */
  private static final Map<String, String> UNREACHABLE = SandboxSignIn.isolated(Map.of(
      ServerConfig.SITE_URL, "https://127.0.0.1:1", ServerConfig.EMAIL, "a@example.com",
      ServerConfig.API_TOKEN, "not-a-real-token"));

  @Test
  void callPrintsTheAnswerAloneUnlessVerbose() throws Exception {
    Run quiet = run("call", "jira_get_issue", "issue_key=PROJ-1");
    assertEquals(1, quiet.exitCode(), quiet.toString());
    assertEquals(1, quiet.stderr().size(), "only the answer, no log lines: " + quiet);
    assertTrue(quiet.stderr().get(0).startsWith("Could not reach Jira"), quiet.toString());

    Run verbose = run("--verbose", "call", "jira_get_issue", "issue_key=PROJ-1");
    assertTrue(verbose.stderr().stream().anyMatch(line -> line.contains(" INFO ")), "--verbose shows the log: "
        + verbose);
  }

  private static Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(ServerProcess.javaExecutable(), "-jar",
        ServerProcess.jar().toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(UNREACHABLE);
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] stdout = process.getInputStream().readAllBytes();
    byte[] stderr = process.getErrorStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command must end");
    return new Run(process.exitValue(), new String(stdout, StandardCharsets.UTF_8).lines().toList(),
        new String(stderr, StandardCharsets.UTF_8).lines().toList());
  }

  private record Run(int exitCode, List<String> stdout, List<String> stderr) {}
}
