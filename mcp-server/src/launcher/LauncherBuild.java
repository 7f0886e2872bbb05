import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A build step of mcp-server, run by Maven right after the jar is shaded, as a single-file program:
 * {@code java LauncherBuild.java SOURCES TARGET SKIP_TRAINING}.
 *
 * <p>It writes {@code target/bin/atlassian-mcp} (the launcher MCP client configs point at) and
 * {@code target/bin/jvm.options}, then trains the launcher's class-data archive for the JDK that runs the build: a
 * dynamic AppCDS archive on JDK 17 to 24, the AOT cache on 25 and later. The training run is the launcher's own JVM
 * options serving MCP in API-token mode against a sandbox of its own (SandboxMain, another process, so that the
 * sandbox's classes stay out of the archive) while this program calls the tools over stdio; the JVM writes the
 * archive as it exits. The JVM relocates the whole archive into memory at start, so what the archive holds and
 * serving does not use costs resident memory. The training is skipped when the jar, the JDK and the options are those of the last one,
 * and with {@code -Dlauncher.training.skip=true}; a failed training leaves a launcher that runs without an archive.
 */
public final class LauncherBuild {

  private static final String LAUNCHER = "atlassian-mcp";
  private static final String OPTIONS = "jvm.options";
  private static final String STAMP = "training.properties";
  private static final long TRAINING_TIMEOUT_SECONDS = 300;
  private static final Pattern SANDBOX_URL = Pattern.compile("running at (http://\\S+)");
  private static final Pattern SANDBOX_USER = Pattern.compile("signed in:.*<(\\S+)> API token (\\S+)");

  /** What a training session does: the tools an agent uses most, reads and one write, on the sandbox's data. */
  private static final List<String> TRAINING_CALLS = List.of(
      "{\"name\":\"jira_search\",\"arguments\":{\"jql\":\"project = PROJ ORDER BY updated DESC\",\"max_results\":50}}",
      "{\"name\":\"jira_get_issue\",\"arguments\":{\"issue_key\":\"PROJ-12\"}}",
      "{\"name\":\"jira_get_transitions\",\"arguments\":{\"issue_key\":\"PROJ-12\"}}",
      "{\"name\":\"jira_add_comment\",\"arguments\":{\"issue_key\":\"PROJ-12\",\"comment\":\"Trained: **bold**, `code`"
          + " and a [link](https://example.com)\"}}",
      "{\"name\":\"confluence_search\",\"arguments\":{\"query\":\"runbook\"}}",
      "{\"name\":\"confluence_get_page\",\"arguments\":{\"page_id\":\"98307\"}}",
      "{\"name\":\"servicedesk_list_requests\",\"arguments\":{\"status\":\"all\"}}",
      "{\"name\":\"servicedesk_get_request\",\"arguments\":{\"issue_key\":\"SUP-2\"}}");

  /** The two kinds of archive: the option that writes one in a training run, and the one that uses it. */
  private enum Archive {
    APP_CDS("atlassian-mcp.jsa", "-XX:ArchiveClassesAtExit=", "-XX:SharedArchiveFile="),
    AOT_CACHE("atlassian-mcp.aot", "-XX:AOTCacheOutput=", "-XX:AOTCache=");

    final String file;
    final String write;
    final String use;

    Archive(String file, String write, String use) {
      this.file = file;
      this.write = write;
      this.use = use;
    }

    static Archive forThisJdk() {
      return Runtime.version().feature() >= 25 ? AOT_CACHE : APP_CDS;
    }
  }

  private LauncherBuild() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: java LauncherBuild.java SOURCES TARGET SKIP_TRAINING");
    }
    Path sources = Path.of(args[0]);
    Path target = Path.of(args[1]);
    boolean skipTraining = Boolean.parseBoolean(args[2]);
    Path jar = target.resolve("atlassian-mcp-server.jar");
    Path bin = target.resolve("bin");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Archive archive = Archive.forThisJdk();
    Files.createDirectories(bin);
    writeOptions(sources.resolve(OPTIONS), bin.resolve(OPTIONS), java);
    writeLauncher(sources.resolve(LAUNCHER), bin.resolve(LAUNCHER), java, archive);
    for (Archive other : Archive.values()) {
      if (other != archive) {
        Files.deleteIfExists(bin.resolve(other.file));
      }
    }
    Path archiveFile = bin.resolve(archive.file);
    if (skipTraining) {
      Files.deleteIfExists(archiveFile);
      Files.deleteIfExists(bin.resolve(STAMP));
      log("bin/" + LAUNCHER + " written; training skipped (launcher.training.skip), so it runs without an archive");
      return;
    }
    Properties wanted = stamp(jar, java, bin.resolve(OPTIONS), sources.resolve("LauncherBuild.java"));
    if (upToDate(bin, archiveFile, wanted, jar)) {
      log("bin/" + LAUNCHER + " written; its " + archive.file + " is up to date");
      return;
    }
    train(java, jar, bin, archive, archiveFile, wanted);
  }

  /**
   * Copies the options, keeping a line that starts with {@code ?} (options some JDKs no longer know, which would
   * stop the JVM) only when the build's JDK starts with it, without the {@code ?}.
   */
  private static void writeOptions(Path source, Path target, Path java) throws IOException, InterruptedException {
    List<String> written = new ArrayList<>();
    for (String line : Files.readAllLines(source)) {
      if (!line.startsWith("?")) {
        written.add(line);
        continue;
      }
      List<String> options = List.of(line.substring(1).trim().split("\\s+"));
      List<String> probe = new ArrayList<>(List.of(java.toString()));
      probe.addAll(options);
      probe.add("-version");
      Process process = new ProcessBuilder(probe).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (process.waitFor() == 0) {
        written.addAll(options);
      } else {
        written.add("# not known to this JDK: " + String.join(" ", options));
      }
    }
    Files.write(target, written);
  }

  private static void writeLauncher(Path template, Path launcher, Path java, Archive archive) throws IOException {
    String script = Files.readString(template)
        .replace("{{JAVA}}", java.toString().replace("'", "'\\''"))
        .replace("{{ARCHIVE_FILE}}", archive.file)
        .replace("{{ARCHIVE_OPTION}}", archive.use);
    Files.writeString(launcher, script);
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** The inputs an archive is valid for: the jar's bytes, the JDK build, the options, this program. */
  private static Properties stamp(Path jar, Path java, Path options, Path program) throws IOException {
    Properties stamp = new Properties();
    stamp.setProperty("jar.sha256", sha256(jar));
    stamp.setProperty("java", java + " " + System.getProperty("java.vm.version"));
    stamp.setProperty("options.sha256", sha256(options));
    stamp.setProperty("program.sha256", sha256(program));
    return stamp;
  }

  /**
   * True when the last training had the same inputs. The shaded jar is rewritten on every package, byte for byte
   * the same when nothing changed; the JVM checks a jar's modification time against the archive's record, so the
   * identical jar gets the time it had when the archive was made.
   */
  private static boolean upToDate(Path bin, Path archiveFile, Properties wanted, Path jar) throws IOException {
    Path stampFile = bin.resolve(STAMP);
    if (!Files.isRegularFile(archiveFile) || !Files.isRegularFile(stampFile)) {
      return false;
    }
    Properties last = new Properties();
    try (var in = Files.newBufferedReader(stampFile)) {
      last.load(in);
    }
    for (String key : wanted.stringPropertyNames()) {
      if (!wanted.getProperty(key).equals(last.getProperty(key))) {
        return false;
      }
    }
    Files.setLastModifiedTime(jar, FileTime.fromMillis(Long.parseLong(last.getProperty("jar.mtime"))));
    return true;
  }

  private static void train(Path java, Path jar, Path bin, Archive archive, Path archiveFile, Properties stamp)
      throws IOException, InterruptedException {
    Files.deleteIfExists(archiveFile);
    Files.deleteIfExists(bin.resolve(STAMP));
    Path trainingLog = bin.resolve("training.log");
    Files.deleteIfExists(trainingLog);
    List<String> problems = new ArrayList<>();
    long started = System.nanoTime();
    Process sandbox = new ProcessBuilder(java.toString(), "-cp", jar.toString(),
        "io.github.atlassianmcp.sandbox.SandboxMain").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      Map<String, String> site = sandboxSite(sandbox);
      // The JVM checks the class path against the archive's as a string: the launcher's own spelling of the jar.
      String launcherJar = bin.toRealPath() + "/../" + jar.getFileName();
      List<String> command = List.of(java.toString(), "@" + bin.resolve(OPTIONS), archive.write + archiveFile,
          "-jar", launcherJar);
      ProcessBuilder builder = new ProcessBuilder(command).redirectError(trainingLog.toFile());
      Map<String, String> environment = builder.environment();
      environment.keySet().removeIf(name -> name.startsWith("ATLASSIAN_") || name.equals("JAVA_TOOL_OPTIONS")
          || name.equals("JDK_JAVA_OPTIONS"));
      environment.putAll(site);
      environment.put("ATLASSIAN_MCP_HOME", Files.createTempDirectory("atlassian-mcp-training-").toString());
      // Every toolset, so that the training's service desk calls are answered (the default lists Jira and Confluence).
      environment.put("ATLASSIAN_TOOLSETS", "all");
      Process server = builder.start();
      try {
        converse(server, problems);
      } catch (IOException | RuntimeException e) {
        problems.add(e.toString());
      } finally {
        server.getOutputStream().close();
      }
      if (!server.waitFor(TRAINING_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        server.destroyForcibly();
        problems.add("the training run did not exit in " + TRAINING_TIMEOUT_SECONDS + " s");
      }
    } catch (IOException e) {
      problems.add(e.getMessage());
    } finally {
      sandbox.destroy();
      sandbox.waitFor(30, TimeUnit.SECONDS);
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
    if (!Files.isRegularFile(archiveFile)) {
      log("training wrote no " + archive.file + " (" + String.join("; ", problems) + "); see " + trainingLog
          + ". bin/" + LAUNCHER + " runs without an archive.");
      return;
    }
    for (String problem : problems) {
      log("warning: " + problem + " (see " + trainingLog + ")");
    }
    stamp.setProperty("jar.mtime", Long.toString(Files.getLastModifiedTime(jar).toMillis()));
    try (var out = Files.newBufferedWriter(bin.resolve(STAMP))) {
      stamp.store(out, "The inputs of " + archive.file + "; the build trains again when one changes.");
    }
    log(String.format("bin/%s written; trained its %s (%.1f MiB) in %d s", LAUNCHER, archive.file,
        Files.size(archiveFile) / 1048576.0, seconds));
  }

  /** The site, email and API token the standalone sandbox prints on stderr, as the server's environment. */
  private static Map<String, String> sandboxSite(Process sandbox) throws IOException {
    BufferedReader banner = new BufferedReader(new InputStreamReader(sandbox.getErrorStream(), StandardCharsets.UTF_8));
    Map<String, String> site = new HashMap<>();
    for (String line = banner.readLine(); line != null; line = banner.readLine()) {
      Matcher url = SANDBOX_URL.matcher(line);
      Matcher user = SANDBOX_USER.matcher(line);
      if (url.find()) {
        site.put("ATLASSIAN_SITE_URL", url.group(1));
      } else if (user.find()) {
        site.put("ATLASSIAN_EMAIL", user.group(1));
        site.put("ATLASSIAN_API_TOKEN", user.group(2));
      } else if (line.startsWith("Press Ctrl-C") && site.size() == 3) {
        Thread drain = new Thread(() -> {
          try {
            banner.transferTo(Writer.nullWriter());
          } catch (IOException ended) {
            // the sandbox stopped
          }
        }, "sandbox-stderr");
        drain.setDaemon(true);
        drain.start();
        return site;
      }
    }
    throw new IOException("the sandbox (SandboxMain) ended before printing its site and API token");
  }

  /** initialize, tools/list and the training calls, each awaited; an error answer is noted, not fatal. */
  private static void converse(Process server, List<String> problems) throws IOException, InterruptedException {
    Conversation conversation = new Conversation(server, problems);
    conversation.request("initialize", "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
        + "\"clientInfo\":{\"name\":\"launcher-training\",\"version\":\"1\"}}");
    conversation.send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    conversation.request("tools/list", "{}");
    for (String call : TRAINING_CALLS) {
      conversation.request("tools/call", call);
    }
  }

  /** JSON-RPC lines with the training server: its stdout read on a thread of its own, each request awaited. */
  private static final class Conversation {
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final OutputStream in;
    private final List<String> problems;
    private int nextId;

    Conversation(Process server, List<String> problems) {
      this.in = server.getOutputStream();
      this.problems = problems;
      Thread reader = new Thread(() -> {
        try (BufferedReader out = new BufferedReader(
            new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line = out.readLine(); line != null; line = out.readLine()) {
            lines.add(line);
          }
        } catch (IOException ended) {
          // the process is gone; request() times out
        }
      }, "training-stdout");
      reader.setDaemon(true);
      reader.start();
    }

    void request(String method, String params) throws IOException, InterruptedException {
      String id = "\"training-" + (++nextId) + "\"";
      send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}");
      while (true) {
        String line = lines.poll(120, TimeUnit.SECONDS);
        if (line == null) {
          throw new IOException("no answer to " + method + " in 120 s");
        }
        if (line.contains("\"id\":" + id)) {
          if (line.contains("\"isError\":true") || line.contains("\"error\":{")) {
            problems.add(method + " " + params + " answered an error");
          }
          return;
        }
      }
    }

    void send(String message) throws IOException {
      in.write((message + "\n").getBytes(StandardCharsets.UTF_8));
      in.flush();
    }
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void log(String message) {
    System.out.println("[launcher] " + message);
  }
}
