package io.github.atlassianmcp.server.config;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a URL in the configuration must look like; each failure names the variable and the fix. */
final class UrlRules {

  private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private UrlRules() {}

  /** A site such as https://your-domain.atlassian.net: scheme and host only. */
  static URI siteUrl(String variable, String value) {
    URI uri = serviceUrl(variable, value);
    if (!uri.getPath().isEmpty()) {
      throw new ConfigException(variable, variable + " must be just the site's address, e.g. "
          + uri.getScheme() + "://" + uri.getRawAuthority() + ", without a path; got " + shown(value));
    }
    return uri;
  }

  /** An http(s) base URL; plain http only on loopback, so tokens never travel unencrypted. No trailing slash. */
  static URI serviceUrl(String variable, String value) {
    URI uri = absolute(variable, value);
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("http") && !isLoopback(uri.getHost())) {
      throw new ConfigException(variable, variable + " uses plain http with the host " + uri.getHost()
          + ": credentials would travel unencrypted. Use https://" + uri.getRawAuthority()
          + (uri.getRawPath() == null ? "" : uri.getRawPath())
          + " (plain http is accepted only for localhost, 127.0.0.1 and [::1]).");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new ConfigException(variable, variable + " must not have a query or fragment; got " + shown(value));
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return URI.create(scheme + "://" + uri.getRawAuthority() + path);
  }

  /** The local callback: http on a loopback host, where the one-shot callback server listens. */
  static URI redirectUri(String variable, String value) {
    URI uri = absolute(variable, value);
    if (!uri.getScheme().equalsIgnoreCase("http") || !isLoopback(uri.getHost())) {
      throw new ConfigException(variable, variable + " must be an http URL on this machine (localhost, 127.0.0.1 "
          + "or [::1]), where the sign-in listens for Atlassian's redirect, e.g. http://localhost:8080/callback; got "
          + shown(value));
    }
    if (uri.getRawFragment() != null || uri.getRawQuery() != null) {
      throw new ConfigException(variable, variable + " must not have a query or fragment; got " + shown(value));
    }
    return uri;
  }

  /**
   * Whether a host is this machine's loopback interface: {@code localhost} or a loopback IP literal. A name that
   * only resolves to 127.0.0.1 through DNS does not count: DNS can change.
   */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost")) {
      return true;
    }
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (!IPV4_LITERAL.matcher(h).matches() && !h.contains(":")) {
      return false;
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress(); // a literal: no lookup happens
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static URI absolute(String variable, String value) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw new ConfigException(variable, variable + " is not a valid URL (" + e.getReason() + "); got "
          + shown(value) + ". Use a URL like https://your-domain.atlassian.net");
    }
    String scheme = uri.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || uri.getHost() == null) {
      throw new ConfigException(variable, variable + " must be an absolute http(s) URL like "
          + "https://your-domain.atlassian.net; got " + shown(value));
    }
    if (uri.getRawUserInfo() != null) {
      throw new ConfigException(variable, variable + " must not contain a user name or password; "
          + "put credentials in their own variables");
    }
    return uri;
  }

  /** The value for an error message; a URL with user info may carry a password, so it is not repeated. */
  private static String shown(String value) {
    return value.contains("@") ? "(a URL with user info, not shown)" : value;
  }
}
