package io.github.atlassianmcp.server.remote;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's browser on the linking pages: keeps cookies, follows redirects one at a time so that the test can send
 * each step to the replica it wants (as a load balancer would), reads the confirmation form and submits it.
 */
final class ScriptedBrowser {

  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

  HttpResponse<String> get(URI url) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postForm(URI url, String field, String value, String origin)
      throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Origin", origin)
        .POST(HttpRequest.BodyPublishers.ofString(field + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The whole linking flow from the elicitation's URL; {@code route} picks the replica of each step on our server
   * (it gets and returns the URL). Returns the last page.
   */
  HttpResponse<String> link(URI linkUrl, UnaryOperator<URI> route, String publicOrigin)
      throws IOException, InterruptedException {
    HttpResponse<String> toProvider = get(route.apply(linkUrl));
    expectRedirect(toProvider);
    HttpResponse<String> fromProvider = get(location(toProvider));
    expectRedirect(fromProvider);
    HttpResponse<String> confirm = get(route.apply(location(fromProvider)));
    if (confirm.statusCode() != 200) {
      return confirm;
    }
    Matcher form = Pattern.compile("action=\"([^\"]+)\".*name=\"csrf\" value=\"([^\"]+)\"", Pattern.DOTALL)
        .matcher(confirm.body());
    if (!form.find()) {
      throw new AssertionError("no confirmation form on the page: " + confirm.body());
    }
    HttpResponse<String> toAtlassian = postForm(route.apply(URI.create(form.group(1))), "csrf", form.group(2),
        publicOrigin);
    expectRedirect(toAtlassian);
    HttpResponse<String> fromAtlassian = get(location(toAtlassian));
    expectRedirect(fromAtlassian);
    return get(route.apply(location(fromAtlassian)));
  }

  static URI location(HttpResponse<?> response) {
    return URI.create(response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
        "no Location in the " + response.statusCode() + " answer of " + response.uri())));
  }

  private static void expectRedirect(HttpResponse<String> response) {
    if (response.statusCode() / 100 != 3) {
      throw new AssertionError("expected a redirect from " + response.uri() + ", got " + response.statusCode() + ": "
          + response.body());
    }
  }
}
