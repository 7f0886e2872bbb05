package io.github.atlassianmcp.sandbox.http;

import java.util.Locale;

/** Reason phrases and upper-case codes for the statuses the sandbox answers with. */
public final class StatusText {

  private StatusText() {}

  public static String of(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 201 -> "Created";
      case 204 -> "No Content";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 409 -> "Conflict";
      case 410 -> "Gone";
      case 413 -> "Request Entity Too Large";
      case 415 -> "Unsupported Media Type";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 501 -> "Not Implemented";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "Error";
    };
  }

  /** E.g. NOT_FOUND, as Confluence v2 puts in its error objects. */
  public static String code(int status) {
    return of(status).toUpperCase(Locale.ROOT).replace(' ', '_');
  }
}
