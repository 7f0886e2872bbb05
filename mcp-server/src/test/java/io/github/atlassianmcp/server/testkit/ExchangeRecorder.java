package io.github.atlassianmcp.server.testkit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * An OkHttp network interceptor that keeps every exchange with Atlassian, retries included, for the checks; and runs
 * what a test plans to happen just before a request (someone else saving a page between a read and a write).
 */
final class ExchangeRecorder implements Interceptor {

  private final List<Exchange> exchanges = new ArrayList<>();
  private final List<Hook> hooks = new ArrayList<>();

  /** Something to do once, just before the next request with this method whose URL contains the text is sent. */
  private record Hook(String method, String urlPart, Runnable action) {}

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    takeHook(request).ifPresent(Runnable::run);
    String requestBody = "";
    if (request.body() != null) {
      Buffer buffer = new Buffer();
      request.body().writeTo(buffer);
      requestBody = buffer.readUtf8();
    }
    Response response = chain.proceed(request);
    MediaType type = response.body() == null ? null : response.body().contentType();
    String responseBody = response.body() == null ? "" : response.peekBody(Long.MAX_VALUE).string();
    Exchange exchange = new Exchange(request.method(), request.url().toString(), request.headers().toMultimap(),
        requestBody, response.code(), type == null ? null : type.toString(), responseBody);
    synchronized (this) {
      exchanges.add(exchange);
    }
    return response;
  }

  synchronized void beforeNext(String method, String urlPart, Runnable action) {
    hooks.add(new Hook(method, urlPart, action));
  }

  private synchronized Optional<Runnable> takeHook(Request request) {
    for (Hook hook : hooks) {
      if (hook.method().equals(request.method()) && request.url().toString().contains(hook.urlPart())) {
        hooks.remove(hook);
        return Optional.of(hook.action());
      }
    }
    return Optional.empty();
  }

  /** The exchanges since the last call, and forgets them. */
  synchronized List<Exchange> drain() {
    List<Exchange> drained = List.copyOf(exchanges);
    exchanges.clear();
    return drained;
  }
}
