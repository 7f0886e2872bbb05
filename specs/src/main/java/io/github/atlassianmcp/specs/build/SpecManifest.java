package io.github.atlassianmcp.specs.build;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code specs/manifest.json}: which files the build needs, where they are published, what we built against. */
record SpecManifest(List<Entry> specs) {

  SpecManifest {
    specs = List.copyOf(specs);
  }

  /**
   * One file of the manifest.
   *
   * @param file the file name in the build folder (and in {@code ../shared/specs} unless {@code shared} says
   *     otherwise); the generator, the tests and the operation index know the spec by this name
   * @param shared the name of the official copy in {@code ../shared/specs} when it differs from {@code file}
   * @param url where Atlassian publishes it
   * @param builtAgainst the {@code info.version} (or package version) this project was built and tested against
   * @param sha256 the digest of that copy; a different file still builds, with a warning
   * @param product the gateway product its operations are reached through ({@code jira}, {@code confluence})
   * @param basePath the prefix the spec's server URL puts before its paths (Confluence v2: {@code /wiki/api/v2})
   * @param fallback our own document in {@code specs/}, used when the official file cannot be obtained
   * @param kind {@code openapi} (default) or {@code json-schema}
   */
  record Entry(String file, String shared, String url, String builtAgainst, String sha256, String product,
      String basePath, String fallback, String kind) {

    String sharedName() {
      return shared == null ? file : shared;
    }

    boolean isOpenApi() {
      return kind == null || kind.equals("openapi");
    }

    String basePathOrEmpty() {
      return basePath == null ? "" : basePath;
    }
  }

  static SpecManifest read(Path path) throws IOException {
    try {
      SpecManifest manifest =
          new Gson().fromJson(Files.readString(path, StandardCharsets.UTF_8), SpecManifest.class);
      if (manifest == null || manifest.specs() == null) {
        throw new IOException(path + " has no \"specs\" list");
      }
      return manifest;
    } catch (JsonParseException e) {
      throw new IOException(path + " is not valid JSON: " + e.getMessage(), e);
    }
  }
}
