package io.github.atlassianmcp.specs.build;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Obtains one official file: a copy from the shared folder when present, else the published file from
 * Atlassian, else our own document where the manifest names one; otherwise a single sentence that says
 * what to do.
 */
final class SpecAcquirer {

  /**
   * Where a file came from, for the build log and {@code origins.txt}.
   *
   * @param ours whether it is our own fallback document rather than Atlassian's file
   */
  record Acquired(Path file, String origin, boolean ours) {}

  private final Path sharedDir;
  private final Path oursDir;
  private final boolean offline;
  private final HttpClient http;

  SpecAcquirer(Path sharedDir, Path oursDir, boolean offline) {
    this.sharedDir = sharedDir;
    this.oursDir = oursDir;
    this.offline = offline;
    this.http = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  Acquired acquire(SpecManifest.Entry entry, Path target) throws IOException, SpecUnavailableException {
    Files.createDirectories(target.getParent());
    Path shared = sharedDir.resolve(entry.sharedName());
    if (Files.isRegularFile(shared)) {
      PrepareSpecs.copy(shared, target);
      return new Acquired(target, "copied from " + shared.normalize(), false);
    }
    String downloadFailure = offline ? "Maven is offline" : download(entry.url(), target);
    if (downloadFailure == null) {
      return new Acquired(target, "downloaded from " + entry.url(), false);
    }
    if (entry.fallback() != null) {
      Path ours = oursDir.resolve(entry.fallback());
      PrepareSpecs.copy(ours, target);
      return new Acquired(target, "our own subset document " + ours.normalize()
          + " (the official file " + entry.sharedName() + " is not in " + sharedDir.normalize()
          + " and its download failed: " + downloadFailure + ")", true);
    }
    throw new SpecUnavailableException("Cannot obtain " + entry.sharedName() + ": it is not in "
        + sharedDir.normalize() + " and downloading " + entry.url() + " failed (" + downloadFailure
        + "); put the file there (see its PROVENANCE.md) or build once with internet access.");
  }

  private static String request(String url) {
    return URI.create(url).getHost();
  }

  /** Downloads to the target atomically; returns null on success or why it failed. */
  private String download(String url, Path target) {
    Path partial = target.resolveSibling(target.getFileName() + ".download");
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(url))
          .timeout(Duration.ofSeconds(60))
          .header("Accept", "application/json")
          .GET()
          .build();
      HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          return "HTTP " + response.statusCode();
        }
        Files.copy(body, partial, StandardCopyOption.REPLACE_EXISTING);
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return null;
    } catch (IOException e) {
      return e.getMessage() == null ? "cannot connect to " + request(url) : e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    } finally {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException ignored) {
        // a leftover partial file is overwritten next time
      }
    }
  }
}
