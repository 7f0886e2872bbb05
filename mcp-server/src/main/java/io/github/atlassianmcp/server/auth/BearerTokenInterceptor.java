package io.github.atlassianmcp.server.auth;

import io.github.atlassianmcp.server.atlassian.AtlassianErrors;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the OAuth bearer token to calls to the API gateway, and answers a 401 with one refresh and one retry.
 *
 * <p>Only the gateway's origin gets the token: a URL elsewhere (a link in a response, a redirect) is sent without
 * it. A 401 that says the token lacks a scope is passed on as it is: a new token would have the same scopes.
 */
public final class BearerTokenInterceptor implements Interceptor {

  private final TokenManager tokens;
  private final HttpUrl gateway;

  /** @param apiUrl ATLASSIAN_API_URL, the only origin that receives the token */
  public BearerTokenInterceptor(TokenManager tokens, URI apiUrl) {
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.gateway = Objects.requireNonNull(HttpUrl.get(apiUrl), "apiUrl");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!sameOrigin(request.url())) {
      return chain.proceed(request);
    }
    String token = tokens.accessToken();
    Response response = chain.proceed(withToken(request, token));
    if (response.code() != 401 || AtlassianErrors.isScopeMismatch(
        Optional.ofNullable(response.header(AtlassianErrors.FAILURE_CATEGORY)), response.peekBody(4096).string())) {
      return response;
    }
    response.close();
    return chain.proceed(withToken(request, tokens.accessTokenAfterRejection(token)));
  }

  private boolean sameOrigin(HttpUrl url) {
    return url.scheme().equals(gateway.scheme()) && url.host().equals(gateway.host()) && url.port() == gateway.port();
  }

  private static Request withToken(Request request, String token) {
    return request.newBuilder().header("Authorization", "Bearer " + token).build();
  }
}
