package io.github.atlassianmcp.sandbox.media;

import io.github.atlassianmcp.sandbox.http.HttpRequest;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.oauth.RandomTokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The media service role (api.media.atlassian.com): Confluence's attachment download answers 302 to a URL here
 * that carries a short-lived token in its query, so the client follows it without its Atlassian credentials (and
 * HTTP clients drop the Authorization header on that cross-host hop anyway). Served at {@code /media/file/...}
 * on the sandbox's one port.
 */
public final class MediaDownloads {

  static final String PREFIX = "/media/file/";
  private static final Pattern BINARY = Pattern.compile("/media/file/([^/]+)/binary");
  private static final Duration LIFETIME = Duration.ofMinutes(10);

  private final MediaFiles files;
  private final RandomTokens random;
  private final Clock clock;
  private final Map<String, Grant> grants = new ConcurrentHashMap<>();

  private record Grant(String fileId, Instant expires) {}

  public MediaDownloads(MediaFiles files, RandomTokens random, Clock clock) {
    this.files = files;
    this.random = random;
    this.clock = clock;
  }

  /** A signed download URL for a file, valid for ten minutes. */
  public String downloadUrl(String baseUrl, MediaFile file, String client) {
    Instant now = clock.instant();
    grants.values().removeIf(grant -> now.isAfter(grant.expires()));
    String token = random.next(40);
    grants.put(token, new Grant(file.id(), now.plus(LIFETIME)));
    return baseUrl + PREFIX + file.id() + "/binary?token=" + token + "&client=" + encode(client) + "&name="
        + encode(file.name()) + "&dl=true";
  }

  /** Answers the request when it is for this role. */
  public Optional<HttpResponse> handle(HttpRequest request) {
    if (!request.path().startsWith(PREFIX)) {
      return Optional.empty();
    }
    Matcher matcher = BINARY.matcher(request.path());
    if (!matcher.matches() || !request.method().equals("GET")) {
      return Optional.of(HttpResponse.text(404, "text/plain;charset=UTF-8", "Not Found"));
    }
    String token = request.queryParam("token").orElse("");
    Grant grant = grants.get(token);
    if (grant == null || !grant.fileId().equals(matcher.group(1)) || clock.instant().isAfter(grant.expires())) {
      return Optional.of(HttpResponse.text(401, "text/plain;charset=UTF-8",
          "The media token is missing, expired or not for this file."));
    }
    MediaFile file = files.file(grant.fileId()).orElse(null);
    if (file == null) {
      return Optional.of(HttpResponse.text(404, "text/plain;charset=UTF-8", "Not Found"));
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", file.mediaType());
    headers.put("Content-Disposition", "attachment; filename*=UTF-8''" + encode(file.name()).replace("+", "%20"));
    return Optional.of(new HttpResponse(200, headers, file.bytes()));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
