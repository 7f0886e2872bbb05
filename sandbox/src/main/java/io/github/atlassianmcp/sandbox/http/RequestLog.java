package io.github.atlassianmcp.sandbox.http;

import io.github.atlassianmcp.sandbox.AuthKind;
import io.github.atlassianmcp.sandbox.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Every request the sandbox answered, in order, without secrets. Thread-safe. */
public final class RequestLog {

  private static final Set<String> SECRET_PARAMETERS = Set.of(
      "code", "code_verifier", "client_secret", "refresh_token", "access_token", "token", "id_token", "password",
      "api_token");

  private final List<LoggedRequest> entries = new ArrayList<>();

  public synchronized void record(Instant time, HttpRequest request, int status) {
    AuthKind auth = AuthKind.of(request.header("authorization").orElse(null));
    entries.add(new LoggedRequest(time, request.method(), request.path(), redact(request.rawQuery()), status, auth));
  }

  public synchronized List<LoggedRequest> snapshot() {
    return List.copyOf(entries);
  }

  public synchronized void clear() {
    entries.clear();
  }

  static String redact(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String> pairs = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      boolean secret = SECRET_PARAMETERS.contains(
          URLDecoder.decode(name, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT));
      pairs.add(secret && eq >= 0 ? name + "=REDACTED" : pair);
    }
    return String.join("&", pairs);
  }
}
