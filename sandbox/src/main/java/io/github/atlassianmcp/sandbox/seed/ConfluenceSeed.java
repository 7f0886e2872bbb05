package io.github.atlassianmcp.sandbox.seed;

import static io.github.atlassianmcp.sandbox.seed.PageBuilder.code;
import static io.github.atlassianmcp.sandbox.seed.PageBuilder.em;
import static io.github.atlassianmcp.sandbox.seed.PageBuilder.link;
import static io.github.atlassianmcp.sandbox.seed.PageBuilder.mention;
import static io.github.atlassianmcp.sandbox.seed.PageBuilder.pageLink;
import static io.github.atlassianmcp.sandbox.seed.PageBuilder.strong;
import static io.github.atlassianmcp.sandbox.seed.PageBuilder.text;

import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.confluence.ConfluenceStore;
import io.github.atlassianmcp.sandbox.confluence.Page;
import io.github.atlassianmcp.sandbox.confluence.PageVersion;
import io.github.atlassianmcp.sandbox.confluence.Space;
import io.github.atlassianmcp.sandbox.users.UserDirectory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Two spaces in real storage format: ENG (home, architecture, a service page, guidelines, onboarding, the
 * release process, a decision log with ADRs, a retro) and OPS (home, two runbooks, the on-call handbook).
 */
public final class ConfluenceSeed {

  private final ConfluenceStore store;
  private final Instant anchor;
  private final SandboxUser me;
  private final SandboxUser priya;
  private final SandboxUser jonas;
  private final SandboxUser amara;
  private int position;

  public ConfluenceSeed(ConfluenceStore store, UserDirectory users, Instant anchor) {
    this.store = store;
    this.anchor = anchor;
    this.me = users.currentUser();
    this.priya = users.byAccountId(SeedUsers.PRIYA).orElseThrow();
    this.jonas = users.byAccountId(SeedUsers.JONAS).orElseThrow();
    this.amara = users.byAccountId(SeedUsers.AMARA).orElseThrow();
  }

  public void seed() {
    seedEngineering();
    seedOperations();
  }

