package io.github.atlassianmcp.sandbox.media;

import io.github.atlassianmcp.sandbox.http.HttpRequest;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.oauth.RandomTokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The media host role (api.media.atlassian.com), where Jira Cloud keeps attachment bytes: Jira's content
 * endpoint answers {@code 303 See Other} to {@code /file/{uuid}/binary?token=...&client=...}, a short-lived URL
 * whose token is the only credential, bound to that one file. The sandbox serves those URLs on its own port.
 * Tokens live ten minutes, as the JWTs in Jira's redirects do ({@code exp} is {@code nbf} plus 600 seconds).
 */
public final class MediaHost {

  public static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);
  private static final Pattern BINARY = Pattern.compile("^/file/([0-9a-f-]{36})/binary$");

  private final List<MediaSource> sources;
  private final Clock clock;
  private final RandomTokens random;
  private final String clientId;
  private final Map<String, Grant> grants = new ConcurrentHashMap<>();

  private record Grant(String fileId, Instant expires) {}

  public MediaHost(List<MediaSource> sources, Clock clock, RandomTokens random) {
    this.sources = List.copyOf(sources);
    this.clock = clock;
    this.random = random;
    this.clientId = "sandbox-media-" + random.next(9);
  }

  /** A signed URL that downloads the file for the next ten minutes, with no other credential. */
  public String downloadUrl(String baseUrl, MediaFile file) {
    Instant now = clock.instant();
    grants.values().removeIf(grant -> grant.expires().isBefore(now));
    String token = random.next(32);
    grants.put(token, new Grant(file.id(), now.plus(TOKEN_LIFETIME)));
    return origin(baseUrl) + "/file/" + file.id() + "/binary?token=" + token + "&client=" + clientId + "&dl=true&name="
        + URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * Where the media host is, seen from a site or gateway at {@code baseUrl}: another origin, as
   * api.media.atlassian.com is another host than the site and the gateway, so that HTTP clients following the
   * redirect drop the Authorization header they sent to Jira (the URL's token is the only credential). On loopback
   * the same port answers under the name {@code localhost} instead of {@code 127.0.0.1}.
   */
  public static String origin(String baseUrl) {
    return baseUrl.replaceFirst("^(https?://)127\\.0\\.0\\.1([:/]|$)", "$1localhost$2");
  }

  /** Answers the request when it is for this role. */
  public Optional<HttpResponse> handle(HttpRequest request) {
    Matcher path = BINARY.matcher(request.path());
    if (!path.matches()) {
      return Optional.empty();
    }
    if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
      return Optional.of(error(405, "Method Not Allowed").withHeader("Allow", "GET, HEAD"));
    }
    String fileId = path.group(1);
    Grant grant = grants.get(request.queryParam("token").orElse(""));
    if (grant == null || !grant.fileId().equals(fileId) || grant.expires().isBefore(clock.instant())) {
      return Optional.of(error(401, "The token is missing, expired or not for this file."));
    }
    Optional<MediaFile> file = sources.stream().flatMap(source -> source.mediaFile(fileId).stream()).findFirst();
    if (file.isEmpty()) {
      return Optional.of(error(404, "No file with ID " + fileId + "."));
    }
    boolean download = request.queryParam("dl").map(Boolean::parseBoolean).orElse(false);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", file.get().mimeType());
    headers.put("Content-Disposition", (download ? "attachment" : "inline") + "; filename*=UTF-8''"
        + URLEncoder.encode(file.get().name(), StandardCharsets.UTF_8).replace("+", "%20"));
    headers.put("Cache-Control", "private, max-age=" + TOKEN_LIFETIME.toSeconds());
    return Optional.of(new HttpResponse(200, headers, file.get().content()));
  }

  private static HttpResponse error(int status, String message) {
    return HttpResponse.json(status, Json.object()
        .put("error", Json.object().put("code", status == 401 ? "Unauthorized" : "Error").put("title", message))
        .build());
  }
}
