package io.github.atlassianmcp.server.atlassian;

import io.github.atlassianmcp.server.atlassian.OperationRef;
import java.util.Objects;

/**
 * A call to Atlassian that failed, with what it was about, so the error seam can say one useful sentence.
 * The message never contains the request's credentials: only the subject and the status.
 */
public final class AtlassianException extends RuntimeException {

  private final HttpFailure failure;
  private final Product product;
  private final OperationRef operation;
  private final String subject;
  private final String advice;

  public AtlassianException(HttpFailure failure, Product product, OperationRef operation, String subject,
      Throwable cause) {
    this(failure, product, operation, subject, null, cause);
  }

  private AtlassianException(HttpFailure failure, Product product, OperationRef operation, String subject,
      String advice, Throwable cause) {
    super(product.displayName() + " " + operation.operationId() + " on " + subject + " failed: HTTP "
        + failure.status(), cause);
    this.failure = Objects.requireNonNull(failure, "failure");
    this.product = Objects.requireNonNull(product, "product");
    this.operation = Objects.requireNonNull(operation, "operation");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.advice = advice;
  }

  /** The same failure with what the tool knows that helps fix it (e.g. the valid issue types of a project). */
  public AtlassianException withAdvice(String advice) {
    return new AtlassianException(failure, product, operation, subject, advice, getCause());
  }

  public java.util.Optional<String> advice() {
    return java.util.Optional.ofNullable(advice);
  }

  public HttpFailure failure() {
    return failure;
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
