package io.github.atlassianmcp.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.adf.Adf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CreateIssueWithAdfTest {

  @RegisterExtension
  static final SandboxSite SITE = new SandboxSite();

  @Test
  void anIssueWithABuiltDescriptionReadsBackAsMarkdown() {
    CreateIssueWithAdf example = new CreateIssueWithAdf(SITE.clients());

    String key = example.create("PROJ", "Login fails after upgrade", CreateIssueWithAdf.builtDescription());

    assertTrue(key.startsWith("PROJ-"), key);
    assertEquals("""
        ## Steps to reproduce

        - Upgrade to 4.2
        - Sign in with SSO

        Expected: **the dashboard**

        ```text
        HTTP 500 at /login/callback
        ```

        > **Warning:** Blocks every SSO user.""", example.descriptionAsMarkdown(key));
  }

  @Test
  void anIssueWithADescriptionFromMarkdownKeepsItsStructure() {
    CreateIssueWithAdf example = new CreateIssueWithAdf(SITE.clients());
    String markdown = "## Steps\n\n1. Upgrade to **4.2**\n2. Sign in\n\n- [ ] update the runbook";

    String key = example.create("PROJ", "Document the login fix", Adf.fromMarkdown(markdown));

    assertEquals(markdown, example.descriptionAsMarkdown(key));
  }
}
