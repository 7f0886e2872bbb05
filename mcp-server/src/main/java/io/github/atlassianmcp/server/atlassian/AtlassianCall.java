package io.github.atlassianmcp.server.atlassian;

import io.github.atlassianmcp.server.atlassian.OperationRef;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

/**
 * Runs one generated-client call and turns any of the five generated {@code ApiException} types into an
 * {@link AtlassianException} that carries what the call was about. The only place that knows them all.
 */
public final class AtlassianCall {

  /** A generated-client call. */
  @FunctionalInterface
  public interface Body<T> {
    T run() throws Exception;
  }

  private AtlassianCall() {}

  public static <T> T run(Product product, OperationRef operation, String subject, Body<T> call) {
    try {
      return call.run();
    } catch (io.github.atlassianmcp.client.jira.platform.invoker.ApiException e) {
      throw failed(product, operation, subject, e, e.getCode(), e.getResponseBody(), e.getResponseHeaders());
    } catch (io.github.atlassianmcp.client.jira.software.invoker.ApiException e) {
      throw failed(product, operation, subject, e, e.getCode(), e.getResponseBody(), e.getResponseHeaders());
    } catch (io.github.atlassianmcp.client.servicedesk.invoker.ApiException e) {
      throw failed(product, operation, subject, e, e.getCode(), e.getResponseBody(), e.getResponseHeaders());
    } catch (io.github.atlassianmcp.client.confluence.v1.invoker.ApiException e) {
      throw failed(product, operation, subject, e, e.getCode(), e.getResponseBody(), e.getResponseHeaders());
    } catch (io.github.atlassianmcp.client.confluence.v2.invoker.ApiException e) {
      throw failed(product, operation, subject, e, e.getCode(), e.getResponseBody(), e.getResponseHeaders());
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw failed(product, operation, subject, e, 0, null, null);
    }
  }

  private static AtlassianException failed(Product product, OperationRef operation, String subject, Exception error,
      int status, String body, Map<String, List<String>> headers) {
    String transport = status == 0 ? transportProblem(error) : "";
    return new AtlassianException(new HttpFailure(status, body, headers, transport), product, operation, subject,
        error);
  }

  /** Why no answer came, in words; the generated clients wrap the IOException as the cause. */
  static String transportProblem(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof SocketTimeoutException || t instanceof java.io.InterruptedIOException) {
        return "no answer within the timeout";
      }
      if (t instanceof ConnectException) {
        return "the connection was refused";
      }
      if (t instanceof UnknownHostException) {
        return "the host name could not be resolved";
      }
      if (t instanceof IOException && t.getMessage() != null) {
        return t.getMessage();
      }
    }
    return "the request could not be sent";
  }
}
