package io.github.atlassianmcp.sandbox.oauth;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.http.HttpRequest;
import io.github.atlassianmcp.sandbox.http.Json;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of a token request, from a JSON body (as Atlassian's docs show) or a form body (as OAuth
 * libraries send), and the client's credentials from the body or from HTTP Basic.
 */
final class TokenRequest {

  private final Map<String, String> parameters;
  private final String clientId;
  private final String clientSecret;

  private TokenRequest(Map<String, String> parameters, String clientId, String clientSecret) {
    this.parameters = parameters;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  static TokenRequest parse(HttpRequest request) {
    Map<String, String> parameters = request.mediaType().equals("application/json")
        ? fromJson(request.bodyText())
        : fromForm(request.bodyText());
    String clientId = parameters.get("client_id");
    String clientSecret = parameters.get("client_secret");
    Optional<String[]> basic = basicCredentials(request.header("authorization").orElse(null));
    if (basic.isPresent()) {
      if (clientId != null && !clientId.equals(basic.get()[0])) {
        throw OAuthError.invalidRequest("The client_id in the body differs from the one in the Authorization header");
      }
      clientId = basic.get()[0];
      clientSecret = basic.get()[1];
    }
    return new TokenRequest(parameters, clientId, clientSecret);
  }

  Optional<String> get(String name) {
    String value = parameters.get(name);
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  String require(String name) {
    return get(name).orElseThrow(() -> OAuthError.missing(name));
  }

  String clientId() {
    return clientId;
  }

  String clientSecret() {
    return clientSecret;
  }

  private static Map<String, String> fromJson(String body) {
    JsonElement json = Json.parse(body).orElseThrow(
        () -> OAuthError.invalidRequest("The body is not valid JSON"));
    if (!json.isJsonObject()) {
      throw OAuthError.invalidRequest("The body must be a JSON object");
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    JsonObject object = json.getAsJsonObject();
    for (String name : object.keySet()) {
      JsonElement value = object.get(name);
      if (value.isJsonPrimitive()) {
        parameters.put(name, value.getAsString());
      }
    }
    return parameters;
  }

  private static Map<String, String> fromForm(String body) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> entry : HttpRequest.parseForm(body).entrySet()) {
      if (entry.getValue().size() > 1) {
        throw OAuthError.invalidRequest("The parameter " + entry.getKey() + " is repeated");
      }
      parameters.put(entry.getKey(), entry.getValue().get(0));
    }
    return parameters;
  }

  private static Optional<String[]> basicCredentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        throw OAuthError.badClient();
      }
      // RFC 6749 §2.3.1: both halves are form-encoded before Basic encoding.
      return Optional.of(new String[] {
          URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
          URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)});
    } catch (IllegalArgumentException e) {
      throw OAuthError.badClient();
    }
  }
}