  private void seedEngineering() {
    long spaceId = store.nextId();
    long homeId = store.nextId();
    store.add(new Space(spaceId, "ENG", "Engineering", "How the Phoenix platform is built, run and changed.",
        "global", priya, ago(200), homeId));
    PageBuilder home = new PageBuilder()
        .heading(1, "Welcome to Engineering")
        .paragraph(text("This space holds how we build the "), strong("Phoenix platform"),
            text(": architecture, guidelines and decisions. Start with the "),
            pageLink("Onboarding Guide", "/wiki/spaces/ENG/pages/" + (homeId + 4)), text("."))
        .panel("info", text("Questions? Ask in "), code("#eng-platform"), text(" or mention "),
            mention(priya.accountId(), priya.displayName()), text("."))
        .table(List.of("Team", "Lead", "Owns"),
            List.of(List.of("Payments", priya.displayName(), "payments API, webhooks"),
                List.of("Accounts", jonas.displayName(), "login, sessions, permissions"),
                List.of("Platform", me.displayName(), "CI, observability, on-call tooling")));
    page(homeId, spaceId, "Engineering Home", null, priya, 200, 6, home, List.of("home"));

    long architecture = store.nextId();
    page(architecture, spaceId, "Architecture Overview", homeId, jonas, 180, 4, new PageBuilder()
        .heading(1, "Architecture Overview")
        .paragraph(text("Phoenix is a set of small services behind one API gateway. Each service owns its data."))
        .heading(2, "Services")
        .table(List.of("Service", "Language", "Datastore"),
            List.of(List.of("payments-api", "Java 17", "PostgreSQL"),
                List.of("webhook-consumer", "Java 17", "Kafka, PostgreSQL"),
                List.of("accounts", "Kotlin", "PostgreSQL"),
                List.of("web-app", "TypeScript", "none")))
        .heading(2, "Deployment")
        .bullets("Every service ships as a container image", "Kubernetes in two regions, active-active",
            "Configuration lives in the service repository")
        .code("yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: payments-api\nspec:\n  replicas: 3")
        .panel("note", strong("Note: "), text("the legacy monolith still serves invoice export until Q3.")),
        List.of("architecture"));

    long payments = store.nextId();
    PageBuilder paymentsPage = new PageBuilder()
        .heading(1, "Payments Service");
    paymentsPage.paragraph(text("Status: "), paymentsPage.status("GA", "Green"), text(" Owner: "),
        mention(priya.accountId(), priya.displayName()));
    paymentsPage.heading(2, "API")
        .table(List.of("Method", "Path", "Purpose"),
            List.of(List.of("POST", "/v1/payments", "Create a payment"),
                List.of("GET", "/v1/payments/{id}", "Read a payment"),
                List.of("POST", "/v1/payments/{id}/refunds", "Refund a payment")))
        .heading(2, "Retries")
        .paragraph(text("Webhook deliveries are retried with exponential backoff, at most "), strong("8"),
            text(" times."))
        .code("java", "RetryPolicy policy = RetryPolicy.exponential(Duration.ofSeconds(2))\n"
            + "    .maxAttempts(8)\n    .jitter(0.2);")
        .paragraph(text("See also "), link("the payments runbook", "/wiki/spaces/OPS/overview"), text("."));
    page(payments, spaceId, "Payments Service", architecture, priya, 150, 7, paymentsPage,
        List.of("architecture", "payments"));

    page(store.nextId(), spaceId, "Coding Guidelines", homeId, jonas, 170, 3, new PageBuilder()
        .heading(1, "Coding Guidelines")
        .numbered("Small pull requests, one concern each", "Tests next to the code they test",
            "No secrets in logs, ever", "Comments explain why, not what")
        .code("java", "// Good: the reason\n// Retries are safe here: the endpoint is idempotent by payment ID.\n"
            + "client.retry(3).post(request);")
        .panel("tip", text("Run "), code("./gradlew check"), text(" before pushing; CI runs the same.")),
        List.of("howto", "guidelines"));

    page(store.nextId(), spaceId, "Onboarding Guide", homeId, me, 160, 5, new PageBuilder()
        .heading(1, "Onboarding Guide")
        .paragraph(text("Welcome! Your buddy is "), mention(amara.accountId(), amara.displayName()),
            text(". In your first week:"))
        .numbered("Get access to GitHub, Jira and this space", "Run the payments service locally",
            "Ship a small change to production", "Join the on-call shadow rotation")
        .code("bash", "git clone git@github.com:example/phoenix.git\ncd phoenix && ./gradlew bootRun")
        .panel("info", em("Tip: "), text("the "), pageLink("Release Process", "/wiki/spaces/ENG/pages/" + (homeId + 5)),
            text(" explains how changes reach customers.")),
        List.of("onboarding", "howto"));

    page(store.nextId(), spaceId, "Release Process", homeId, me, 120, 4, new PageBuilder()
        .heading(1, "Release Process")
        .table(List.of("Step", "Who", "When"),
            List.of(List.of("Cut release branch", "Release captain", "Monday"),
                List.of("Staging soak", "Everyone", "Monday to Wednesday"),
                List.of("Production rollout", "Release captain", "Thursday")))
        .panel("note", text("No releases during the December freeze."))
        .code("bash", "./scripts/release.sh --version 2.15.0 --canary 10%"),
        List.of("howto", "release"));

    long decisions = store.nextId();
    page(decisions, spaceId, "Decision Log", homeId, jonas, 190, 2, new PageBuilder()
        .heading(1, "Decision Log")
        .paragraph(text("Architecture decision records, newest last."))
        .bullets("ADR-001 Use PostgreSQL for service data", "ADR-002 Adopt feature flags for risky changes"),
        List.of("adr"));
    page(store.nextId(), spaceId, "ADR-001 Use PostgreSQL for service data", decisions, jonas, 185, 3,
        new PageBuilder()
            .heading(2, "Context")
            .paragraph(text("Services need transactions and a schema we can evolve."))
            .heading(2, "Decision")
            .paragraph(strong("We use PostgreSQL 15"), text(" for every service that keeps state."))
            .heading(2, "Consequences")
            .bullets("One backup and restore procedure", "Migrations with Flyway"),
        List.of("adr", "architecture"));
    page(store.nextId(), spaceId, "ADR-002 Adopt feature flags for risky changes", decisions, priya, 90, 2,
        new PageBuilder()
            .heading(2, "Decision")
            .paragraph(text("Risky changes ship dark behind a flag and are turned on per tenant."))
            .code("typescript", "if (flags.enabled('checkout-v2', tenant)) {\n  return renderCheckoutV2();\n}"),
        List.of("adr"));

    PageBuilder retro = new PageBuilder().heading(1, "Retro: Checkout v2 beta");
    retro.paragraph(text("Outcome: "), retro.status("ACTION ITEMS OPEN", "Yellow"))
        .bullets("Went well: the flag rollout", "To improve: the webhook backlog alert fired too late")
        .table(List.of("Action", "Owner", "Due"),
            List.of(List.of("Lower the backlog alert threshold", amara.displayName(), "next sprint"),
                List.of("Add a dashboard for retries", me.displayName(), "next sprint")));
    page(store.nextId(), spaceId, "Retro: Checkout v2 beta", homeId, amara, 12, 1, retro, List.of("retro"));
  }

