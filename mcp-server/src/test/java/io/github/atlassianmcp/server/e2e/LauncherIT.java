package io.github.atlassianmcp.server.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * target/bin/atlassian-mcp, the launcher the build writes: it serves MCP with its class-data archive, and an archive
 * the JVM cannot use (stale after a rebuild, or made by another JDK) costs speed only: the JVM's warning goes to
 * stderr, where by default it would have gone to stdout, into the JSON-RPC stream.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LauncherIT {

  private static final Pattern ARCHIVE_WARNING = Pattern.compile("\\[(warning|error) *\\]\\[(cds|aot)");
  private static final boolean TRAINING_SKIPPED = Boolean.getBoolean("launcher.training.skip");

  private final AtlassianSandbox sandbox = AtlassianSandbox.builder().start();
  private final Path bin = ServerProcess.jar().resolveSibling("bin");

  @AfterAll
  void stop() {
    sandbox.close();
  }

  @Test
  void theLauncherServesMcpWithItsArchive() throws Exception {
    assumeFalse(TRAINING_SKIPPED, "built with -Dlauncher.training.skip=true: no archive to use");
    Path archive = archive(bin);
    // "on": the JVM refuses to start rather than run without the archive, so this proves the archive is used.
    String requireArchive = archive.toString().endsWith(".aot") ? "-XX:AOTMode=on" : "-Xshare:on";
    try (Wire wire = Wire.start(bin.resolve("atlassian-mcp"), environment(requireArchive))) {
      wire.initialize();
      JsonObject issue = wire.request("tools/call",
          "{\"name\":\"jira_get_issue\",\"arguments\":{\"issue_key\":\"PROJ-12\"}}").getAsJsonObject("result");
      assertTrue(issue.toString().contains("PROJ-12"), issue.toString());
      wire.assertStdoutIsOnlyJsonRpc();
    }
  }

  @Test
  void anArchiveOlderThanTheJarIsLeftOut(@TempDir Path copy) throws Exception {
    assumeFalse(TRAINING_SKIPPED, "built with -Dlauncher.training.skip=true: no archive to leave out");
    Path launcher = copyLayoutWithRebuiltJar(copy);
    try (Wire wire = Wire.start(launcher, environment("-Xlog:class+load=info:stderr"))) {
      wire.initialize();
      wire.assertStdoutIsOnlyJsonRpc();
      assertTrue(wire.stderr().stream().anyMatch(line -> line.contains("io.github.atlassianmcp.server.cli.Main ")),
          "class loading was logged");
      assertTrue(wire.stderr().stream().noneMatch(line -> line.contains("io.github.atlassianmcp")
          && line.contains("shared objects file")), "an application class came from the stale archive");
    }
  }

  @Test
  void aStaleArchiveLeavesStdoutCleanJsonRpc(@TempDir Path copy) throws Exception {
    assumeFalse(TRAINING_SKIPPED, "built with -Dlauncher.training.skip=true: no archive to go stale");
    // A rebuilt jar and an archive that looks newer, so the launcher hands it to the JVM, which must reject it.
    Path launcher = copyLayoutWithRebuiltJar(copy);
    Path archive = archive(copy.resolve("bin"));
    Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    try (Wire wire = Wire.start(launcher, environment(""))) {
      wire.initialize();
      wire.request("tools/list", "{}");
      wire.assertStdoutIsOnlyJsonRpc();
      Runtime.Version jdk = Runtime.version();
      if (archive.toString().endsWith(".jsa") || jdk.feature() > 25 || jdk.update() >= 4) {
        // JDK 25.0.0-25.0.3 do not notice a changed jar behind an AOT cache (JDK-8377932): no warning to see.
        wire.assertStderrMatches(ARCHIVE_WARNING);
      }
    }
  }

  @Test
  void anArchiveOfAnotherJvmBuildLeavesStdoutCleanJsonRpc(@TempDir Path temp) throws Exception {
    assumeFalse(TRAINING_SKIPPED, "built with -Dlauncher.training.skip=true: no archive to spoil");
    // As after the JDK is updated in place: the archive names another build of the JVM in its header. A later
    // archive option (ATLASSIAN_MCP_JAVA_OPTS) overrides the launcher's, so the archive is all that differs.
    Path archive = archive(bin);
    boolean aot = archive.toString().endsWith(".aot");
    Path copy = Files.copy(archive, temp.resolve(archive.getFileName()));
    String useCopy = (aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + copy;
    String required = aot ? " -XX:AOTMode=on" : " -Xshare:on";
    assertEquals(0, version(useCopy + required), "the copied archive, unchanged, is usable");

    Properties training = new Properties();
    try (var in = Files.newBufferedReader(bin.resolve("training.properties"))) {
      training.load(in);
    }
    String java = training.getProperty("java");
    String vmVersion = java.substring(java.lastIndexOf(' ') + 1);
    byte[] bytes = Files.readAllBytes(copy);
    int at = indexOf(bytes, vmVersion.getBytes(StandardCharsets.US_ASCII));
    assertTrue(at >= 0, "the archive's header names the JVM build " + vmVersion);
    bytes[at] = (byte) (bytes[at] == '9' ? '8' : '9');
    copy.toFile().setWritable(true);
    Files.write(copy, bytes);
    assertNotEquals(0, version(useCopy + required), "the JVM used an archive of another JVM build");

    try (Wire wire = Wire.start(bin.resolve("atlassian-mcp"), environment(useCopy))) {
      wire.initialize();
      wire.request("tools/list", "{}");
      wire.assertStdoutIsOnlyJsonRpc();
    }
  }

  @Test
  void theLauncherRunsThroughASymlink(@TempDir Path elsewhere) throws Exception {
    Path link = Files.createSymbolicLink(elsewhere.resolve("atlassian-mcp"), bin.resolve("atlassian-mcp"));
    Process process = new ProcessBuilder(link.toString(), "--version").redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), output);
    assertTrue(output.startsWith("atlassian-mcp-server "), output);
    Files.delete(link);
  }

  /** The exit code of {@code bin/atlassian-mcp --version} with these extra JVM options. */
  private int version(String javaOptions) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(bin.resolve("atlassian-mcp").toString(), "--version")
        .redirectErrorStream(true);
    builder.environment().putAll(environment(javaOptions));
    Process process = builder.start();
    process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "--version did not end");
    return process.exitValue();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= Math.min(haystack.length, 1 << 16); i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    return -1;
  }

  private Map<String, String> environment(String javaOptions) {
    Map<String, String> env = SandboxSignIn.apiTokenEnvironment(sandbox);
    env.put("ATLASSIAN_MCP_JAVA_OPTS", javaOptions);
    env.put("ATLASSIAN_MCP_JAVA", "");
    return env;
  }

  /**
   * target/bin copied to {@code root}, and the jar beside it as a rebuild leaves it: newer than the archive, one
   * entry more; the copy's launcher.
   */
  private Path copyLayoutWithRebuiltJar(Path root) throws IOException {
    Files.createDirectories(root.resolve("bin"));
    try (var files = Files.list(bin)) {
      for (Path file : files.toList()) {
        Files.copy(file, root.resolve("bin").resolve(file.getFileName()));
      }
    }
    Path jar = root.resolve(ServerProcess.jar().getFileName());
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(ServerProcess.jar()));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        in.transferTo(out);
      }
      out.putNextEntry(new ZipEntry("META-INF/rebuilt.txt"));
      out.write("rebuilt".getBytes(StandardCharsets.UTF_8));
    }
    Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 1_000));
    return root.resolve("bin").resolve("atlassian-mcp");
  }

  private static Path archive(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".jsa") || f.toString().endsWith(".aot")).findFirst()
          .orElseThrow(() -> new AssertionError("no class-data archive in " + dir + ": the build's training failed"));
    }
  }

  /** JSON-RPC written by hand to a launched server, and every line of its stdout and stderr kept. */
  private static final class Wire implements AutoCloseable {
    private final Process process;
    private final OutputStream stdin;
    private final List<String> stdout = Collections.synchronizedList(new ArrayList<>());
    private final List<String> stderr = Collections.synchronizedList(new ArrayList<>());
    private final BlockingQueue<JsonObject> responses = new LinkedBlockingQueue<>();
    private int nextId;

    private Wire(Process process) {
      this.process = process;
      this.stdin = process.getOutputStream();
      read(process.getInputStream(), line -> {
        stdout.add(line);
        try {
          JsonObject message = JsonParser.parseString(line).getAsJsonObject();
          if (message.has("id")) {
            responses.add(message);
          }
        } catch (RuntimeException notJson) {
          // kept in stdout; assertStdoutIsOnlyJsonRpc reports it
        }
      });
      read(process.getErrorStream(), stderr::add);
    }

    static Wire start(Path launcher, Map<String, String> environment) throws IOException {
      ProcessBuilder builder = new ProcessBuilder(launcher.toString());
      builder.environment().putAll(environment);
      return new Wire(builder.start());
    }

    void initialize() throws IOException, InterruptedException {
      request("initialize", "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
          + "\"clientInfo\":{\"name\":\"launcher-test\",\"version\":\"1\"}}");
      send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    }

    JsonObject request(String method, String params) throws IOException, InterruptedException {
      int id = ++nextId;
      send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}");
      JsonObject response = responses.poll(60, TimeUnit.SECONDS);
      if (response == null) {
        throw new AssertionError(method + ": no answer within 60 s; stdout " + stdout + "; stderr " + stderr);
      }
      assertEquals(id, response.get("id").getAsInt(), response.toString());
      assertTrue(response.has("result"), response.toString());
      return response;
    }

    void assertStdoutIsOnlyJsonRpc() {
      assertTrue(!stdout.isEmpty(), "nothing on stdout");
      for (String line : List.copyOf(stdout)) {
        JsonElement json;
        try {
          json = JsonParser.parseString(line);
        } catch (RuntimeException e) {
          throw new AssertionError("not JSON on stdout: " + line + "\nstderr: " + stderr, e);
        }
        assertTrue(json.isJsonObject() && json.getAsJsonObject().has("jsonrpc"), "not JSON-RPC on stdout: " + line);
      }
    }

    List<String> stderr() {
      return List.copyOf(stderr);
    }

    void assertStderrMatches(Pattern pattern) {
      assertTrue(List.copyOf(stderr).stream().anyMatch(line -> pattern.matcher(line).find()),
          "the JVM should have warned about the archive on stderr: " + stderr);
    }

    private void send(String line) throws IOException {
      stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      stdin.flush();
    }

    private static void read(InputStream stream, Consumer<String> lines) {
      Thread reader = new Thread(() -> {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            lines.accept(line);
          }
        } catch (IOException ended) {
          // the process ended
        }
      });
      reader.setDaemon(true);
      reader.start();
    }

    @Override
    public void close() throws Exception {
      stdin.close();
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the server did not end when its input ended");
      }
    }
  }
}
