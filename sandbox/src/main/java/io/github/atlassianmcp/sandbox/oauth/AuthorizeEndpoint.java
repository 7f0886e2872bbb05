package io.github.atlassianmcp.sandbox.oauth;

import io.github.atlassianmcp.sandbox.OAuthApp;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.http.HttpRequest;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /authorize}, standing in for auth.atlassian.com's consent screen. The signed-in user consents at
 * once and the browser is sent back to {@code redirect_uri} with a code and the state. As with any OAuth server,
 * an unknown client or a redirect URI the app did not register gets an error page, never a redirect.
 */
final class AuthorizeEndpoint {

  static final String AUDIENCE = "api.atlassian.com";

  private final OAuthApp app;
  private final Supplier<SandboxUser> signedInUser;
  private final ScopeCatalog scopes;
  private final AuthorizationCodes codes;

  AuthorizeEndpoint(OAuthApp app, Supplier<SandboxUser> signedInUser, ScopeCatalog scopes, AuthorizationCodes codes) {
    this.app = app;
    this.signedInUser = signedInUser;
    this.scopes = scopes;
    this.codes = codes;
  }

  HttpResponse handle(HttpRequest request) {
    String clientId = request.queryParam("client_id").orElse("");
    String redirectUri = request.queryParam("redirect_uri").orElse("");
    if (!app.clientId().equals(clientId)) {
      return errorPage("The app's client_id is missing or unknown. Use the client ID of the app registered on this"
          + " sandbox.");
    }
    if (!LoopbackRedirects.accepts(redirectUri)) {
      return errorPage("The redirect_uri is missing or not registered for this app. The sandbox app accepts any"
          + " loopback http URL, such as http://127.0.0.1:8765/callback.");
    }
    String state = request.queryParam("state").orElse(null);
    if (!"code".equals(request.queryParam("response_type").orElse(""))) {
      return back(redirectUri, state, "unsupported_response_type", "response_type must be code");
    }
    if (!AUDIENCE.equals(request.queryParam("audience").orElse(""))) {
      return back(redirectUri, state, "invalid_request", "audience must be " + AUDIENCE);
    }
    List<String> requested = Arrays.stream(request.queryParam("scope").orElse("").trim().split("\\s+"))
        .filter(scope -> !scope.isEmpty())
        .distinct()
        .toList();
    if (requested.isEmpty()) {
      return back(redirectUri, state, "invalid_scope", "scope is required");
    }
    for (String scope : requested) {
      if (!scopes.isKnown(scope)) {
        return back(redirectUri, state, "invalid_scope", "The app is not configured with the scope " + scope);
      }
    }
    String challenge = request.queryParam("code_challenge").orElse(null);
    if (challenge != null && !"S256".equals(request.queryParam("code_challenge_method").orElse(""))) {
      return back(redirectUri, state, "invalid_request", "code_challenge_method must be S256");
    }
    String code = codes.issue(codes.draft(clientId, redirectUri, requested, challenge, signedInUser.get()));
    Map<String, String> answer = new LinkedHashMap<>();
    answer.put("code", code);
    if (state != null) {
      answer.put("state", state);
    }
    return HttpResponse.redirect(withQuery(redirectUri, answer));
  }

  private static HttpResponse back(String redirectUri, String state, String error, String description) {
    Map<String, String> answer = new LinkedHashMap<>();
    answer.put("error", error);
    answer.put("error_description", description);
    if (state != null) {
      answer.put("state", state);
    }
    return HttpResponse.redirect(withQuery(redirectUri, answer));
  }

  private static HttpResponse errorPage(String message) {
    String html = "<!DOCTYPE html><html><head><title>Something went wrong</title></head><body>"
        + "<h1>Something went wrong</h1><p>" + message + "</p></body></html>";
    return HttpResponse.text(400, "text/html;charset=UTF-8", html);
  }

  private static String withQuery(String uri, Map<String, String> parameters) {
    StringBuilder result = new StringBuilder(uri);
    char separator = uri.contains("?") ? '&' : '?';
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      result.append(separator).append(parameter.getKey()).append('=')
          .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
      separator = '&';
    }
    return result.toString();
  }
}
