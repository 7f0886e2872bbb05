package io.github.atlassianmcp.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit extension that hands every test the same {@link SpecValidator}, kept in the root context's store so
 * the official specs are parsed once per test run, not once per class.
 */
public final class SpecValidation implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SpecValidation.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SpecValidator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return shared(context);
  }

  /** The validator of this test run, for other extensions that need one. */
  public static SpecValidator shared(ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(SpecValidator.class, key -> new SpecValidator(), SpecValidator.class);
  }
}
