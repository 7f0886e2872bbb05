package io.github.atlassianmcp.examples;

import io.github.atlassianmcp.client.AtlassianClients;
import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import io.github.atlassianmcp.sandbox.SandboxUser;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A sandbox on loopback for one test class, and clients signed in to it with an API token, as a user's would be. */
final class SandboxSite implements BeforeAllCallback, AfterAllCallback {

  private AtlassianSandbox sandbox;

  @Override
  public void beforeAll(ExtensionContext context) {
    sandbox = AtlassianSandbox.builder().start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    sandbox.close();
  }

  AtlassianSandbox sandbox() {
    return sandbox;
  }

  /** Clients as {@code Examples.apiTokenClients()} builds them from the environment, without retries. */
  AtlassianClients clients() {
    SandboxUser user = sandbox.currentUser();
    return AtlassianClients.builder().site(sandbox.siteUrl()).apiToken(user.email(), user.apiToken()).build();
  }
}
