package io.github.atlassianmcp.server.remote;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL for the tests, without Docker: Debian's server binaries ({@code apt-get install postgresql},
 * which .ci/run does), a throw-away cluster in a temporary folder on a free loopback port, trust authentication.
 * PostgreSQL refuses to run as root, so under root the cluster belongs to the {@code postgres} system user.
 */
final class PostgresServer implements AutoCloseable {

  private final Path bin;
  private final Path folder;
  private final Path data;
  private final int port;
  private final boolean asPostgresUser;

  private PostgresServer(Path bin, Path folder, int port, boolean asPostgresUser) {
    this.bin = bin;
    this.folder = folder;
    this.data = folder.resolve("data");
    this.port = port;
    this.asPostgresUser = asPostgresUser;
  }

  static PostgresServer start() throws IOException, InterruptedException {
    Path bin = binaries();
    Path folder = Files.createTempDirectory("atlassian-mcp-pg-");
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      run(List.of("chown", "postgres", folder.toString()), folder);
    }
    PostgresServer server = new PostgresServer(bin, folder, freePort(), root);
    server.command(List.of(bin.resolve("initdb").toString(), "-D", server.data.toString(), "-U", "test",
        "--auth=trust", "-E", "UTF8", "--no-sync"));
    server.command(List.of(bin.resolve("pg_ctl").toString(), "-D", server.data.toString(), "-w", "-l",
        folder.resolve("server.log").toString(), "-o", "-p " + server.port + " -k " + folder
            + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
        "start"));
    return server;
  }

  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  String user() {
    return "test";
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try {
      command(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"));
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private void command(List<String> command) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (asPostgresUser) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    run(full, folder);
  }

  private static void run(List<String> command, Path folder) throws IOException, InterruptedException {
    Path output = Files.createTempFile("pg-command-", ".log");
    try {
      Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
          .redirectOutput(output.toFile()).start();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(command.get(0) + " did not finish in 60 s");
      }
      if (process.exitValue() != 0) {
        throw new IOException(String.join(" ", command) + " failed (" + process.exitValue() + "): "
            + Files.readString(output));
      }
    } finally {
      Files.deleteIfExists(output);
    }
  }

  private static Path binaries() throws IOException {
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        var newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
            .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", "0"))));
        if (newest.isPresent()) {
          return newest.get().resolve("bin");
        }
      }
    }
    throw new IOException("PostgreSQL's server binaries are missing: install them with 'apt-get install postgresql'"
        + " (.ci/run does).");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
