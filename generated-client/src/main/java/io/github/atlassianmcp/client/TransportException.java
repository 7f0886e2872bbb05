package io.github.atlassianmcp.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;

/**
 * No complete answer came: the connection was refused, the host name did not resolve, TLS failed, or the call
 * timed out (including a body that kept arriving too slowly to finish within the call timeout).
 * {@link #statusCode()} is 0 when no status line came at all.
 */
public class TransportException extends AtlassianApiException {

  private static final long serialVersionUID = 1L;

  private final boolean timedOut;
  private final boolean mayHaveBeenProcessed;

  protected TransportException(HttpExchange exchange, IOException cause) {
    super(exchange, request(exchange) + " got no " + (exchange.statusCode() == 0 ? "" : "complete ") + "answer: "
        + problem(cause), cause);
    this.timedOut = isTimeout(cause);
    this.mayHaveBeenProcessed = !(cause instanceof ConnectException || cause instanceof UnknownHostException
        || cause instanceof NoRouteToHostException || cause instanceof SSLException);
  }

  /** The failure for a request that got no (complete) answer. */
  public static TransportException of(HttpExchange exchange, IOException cause) {
    return new TransportException(exchange, cause);
  }

  /** Whether the connect, read or call timeout ran out. */
  public boolean timedOut() {
    return timedOut;
  }

  /**
   * Whether Atlassian may have received and acted on the request although no answer came (a timeout or a dropped
   * connection, as opposed to a refused connection or an unknown host). Before repeating a write, check whether it
   * happened.
   */
  public boolean mayHaveBeenProcessed() {
    return mayHaveBeenProcessed;
  }

  /** Why no answer came, in words. */
  public String problem() {
    return problem(getCause());
  }

  private static boolean isTimeout(Throwable error) {
    return error instanceof InterruptedIOException;
  }

  static String problem(Throwable error) {
    if (isTimeout(error)) {
      return "the call timed out";
    }
    if (error instanceof ConnectException) {
      return "the connection was refused";
    }
    if (error instanceof UnknownHostException) {
      return "the host name could not be resolved";
    }
    if (error instanceof SSLException) {
      return "the TLS handshake failed";
    }
    if (error != null && error.getMessage() != null && !error.getMessage().isBlank()) {
      return error.getMessage();
    }
    return "the connection failed (" + (error == null ? "unknown" : error.getClass().getSimpleName()) + ")";
  }
}
