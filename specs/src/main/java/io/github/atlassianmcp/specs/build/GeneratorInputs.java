package io.github.atlassianmcp.specs.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes the generator's "skip if the spec is unchanged" also notice changes to its other inputs (our template
 * overrides, the generator options in the pom). Without this a template edit leaves stale generated code.
 *
 * <p>Usage: {@code --inputs=file-or-dir,... --generated=dir}. When the fingerprint of the inputs differs from the
 * one stored in {@code dir}, the generator's per-spec checksums under {@code dir/&#42;/.openapi-generator/} are
 * deleted, so the next generation runs.
 */
public final class GeneratorInputs {

  private static final String STAMP = "generator-inputs.sha256";

  private GeneratorInputs() {}

  public static void main(String[] args) throws IOException {
    List<Path> inputs = new ArrayList<>();
    Path generated = null;
    for (String arg : args) {
      if (arg.startsWith("--inputs=")) {
        for (String input : arg.substring("--inputs=".length()).split(",")) {
          inputs.add(Path.of(input.trim()).toAbsolutePath().normalize());
        }
      } else if (arg.startsWith("--generated=")) {
        generated = Path.of(arg.substring("--generated=".length())).toAbsolutePath().normalize();
      } else {
        throw new IllegalArgumentException("Expected --inputs=... or --generated=..., got " + arg);
      }
    }
    if (generated == null || inputs.isEmpty()) {
      throw new IllegalArgumentException("Both --inputs and --generated are needed");
    }
    String fingerprint = fingerprint(inputs);
    Path stamp = generated.resolve(STAMP);
    if (Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)) {
      return;
    }
    if (Files.isDirectory(generated)) {
      try (Stream<Path> files = Files.walk(generated, 3)) {
        for (Path checksum : files.filter(p -> p.getParent() != null
            && p.getParent().getFileName().toString().equals(".openapi-generator")
            && p.getFileName().toString().endsWith(".sha256")).toList()) {
          Files.delete(checksum);
        }
      }
    }
    boolean changed = Files.exists(stamp);
    Files.createDirectories(generated);
    Files.writeString(stamp, fingerprint);
    if (changed) {
      System.out.println("[generated-client] Templates or generator options changed: the clients are generated again");
    }
  }

  private static String fingerprint(List<Path> inputs) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (Path input : inputs) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(input)) {
        // Notes beside the templates (README.md) are not inputs of the generator.
        files = walk.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().endsWith(".md")).sorted()
            .toList();
      }
      for (Path file : files) {
        digest.update(input.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(file));
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
