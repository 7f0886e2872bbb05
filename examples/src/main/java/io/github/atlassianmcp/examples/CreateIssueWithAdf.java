package io.github.atlassianmcp.examples;

import static io.github.atlassianmcp.adf.Adf.bulletList;
import static io.github.atlassianmcp.adf.Adf.codeBlock;
import static io.github.atlassianmcp.adf.Adf.doc;
import static io.github.atlassianmcp.adf.Adf.heading;
import static io.github.atlassianmcp.adf.Adf.panel;
import static io.github.atlassianmcp.adf.Adf.paragraph;
import static io.github.atlassianmcp.adf.Adf.text;

import io.github.atlassianmcp.adf.Adf;
import io.github.atlassianmcp.adf.AdfDocument;
import io.github.atlassianmcp.adf.PanelType;
import io.github.atlassianmcp.client.AtlassianClients;
import io.github.atlassianmcp.client.jira.platform.api.IssuesApi;
import io.github.atlassianmcp.client.jira.platform.model.CreatedIssue;
import io.github.atlassianmcp.client.jira.platform.model.IssueUpdateDetails;
import java.util.List;
import java.util.Map;

/**
 * Creates a Jira issue whose description is rich text (ADF), built with the typed builder or converted from
 * markdown, and reads it back as markdown.
 *
 * <pre>
 * ATLASSIAN_SITE_URL=... ATLASSIAN_EMAIL=... ATLASSIAN_API_TOKEN=... \
 *   java -cp examples/target/atlassian-examples.jar io.github.atlassianmcp.examples.CreateIssueWithAdf PROJ
 * </pre>
 */
public final class CreateIssueWithAdf {

  private final IssuesApi issues;

  public CreateIssueWithAdf(AtlassianClients atlassian) {
    this.issues = new IssuesApi(atlassian.jiraPlatform());
  }

  public static void main(String[] args) {
    AtlassianClients atlassian = Examples.apiTokenClients();
    String project = args.length > 0 ? args[0] : "PROJ";
    CreateIssueWithAdf example = new CreateIssueWithAdf(atlassian);
    String built = example.create(project, "Login fails after upgrade", builtDescription());
    String converted = example.create(project, "Document the login fix", Adf.fromMarkdown(
        "## Steps\n1. Upgrade to **4.2**\n2. Sign in\n\n- [ ] update the runbook"));
    System.out.println(built + "\n" + example.descriptionAsMarkdown(built));
    System.out.println(converted + "\n" + example.descriptionAsMarkdown(converted));
  }

  /** A description made with the builder: every node is checked where it is placed, so Jira accepts it. */
  public static AdfDocument builtDescription() {
    return doc(
        heading(2, "Steps to reproduce"),
        bulletList("Upgrade to 4.2", "Sign in with SSO"),
        paragraph(text("Expected: "), text("the dashboard").strong()),
        codeBlock("text", "HTTP 500 at /login/callback"),
        panel(PanelType.WARNING, paragraph("Blocks every SSO user.")));
  }

  /** Creates a task with this description; returns its key. */
  public String create(String projectKey, String summary, AdfDocument description) {
    CreatedIssue created = issues.createIssue(new IssueUpdateDetails().fields(Map.of(
        "project", Map.of("key", projectKey),
        "issuetype", Map.of("name", "Task"),
        "summary", summary,
        "description", description.toJson()))).execute();
    return created.getKey();
  }

  /** The description as markdown: the generated model holds ADF as plain maps, which {@link Adf} reads. */
  public String descriptionAsMarkdown(String issueKey) {
    Object description = issues.getIssue(issueKey).fields(List.of("description")).execute()
        .getFields().get("description");
    return Adf.toMarkdown(description);
  }
}
