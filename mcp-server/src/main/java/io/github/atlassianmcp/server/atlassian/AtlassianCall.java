package io.github.atlassianmcp.server.atlassian;

import io.github.atlassianmcp.client.AtlassianApiException;

/**
 * Runs one generated-client call and turns its {@link AtlassianApiException} (the one family every generated client
 * throws) into an {@link AtlassianException} that carries what the call was about.
 */
public final class AtlassianCall {

  /** A generated-client call. */
  @FunctionalInterface
  public interface Body<T> {
    T run();
  }

  private AtlassianCall() {}

  public static <T> T run(Product product, OperationRef operation, String subject, Body<T> call) {
    try {
      return call.run();
    } catch (AtlassianApiException e) {
      throw new AtlassianException(e, product, operation, subject);
    }
  }
}
