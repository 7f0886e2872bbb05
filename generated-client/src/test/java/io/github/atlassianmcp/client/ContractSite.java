package io.github.atlassianmcp.client;

import io.github.atlassianmcp.testing.SpecValidation;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test a fresh {@link ContractHarness} and, after it, checks every request the test sent against the
 * official spec and stops the server: a contract test cannot forget the check.
 */
final class ContractSite implements ParameterResolver, AfterEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ContractSite.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == ContractHarness.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(ContractHarness.class,
        key -> new ContractHarness(SpecValidation.shared(context)), ContractHarness.class);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ContractHarness site = context.getStore(NAMESPACE).remove(ContractHarness.class, ContractHarness.class);
    if (site != null) {
      try {
        site.assertRequestsMatchSpec();
      } finally {
        site.close();
      }
    }
  }
}
