package io.github.atlassianmcp.server.remote.http;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, path, status, time. Never the query string (the linking pages' codes and states
 * travel there) and never a header (tokens do).
 */
public final class AccessLog implements RequestLog {

  private static final Logger LOG = LoggerFactory.getLogger(AccessLog.class);

  @Override
  public void log(Request request, Response response) {
    if (LOG.isInfoEnabled()) {
      long millis = (System.nanoTime() - request.getBeginNanoTime()) / 1_000_000;
      LOG.info("{} {} {} {} ms", request.getMethod(), request.getHttpURI().getPath(), response.getStatus(), millis);
    }
  }
}
