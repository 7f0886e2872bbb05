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
 *   <li>{@code target/openapi/official/} the files as obtained;</li>
 *   <li>{@code target/openapi/corrected/} the same with our corrections of errors in Atlassian's files (overlay
 *       actions marked {@code x-corrects-published-spec}; a byte copy where there are none): tests validate
 *       against these, and the operation index is derived from them;</li>
 *   <li>{@code target/openapi/patched/} the corrected files with the rest of our overlays (the generator reads
 *       these);</li>
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

    // Offline or not is an input too: a build that had to fall back offline downloads once it is online.
    String fingerprint = fingerprint(manifest, manifestFile, ours, overlays, shared) + (offline ? " offline" : "");
    Path stamp = out.resolve("prepared.fingerprint");
    Path originsFile = out.resolve("origins.txt");
    if (Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)
        && Files.exists(resources.resolve("operations.tsv")) && Files.exists(originsFile)) {
      log("Specs are up to date in " + out);
      // Still say which documents the build uses: the JSM one may be our own fallback.
      Files.readAllLines(originsFile, StandardCharsets.UTF_8).forEach(PrepareSpecs::log);
      return;
    }

    SpecAcquirer acquirer = new SpecAcquirer(shared, ours, offline);
    OverlayApplier overlayApplier = new OverlayApplier();
    OperationIndexWriter indexWriter = new OperationIndexWriter();
    List<String> index = new ArrayList<>();
    index.add("# spec\tproduct\tmethod\tpath\toperationId\tdeprecated\tscopes (state Current)");
    List<String> origins = new ArrayList<>();
    Files.createDirectories(resources);

    for (SpecManifest.Entry entry : manifest.specs()) {
      Path official = out.resolve("official").resolve(entry.file());
      SpecAcquirer.Acquired acquired = acquirer.acquire(entry, official);
      JsonObject spec = entry.isOpenApi() ? parse(official) : null;
      String origin = entry.file() + ": " + (acquired.ours() ? "WARNING: " : "") + title(entry, spec) + ", "
          + acquired.origin();
      origins.add(origin);
      log(origin);
      if (!acquired.ours()) {
        warnIfNotWhatWeBuiltAgainst(entry, official, spec);
      }

      if (spec == null) {
        copy(official, resources.resolve(entry.file()));
        continue;
      }
      Path overlayFile = overlays.resolve(entry.file().replaceFirst("\\.json$", ".overlay.json"));
      JsonObject overlay = Files.exists(overlayFile) ? parse(overlayFile) : null;
      String overlayName = overlayFile.getFileName().toString();

      // Corrections of errors in Atlassian's file (not ours, which has none of them) apply to what tests see too.
      Path corrected = out.resolve("corrected").resolve(entry.file());
      Files.createDirectories(corrected.getParent());
      if (overlay != null && !acquired.ours() && overlayApplier.applyCorrections(spec, overlay, overlayName) > 0) {
        write(spec, corrected);
        log(entry.file() + ": corrected the published file's errors (" + overlayName + ")");
      } else {
        copy(official, corrected);
      }
      // Scopes and deprecation come from Atlassian's file, before any adaptation for generation.
      index.addAll(indexWriter.lines(entry.file(), entry.product(), entry.basePathOrEmpty(), spec));

      Path patched = out.resolve("patched").resolve(entry.file());
      Files.createDirectories(patched.getParent());
      if (overlay != null) {
        overlayApplier.applyAdaptations(spec, overlay, overlayName);
        write(spec, patched);
        log(entry.file() + ": applied " + overlayName);
      } else {
        copy(official, patched);
      }
    }

    Files.write(resources.resolve("operations.tsv"), index, StandardCharsets.UTF_8);
    Files.write(originsFile, origins, StandardCharsets.UTF_8);
    Files.writeString(stamp, fingerprint);
    log("Indexed " + (index.size() - 1) + " operations");
  }

  /** The document's title and version, as the build log names it. */
  private static String title(SpecManifest.Entry entry, JsonObject spec) {
    if (spec == null) {
      return entry.builtAgainst();
    }
    JsonObject info = spec.getAsJsonObject("info");
    if (info == null) {
      return "(no info)";
    }
    return (info.has("title") ? info.get("title").getAsString() : "(untitled)") + " "
        + (info.has("version") ? info.get("version").getAsString() : "(no version)");
  }

  private static void write(JsonObject spec, Path file) throws IOException {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      new GsonBuilder().disableHtmlEscaping().create().toJson(spec, writer);
    }
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

  private static void warnIfNotWhatWeBuiltAgainst(SpecManifest.Entry entry, Path file, JsonObject spec)
      throws IOException {
    if (entry.sha256() == null) {
      return;
    }
    String actual = sha256(Files.readAllBytes(file));
    if (!actual.equals(entry.sha256())) {
      String version = "?";
      if (spec != null) {
        JsonObject info = spec.getAsJsonObject("info");
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
      inputs.append(describe(shared.resolve(entry.sharedName())));
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
