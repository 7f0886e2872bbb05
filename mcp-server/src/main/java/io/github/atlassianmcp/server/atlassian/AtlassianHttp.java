package io.github.atlassianmcp.server.atlassian;

import io.github.atlassianmcp.client.http.RetryInterceptor;
import io.github.atlassianmcp.client.http.RetryPolicy;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * The base OkHttp client every Atlassian call goes through: bounded timeouts on every call, retries of 429 and
 * 503, our user agent. Authentication is added on top by the auth package.
 */
public final class AtlassianHttp {

  /** Connecting to Atlassian takes well under a second; 10 s means the network is gone. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Jira searches can take seconds; 30 s without a byte means something is wrong. */
  public static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
  /** No single call, retries included, may hold an agent for more than this. */
  public static final Duration CALL_TIMEOUT = Duration.ofSeconds(90);

  private AtlassianHttp() {}

  public static OkHttpClient client(RetryPolicy retries, String userAgent) {
    return new OkHttpClient.Builder()
        .connectTimeout(CONNECT_TIMEOUT)
        .readTimeout(READ_TIMEOUT)
        .writeTimeout(READ_TIMEOUT)
        .callTimeout(CALL_TIMEOUT)
        .retryOnConnectionFailure(true)
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("User-Agent", userAgent).build()))
        .addInterceptor(new RetryInterceptor(retries))
        .addInterceptor(new DeepJsonInterceptor())
        .build();
  }
}
