package io.github.atlassianmcp.specs.build;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The build step of the specs module: obtains every file of {@code manifest.json}, applies our overlays,
 * and writes what the other modules use:
 * <ul>
 *   <li>{@code target/openapi/official/} the files as obtained (tests validate requests against these);</li>
 *   <li>{@code target/openapi/patched/} the same with our overlays (the generator reads these);</li>
 *   <li>the operation index and the ADF schema as resources of this module's jar.</li>
 * </ul>
 * A build with unchanged inputs skips all of it.
 */
public final class PrepareSpecs {

  private final Map<String, String> options;

  private PrepareSpecs(Map<String, String> options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0) {
        throw new IllegalArgumentException("Expected --name=value, got " + arg);
      }
      options.put(arg.substring(2, eq), arg.substring(eq + 1));
    }
    try {
      new PrepareSpecs(options).run();
    } catch (SpecUnavailableException e) {
      // One sentence, no stack trace: this is the message a newcomer sees.
      throw new IllegalStateException(e.getMessage(), null);
    }
  }

  private Path path(String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("Missing --" + name);
    }
    return Path.of(value).toAbsolutePath().normalize();
  }

  private void run() throws IOException, SpecUnavailableException {
    Path manifestFile = path("manifest");
    Path ours = path("ours");
    Path overlays = path("overlays");
    Path shared = path("shared");
    Path out = path("out");
    Path resources = path("resources");
    boolean offline = Boolean.parseBoolean(options.getOrDefault("offline", "false"));
    SpecManifest manifest = SpecManifest.read(manifestFile);

    String fingerprint = fingerprint(manifest, manifestFile, ours, overlays, shared);
    Path stamp = out.resolve("prepared.fingerprint");
    if (Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)
        && Files.exists(resources.resolve("operations.tsv"))) {
      log("Specs are up to date in " + out);
      return;
    }

    SpecAcquirer acquirer = new SpecAcquirer(shared, ours, offline);
    OverlayApplier overlayApplier = new OverlayApplier();
    OperationIndexWriter indexWriter = new OperationIndexWriter();
    List<String> index = new ArrayList<>();
    index.add("# spec\tproduct\tmethod\tpath\toperationId\tdeprecated\tscopes (state Current)");
    Map<String, String> origins = new LinkedHashMap<>();
    Files.createDirectories(resources);

    for (SpecManifest.Entry entry : manifest.specs()) {
      Path official = out.resolve("official").resolve(entry.file());
      SpecAcquirer.Acquired acquired = acquirer.acquire(entry, official);
      origins.put(entry.file(), acquired.origin());
      log(entry.file() + ": " + acquired.origin());
      warnIfNotWhatWeBuiltAgainst(entry, official);

      if (!entry.isOpenApi()) {
        copy(official, resources.resolve(entry.file()));
        continue;
      }
      JsonObject spec = parse(official);
      // Scopes and deprecation come from Atlassian's file as published, before any fix of ours.
      index.addAll(indexWriter.lines(entry.file(), entry.product(), entry.basePathOrEmpty(), spec));
      Path patched = out.resolve("patched").resolve(entry.file());
      Files.createDirectories(patched.getParent());
      Path overlay = overlays.resolve(entry.file().replaceFirst("\\.json$", ".overlay.json"));
      if (Files.exists(overlay)) {
        overlayApplier.apply(spec, parse(overlay), overlay.getFileName().toString());
        try (Writer writer = Files.newBufferedWriter(patched, StandardCharsets.UTF_8)) {
          new GsonBuilder().disableHtmlEscaping().create().toJson(spec, writer);
        }
        log(entry.file() + ": applied " + overlay.getFileName());
      } else {
        copy(official, patched);
      }
    }

    Files.write(resources.resolve("operations.tsv"), index, StandardCharsets.UTF_8);
    List<String> originLines = new ArrayList<>();
    origins.forEach((file, origin) -> originLines.add(file + " = " + origin));
    Files.write(out.resolve("origins.txt"), originLines, StandardCharsets.UTF_8);
    Files.writeString(stamp, fingerprint);
    log("Indexed " + (index.size() - 1) + " operations");
  }

  /** Copies content only: the shared files are read-only, their copies must not be. */
  static void copy(Path from, Path to) throws IOException {
    try (var in = Files.newInputStream(from)) {
      Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static JsonObject parse(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return JsonParser.parseReader(reader).getAsJsonObject();
    } catch (RuntimeException e) {
      throw new IOException(file + " is not a JSON object: " + e.getMessage(), e);
    }
  }

  private static void warnIfNotWhatWeBuiltAgainst(SpecManifest.Entry entry, Path file) throws IOException {
    if (entry.sha256() == null) {
      return;
    }
    String actual = sha256(Files.readAllBytes(file));
    if (!actual.equals(entry.sha256())) {
      String version = "?";
      if (entry.isOpenApi()) {
        JsonObject info = parse(file).getAsJsonObject("info");
        version = info != null && info.has("version") ? info.get("version").getAsString() : "?";
      }
      log("WARNING: " + entry.file() + " (version " + version + ", sha256 " + actual
          + ") is not the copy this project was built against (" + entry.builtAgainst()
          + "); the build goes on, but review specs/manifest.json and the contract tests.");
    }
  }

  /** Everything that changes the output: the manifest, our documents and overlays, the shared files. */
  private static String fingerprint(SpecManifest manifest, Path manifestFile, Path ours, Path overlays,
      Path shared) throws IOException {
    StringBuilder inputs = new StringBuilder(toolVersion()).append(Files.readString(manifestFile)).append('\n');
    for (SpecManifest.Entry entry : manifest.specs()) {
      inputs.append(describe(shared.resolve(entry.file())));
      if (entry.fallback() != null) {
        inputs.append(Files.readString(ours.resolve(entry.fallback())));
      }
    }
    if (Files.isDirectory(overlays)) {
      try (Stream<Path> files = Files.list(overlays)) {
        for (Path overlay : files.sorted().toList()) {
          inputs.append(overlay.getFileName()).append(Files.readString(overlay));
        }
      }
    }
    return sha256(inputs.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The compiled build tooling itself, so a change to how specs are prepared re-prepares them. */
  private static String toolVersion() throws IOException {
    StringBuilder classes = new StringBuilder();
    try {
      Path location = Path.of(PrepareSpecs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path tooling = location.resolve(PrepareSpecs.class.getPackageName().replace('.', '/'));
      if (Files.isDirectory(tooling)) {
        try (Stream<Path> files = Files.list(tooling)) {
          for (Path file : files.sorted().toList()) {
            classes.append(file.getFileName()).append(sha256(Files.readAllBytes(file))).append('\n');
          }
        }
      }
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
    return classes.toString();
  }

  private static String describe(Path file) throws IOException {
    return Files.isRegularFile(file)
        ? file + " " + Files.size(file) + " " + Files.getLastModifiedTime(file) + "\n"
        : file + " absent\n";
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void log(String message) {
    System.out.println("[specs] " + message);
  }
}