  private void seedOperations() {
    long spaceId = store.nextId();
    long homeId = store.nextId();
    store.add(new Space(spaceId, "OPS", "Operations", "Runbooks and on-call.", "global", amara, ago(150), homeId));
    page(homeId, spaceId, "Operations Home", null, amara, 150, 3, new PageBuilder()
        .heading(1, "Operations")
        .paragraph(text("Runbooks for the things that page us, and how on-call works."))
        .bullets("Runbook: Payment webhook backlog", "Runbook: Database failover", "On-call handbook"),
        List.of("home"));
    page(store.nextId(), spaceId, "Runbook: Payment webhook backlog", homeId, amara, 60, 5, new PageBuilder()
        .heading(1, "Runbook: Payment webhook backlog")
        .panel("warning", strong("Customer impact: "), text("payment confirmations arrive late."))
        .heading(2, "Diagnose")
        .numbered("Open the webhook-consumer dashboard", "Check the consumer lag per partition",
            "Look for retries of one merchant")
        .code("bash", "kubectl -n payments logs deploy/webhook-consumer --since=15m | grep -c RETRY")
        .heading(2, "Mitigate")
        .paragraph(text("Scale the consumer up; the backlog drains at about 2,000 events a minute."))
        .code("bash", "kubectl -n payments scale deploy/webhook-consumer --replicas=12"),
        List.of("runbook", "payments"));
    page(store.nextId(), spaceId, "Runbook: Database failover", homeId, jonas, 80, 2, new PageBuilder()
        .heading(1, "Runbook: Database failover")
        .panel("note", text("Failover takes about 90 seconds; writes fail during it."))
        .code("sql", "SELECT client_addr, state, sync_state FROM pg_stat_replication;")
        .numbered("Confirm the replica is in sync", "Promote it", "Point the services at it"),
        List.of("runbook", "database"));
    page(store.nextId(), spaceId, "On-call handbook", homeId, me, 40, 3, new PageBuilder()
        .heading(1, "On-call handbook")
        .table(List.of("Severity", "Response time", "Example"),
            List.of(List.of("SEV1", "5 minutes", "Payments down"), List.of("SEV2", "30 minutes",
                "Webhook backlog"), List.of("SEV3", "next business day", "Slow admin dashboard")))
        .panel("info", text("Hand over every Monday at 10:00 in "), code("#oncall"), text(".")),
        List.of("oncall", "howto"));
  }

  private void page(long id, long spaceId, String title, Long parentId, SandboxUser author, int createdDaysAgo,
      int versions, PageBuilder content, List<String> labels) {
    Instant created = ago(createdDaysAgo);
    Instant modified = created.plus(Duration.ofDays(Math.min(createdDaysAgo - 1L, versions * 9L)))
        .plus(Duration.ofHours(id % 9));
    modified = modified.isAfter(anchor) ? anchor : modified;
    PageVersion version = new PageVersion(versions, modified, author,
        versions > 1 ? "Updated " + title.toLowerCase(Locale.ROOT) : "", false);
    store.put(new Page(id, spaceId, title, parentId, parentId == null ? 0 : ++position, author, created, version,
        content.storage(), content.adf(), labels));
  }

  private Instant ago(int days) {
    return anchor.minus(Duration.ofDays(days));
  }
}
