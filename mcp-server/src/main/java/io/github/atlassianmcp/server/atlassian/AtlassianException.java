package io.github.atlassianmcp.server.atlassian;

import io.github.atlassianmcp.client.AtlassianApiException;
import java.util.Objects;
import java.util.Optional;

/**
 * A call to Atlassian that failed, with what it was about, so the error seam can say one useful sentence.
 * The message never contains the request's credentials: only the subject and the status.
 */
public final class AtlassianException extends RuntimeException {

  private final Product product;
  private final OperationRef operation;
  private final String subject;
  private final String advice;

  public AtlassianException(AtlassianApiException failure, Product product, OperationRef operation, String subject) {
    this(failure, product, operation, subject, null);
  }

  private AtlassianException(AtlassianApiException failure, Product product, OperationRef operation, String subject,
      String advice) {
    super(product.displayName() + " " + operation.operationId() + " on " + subject + " failed: HTTP "
        + failure.statusCode(), Objects.requireNonNull(failure, "failure"));
    this.product = Objects.requireNonNull(product, "product");
    this.operation = Objects.requireNonNull(operation, "operation");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.advice = advice;
  }

  /** The same failure with what the tool knows that helps fix it (e.g. the valid issue types of a project). */
  public AtlassianException withAdvice(String advice) {
    return new AtlassianException(failure(), product, operation, subject, advice);
  }

  public Optional<String> advice() {
    return Optional.ofNullable(advice);
  }

  /** What the client reported: the status, Atlassian's messages, headers; its subclass says what kind. */
  public AtlassianApiException failure() {
    return (AtlassianApiException) getCause();
  }

  public Product product() {
    return product;
  }

  public OperationRef operation() {
    return operation;
  }

  /** What the call was about, as the agent named it: "PROJ-999", "project PROJ", "page 123". */
  public String subject() {
    return subject;
  }
}
