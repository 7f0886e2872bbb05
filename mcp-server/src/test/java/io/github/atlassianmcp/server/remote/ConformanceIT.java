package io.github.atlassianmcp.server.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The official MCP conformance suite ({@code @modelcontextprotocol/conformance}, pinned in
 * {@code src/test/conformance}) against {@code serve --http} on the embedded database. The suite sends no token,
 * so a loopback proxy adds one (the server's own checks still run on every request). Scenarios that exercise the
 * suite's reference tools, resources and prompts, or session-bound SSE streams a stateless server does not
 * keep, are listed with the reason in {@code src/test/conformance/not-applicable.yaml}; every other scenario must
 * pass. Needs npm (it installs the suite and Node 22 into target/conformance once); without npm it is skipped
 * unless {@code -Dconformance.required=true} (CI).
 */
class ConformanceIT {

  private static final Path SOURCE = Path.of("src/test/conformance");
  private static final Path INSTALLED = Path.of("target/conformance");

  @Test
  void theOfficialSuitePassesEveryApplicableScenario() throws Exception {
    Path conformance = install();
    try (AtlassianSandbox sandbox = AtlassianSandbox.builder().start();
        StandInOidcProvider provider = new StandInOidcProvider();
        TokenAddingProxy proxy = new TokenAddingProxy()) {
      String publicUrl = "http://127.0.0.1:" + proxy.port();
      try (TeamServer team = new TeamServer(sandbox, provider, null, null, 1, publicUrl)) {
        proxy.forward(team.port(0), provider.accessToken("conformance", publicUrl + "/mcp",
            Set.of("openid", "atlassian:write"), Duration.ofMinutes(30)));
        List<String> command = new ArrayList<>(List.of(conformance.toString(), "server", "--url", publicUrl + "/mcp",
            "--spec-version", "2025-11-25", "--expected-failures", SOURCE.resolve("not-applicable.yaml")
                .toAbsolutePath().toString()));
        Path log = INSTALLED.resolve("last-run.log");
        ProcessBuilder suite = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // The suite needs Node 22+: the npm package node installed beside it comes first on the PATH.
        suite.environment().put("PATH", conformance.getParent().toAbsolutePath() + java.io.File.pathSeparator
            + System.getenv("PATH"));
        Process run = suite.start();
        boolean finished = run.waitFor(5, TimeUnit.MINUTES);
        String output = Files.readString(log);
        System.out.println(output);
        assertEquals(true, finished, "the suite did not finish in 5 minutes");
        assertEquals(0, run.exitValue(), "conformance failures (see " + log.toAbsolutePath() + "):\n" + output);
      }
    }
  }

  /** The suite's binary, installed from the pinned lock file when missing. */
  private static Path install() throws IOException, InterruptedException {
    Path binary = INSTALLED.resolve("node_modules/.bin/conformance");
    if (Files.isExecutable(binary) && Files.mismatch(SOURCE.resolve("package-lock.json"),
        INSTALLED.resolve("package-lock.json")) == -1) {
      return binary;
    }
    boolean required = Boolean.getBoolean("conformance.required");
    boolean npm = new ProcessBuilder("npm", "--version").start().waitFor() == 0;
    assumeTrue(npm || required, "npm is not installed: the conformance suite is skipped");
    Files.createDirectories(INSTALLED);
    for (String file : List.of("package.json", "package-lock.json")) {
      Files.copy(SOURCE.resolve(file), INSTALLED.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    Process install = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
        .directory(INSTALLED.toFile()).redirectErrorStream(true)
        .redirectOutput(INSTALLED.resolve("npm-ci.log").toFile()).start();
    assertEquals(true, install.waitFor(5, TimeUnit.MINUTES), "npm ci did not finish in 5 minutes");
    assertEquals(0, install.exitValue(), "npm ci failed: " + Files.readString(INSTALLED.resolve("npm-ci.log")));
    return binary;
  }
}
