package io.github.atlassianmcp.client.http;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the OAuth bearer token to calls to one origin (the API gateway), and answers a 401 with one retry with the
 * token the {@link AccessTokenSource} offers after the rejection.
 *
 * <p>Only that origin gets the token: a URL elsewhere (a link in a response, a redirect) is sent without it. A 401
 * that says the token lacks a scope is passed on as it is: a refreshed token would have the same scopes.
 */
public final class BearerTokenInterceptor implements Interceptor {

  private final AccessTokenSource tokens;
  private final HttpUrl origin;

  /** @param origin any URL of the only origin (scheme, host, port) that receives the token */
  public BearerTokenInterceptor(AccessTokenSource tokens, HttpUrl origin) {
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.origin = Objects.requireNonNull(origin, "origin");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!sameOrigin(request.url())) {
      return chain.proceed(request);
    }
    String token = tokens.accessToken();
    Response response = chain.proceed(withToken(request, token));
    if (response.code() != 401 || isScopeMismatch(response)) {
      return response;
    }
    String retryWith = tokens.accessTokenAfterRejection(token);
    if (retryWith == null || retryWith.equals(token)) {
      return response;
    }
    response.close();
    return chain.proceed(withToken(request, retryWith));
  }

  private boolean sameOrigin(HttpUrl url) {
    return url.scheme().equals(origin.scheme()) && url.host().equals(origin.host()) && url.port() == origin.port();
  }

  private static Request withToken(Request request, String token) {
    return request.newBuilder().header("Authorization", "Bearer " + token).build();
  }

  /** Atlassian answers a missing scope on some APIs with 401 "Unauthorized; scope does not match". */
  private static boolean isScopeMismatch(Response response) throws IOException {
    if (response.header("X-Failure-Category", "").toUpperCase(Locale.ROOT).contains("SCOPE")) {
      return true;
    }
    return response.peekBody(4096).string().toLowerCase(Locale.ROOT).contains("scope does not match");
  }
}
