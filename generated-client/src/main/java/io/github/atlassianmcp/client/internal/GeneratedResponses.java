package io.github.atlassianmcp.client.internal;

import io.github.atlassianmcp.client.AtlassianApiException;
import io.github.atlassianmcp.client.HttpExchange;
import io.github.atlassianmcp.client.TransportException;
import io.github.atlassianmcp.client.UnexpectedResponseException;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.function.Function;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okhttp3.logging.HttpLoggingInterceptor;
import okio.BufferedSource;

/**
 * What the generated {@code ApiClient}s call (through our template override) to turn an HTTP answer into a value
 * or into one {@link AtlassianApiException}. Not an API: its signatures follow the templates.
 */
public final class GeneratedResponses {

  /** Headers that carry credentials or sessions, never written to a log. */
  private static final String[] SECRET_HEADERS = {"Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie"};

  private GeneratedResponses() {}

  /** The exception for an answer outside 2xx, with (a bounded part of) its body; closes the response. */
  public static AtlassianApiException failure(Response response) {
    try (response) {
      return AtlassianApiException.forResponse(exchange(response, errorBody(response)));
    }
  }

  /** The exception for a request that got no (complete) answer. */
  public static TransportException transport(Request request, IOException cause) {
    return TransportException.of(HttpExchange.unanswered(request.method(), request.url().toString()), cause);
  }

  /**
   * Reads a 2xx answer whole (so a connection cut or the call timeout while it arrives is a transport failure, not
   * a parse error), then parses it as {@code type}; anything but the JSON expected is an
   * {@link UnexpectedResponseException}.
   *
   * @param jsonContentType whether the Content-Type is JSON; an answer without one is taken as JSON
   */
  @SuppressWarnings("unchecked")
  public static <T> T json(Response response, Type type, boolean jsonContentType, Function<String, T> parse) {
    String body;
    try (response) {
      ResponseBody content = response.body();
      body = content == null ? "" : content.string();
    } catch (IOException e) {
      throw TransportException.of(exchange(response, ""), e);
    }
    boolean json = jsonContentType || response.header("Content-Type") == null;
    if (type == String.class) {
      if (body.isEmpty()) {
        return null;
      }
      return json ? parse.apply(body) : (T) body;
    }
    String text = body.strip();
    if (!json) {
      throw unexpected(response, body, text.startsWith("<") ? "an HTML page" : "a body that is not JSON", null);
    }
    boolean anything = type == Object.class;
    if (text.isEmpty()) {
      if (anything) {
        return null;
      }
      throw unexpected(response, body, "an empty body", null);
    }
    T value;
    try {
      value = parse.apply(body);
    } catch (RuntimeException e) {
      throw unexpected(response, body, whatIsWrong(text, type, e), e);
    }
    if (value == null && !anything) {
      throw unexpected(response, body, "JSON null", null);
    }
    return value;
  }

  /** Makes a logging interceptor (e.g. the generated {@code setDebugging(true)}) leave credentials out. */
  public static HttpLoggingInterceptor redactSecrets(HttpLoggingInterceptor logging) {
    for (String header : SECRET_HEADERS) {
      logging.redactHeader(header);
    }
    return logging;
  }

  private static UnexpectedResponseException unexpected(Response response, String body, String reason,
      Throwable cause) {
    return UnexpectedResponseException.of(exchange(response, body), reason, cause);
  }

  private static String whatIsWrong(String text, Type type, RuntimeException error) {
    if (text.startsWith("<")) {
      return "an HTML page";
    }
    if (text.startsWith("[") && !isCollection(type)) {
      return "a JSON array where an object was expected";
    }
    if ((text.startsWith("{") || text.startsWith("\"")) && isCollection(type)) {
      return "a JSON object where an array was expected";
    }
    if (error instanceof com.google.gson.JsonParseException) {
      return "truncated or malformed JSON";
    }
    String detail = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    int json = detail.indexOf(" in the JSON string");
    detail = json > 0 ? detail.substring(0, json) : detail;
    return "JSON of another shape (" + (detail.length() > 160 ? detail.substring(0, 160) + "…" : detail) + ")";
  }

  private static boolean isCollection(Type type) {
    Type raw = type instanceof ParameterizedType parameterized ? parameterized.getRawType() : type;
    return raw instanceof Class<?> c && (c.isArray() || Collection.class.isAssignableFrom(c));
  }

  private static HttpExchange exchange(Response response, String body) {
    Request request = response.request();
    return new HttpExchange(request.method(), request.url().toString(), response.code(),
        response.headers().toMultimap(), body);
  }

  /** The error body, bounded: an error page the size of a film must not fill the heap. */
  private static String errorBody(Response response) {
    ResponseBody content = response.body();
    if (content == null) {
      return "";
    }
    try {
      BufferedSource source = content.source();
      source.request(HttpExchange.MAX_BODY);
      return source.getBuffer().snapshot((int) Math.min(source.getBuffer().size(), HttpExchange.MAX_BODY)).utf8();
    } catch (IOException e) {
      // The status says enough; a body that broke off adds nothing.
      return "";
    }
  }
}
