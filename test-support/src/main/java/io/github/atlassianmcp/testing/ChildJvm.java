package io.github.atlassianmcp.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts a test class's main method in a separate JVM with this test run's classpath. */
public final class ChildJvm {

  private ChildJvm() {}

  public static ProcessBuilder builder(Class<?> main, Map<String, String> environment, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xshare:auto");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    builder.environment().putAll(environment);
    return builder;
  }

  public static Process start(Class<?> main, Map<String, String> environment, File output, String... args)
      throws IOException {
    return builder(main, environment, args).redirectErrorStream(true).redirectOutput(output).start();
  }
}
