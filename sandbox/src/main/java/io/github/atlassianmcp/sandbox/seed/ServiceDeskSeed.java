package io.github.atlassianmcp.sandbox.seed;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.adf.Adf;
import io.github.atlassianmcp.sandbox.jira.Comment;
import io.github.atlassianmcp.sandbox.jira.Issue;
import io.github.atlassianmcp.sandbox.jira.JiraStore;
import io.github.atlassianmcp.sandbox.jira.Project;
import io.github.atlassianmcp.sandbox.jira.Status;
import io.github.atlassianmcp.sandbox.servicedesk.Approval;
import io.github.atlassianmcp.sandbox.servicedesk.ApprovalStep;
import io.github.atlassianmcp.sandbox.servicedesk.CustomerRequest;
import io.github.atlassianmcp.sandbox.servicedesk.Queue;
import io.github.atlassianmcp.sandbox.servicedesk.RequestType;
import io.github.atlassianmcp.sandbox.servicedesk.RequestTypeField;
import io.github.atlassianmcp.sandbox.servicedesk.ServiceDesk;
import io.github.atlassianmcp.sandbox.servicedesk.ServiceDeskStore;
import io.github.atlassianmcp.sandbox.servicedesk.SlaGoal;
import io.github.atlassianmcp.sandbox.servicedesk.StatusChange;
import io.github.atlassianmcp.sandbox.users.UserDirectory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SUP service desk: six request types (with required fields, selects, and approvals on two of them), six
 * queues, two SLA goals, and eighteen requests from customers in every state, with public replies, internal
 * notes, participants, status histories and custom field values. SUP-17 waits for one approval (Morgan or Priya
 * may decide); SUP-18 has two, the first granted by Priya and the second waiting for Morgan. Each request is a
 * Jira issue (SUP-1 and on) in the same Jira store.
 */
public final class ServiceDeskSeed {

  private static final String DESK = "1";
  private static final String AFFECTED_PRODUCT = "customfield_10050";
  private static final String INVOICE = "customfield_10051";
  private static final String ACCESS_LEVEL = "customfield_10052";

  /** The custom field values of the seeded requests, by summary: a select's option ID, or the text. */
  private static final Map<String, Map<String, String>> CUSTOM = Map.of(
      "API returns 500 on POST /v1/payments", Map.of(AFFECTED_PRODUCT, "10102"),
      "Refund duplicate charge on invoice INV-2041", Map.of(INVOICE, "INV-2041"),
      "Export of last month's invoices is empty", Map.of(AFFECTED_PRODUCT, "10103"),
      "Webhook deliveries are delayed by hours", Map.of(AFFECTED_PRODUCT, "10102"),
      "Refund for an unused seat", Map.of(INVOICE, "INV-2188"),
      "Dashboard charts show no data for today", Map.of(AFFECTED_PRODUCT, "10100"),
      "Charged in USD instead of EUR", Map.of(INVOICE, "INV-2203"),
      "Mobile app crashes on Android 14", Map.of(AFFECTED_PRODUCT, "10101"),
      "Admin access for our finance lead", Map.of(ACCESS_LEVEL, "10112"));

  /** How many approval steps of a seeded request were already granted (by the step's first approver). */
  private static final Map<String, Integer> GRANTED_STEPS = Map.of("Buy a licence for the log search tool", 1);

  private final JiraStore jira;
  private final UserDirectory users;
  private final Instant anchor;
  private final SandboxUser me;
  private final SandboxUser amara;
  private final SandboxUser jonas;
  private final SandboxUser sam;
  private final SandboxUser lee;
  private final SandboxUser priya;
  private ServiceDeskStore store;

  public ServiceDeskSeed(JiraStore jira, UserDirectory users, Instant anchor) {
    this.jira = jira;
    this.users = users;
    this.anchor = anchor;
    this.me = users.currentUser();
    this.amara = user(SeedUsers.AMARA);
    this.jonas = user(SeedUsers.JONAS);
    this.sam = user(SeedUsers.CUSTOMER_SAM);
    this.lee = user(SeedUsers.CUSTOMER_LEE);
    this.priya = user(SeedUsers.PRIYA);
  }

  public ServiceDeskStore seed() {
    Project sup = jira.project("SUP").orElseThrow();
    store = new ServiceDeskStore(List.of(new ServiceDesk(DESK, sup)), requestTypes(), queues(), List.of(
        new SlaGoal("1", "Time to first response", SlaGoal.Kind.FIRST_RESPONSE, Duration.ofHours(4)),
        new SlaGoal("2", "Time to resolution", SlaGoal.Kind.RESOLUTION, Duration.ofHours(24))));
    for (Spec spec : specs()) {
      store.put(create(sup, spec));
    }
    return store;
  }

  /** JSM's usual queues, each a JQL over the desk's project with the columns the agents' view shows. */
  private static List<Queue> queues() {
    List<String> columns = List.of("issuetype", "summary", "reporter", "assignee", "status", "priority", "created");
    return List.of(
        new Queue("1", DESK, "All open requests", "project = SUP AND resolution = Unresolved ORDER BY created DESC",
            columns),
        new Queue("2", DESK, "Assigned to me",
            "project = SUP AND assignee = currentUser() AND resolution = Unresolved ORDER BY priority DESC, created"
                + " ASC", columns),
        new Queue("3", DESK, "Unassigned requests",
            "project = SUP AND assignee is EMPTY AND resolution = Unresolved ORDER BY created ASC", columns),
        new Queue("4", DESK, "Waiting for customer",
            "project = SUP AND status = \"Waiting for customer\" ORDER BY updated DESC", columns),
        new Queue("5", DESK, "Waiting for approval",
            "project = SUP AND status = \"Waiting for approval\" ORDER BY created ASC", columns),
        new Queue("6", DESK, "Recently resolved",
            "project = SUP AND resolution = Done AND resolved >= -7d ORDER BY resolved DESC", columns));
  }

  private List<RequestType> requestTypes() {
    return List.of(
        new RequestType("1", DESK, "Get help with your account", "Sign-in, passwords, team members.",
            "Tell us which account and what you are trying to do.", "10005", List.of("1"), "10521", List.of(
                RequestTypeField.summary("What do you need?"),
                RequestTypeField.description("Why do you need this?", false)), List.of()),
        new RequestType("2", DESK, "Report a bug", "Something in Phoenix does not work as it should.",
            "Steps to reproduce help us most.", "10006", List.of("2"), "10533", List.of(
                RequestTypeField.summary("Summarize the problem"),
                RequestTypeField.description("Describe what happened", true),
                new RequestTypeField(AFFECTED_PRODUCT, "Which product is affected?", "Affected product",
                    "Pick the part of Phoenix you were using.", true, RequestTypeField.Kind.SELECT, List.of(
                        new RequestTypeField.Option("10100", "Web app"),
                        new RequestTypeField.Option("10101", "Mobile app"),
                        new RequestTypeField.Option("10102", "Public API"),
                        new RequestTypeField.Option("10103", "Billing"))),
                RequestTypeField.priority("How urgent is it?")), List.of()),
        new RequestType("3", DESK, "Request a refund", "Refunds for duplicate or wrong charges.",
            "Include the invoice number.", "10005", List.of("3"), "10540", List.of(
                RequestTypeField.summary("What would you like refunded?"),
                new RequestTypeField(INVOICE, "Invoice number", "Invoice number", "As printed on the invoice, e.g."
                    + " INV-2041.", true, RequestTypeField.Kind.TEXT, List.of()),
                RequestTypeField.description("Reason", false)), List.of()),
        new RequestType("4", DESK, "Ask a question", "Anything else about Phoenix.", "", "10005", List.of("1"),
            "10527", List.of(
                RequestTypeField.summary("What is your question?"),
                RequestTypeField.description("Details", false)), List.of()),
        new RequestType("5", DESK, "Request admin access", "Administrator or editor rights on your account.",
            "An owner of the account approves every change of access.", "10005", List.of("1"), "10524", List.of(
                RequestTypeField.summary("Whose access should change?"),
                new RequestTypeField(ACCESS_LEVEL, "Access level", "Access level", "", true,
                    RequestTypeField.Kind.SELECT, List.of(
                        new RequestTypeField.Option("10110", "Read only"),
                        new RequestTypeField.Option("10111", "Editor"),
                        new RequestTypeField.Option("10112", "Administrator"))),
                RequestTypeField.description("Why is it needed?", false)),
            List.of(new ApprovalStep("Account owner approval", List.of(me, priya), 1))),
        new RequestType("6", DESK, "Buy new software", "Licences and subscriptions for the team.",
            "Budget and security both sign off before we buy.", "10005", List.of("3"), "10530", List.of(
                RequestTypeField.summary("What should we buy?"),
                RequestTypeField.description("What is it for, and what does it cost?", true)),
            List.of(new ApprovalStep("Budget approval", List.of(priya), 1),
                new ApprovalStep("Security review", List.of(me), 1))));
  }

  /** One seeded request: who asked what, how it went, and who talked. */
  private record Spec(String type, String summary, String description, SandboxUser reporter, SandboxUser assignee,
      int ageHours, List<Step> steps, List<Talk> talk, List<SandboxUser> participants, String priority) {}

  /** A status the request moved to, some hours after it was created. */
  private record Step(Status status, int afterHours) {}

  /** A comment some minutes after creation; internal notes are not public. */
  private record Talk(SandboxUser author, boolean isPublic, int afterMinutes, String text) {}

  private List<Spec> specs() {
    Status support = JiraProjects.WAITING_FOR_SUPPORT;
    Status progress = JiraProjects.IN_PROGRESS;
    Status customer = JiraProjects.WAITING_FOR_CUSTOMER;
    Status resolved = JiraProjects.RESOLVED;
    Status canceled = JiraProjects.CANCELED;
    return List.of(
        new Spec("1", "Cannot sign in after password reset", "I reset my password this morning and now the"
            + " login page says my account is locked.\nI tried twice from Chrome.", sam, amara, 2, List.of(),
            List.of(), List.of(), "High"),
        new Spec("2", "API returns 500 on POST /v1/payments", "Since 09:00 UTC every payment we create fails.\n"
            + "Request ID: 7f3c2a91\nResponse: {\"error\":\"internal\"}", lee, me, 5,
            List.of(new Step(progress, 1)), List.of(
                new Talk(me, true, 40, "Thanks for the request ID, we are looking into it now."),
                new Talk(me, false, 55, "Internal: correlates with the 08:58 deploy of payments-api, rolling back."),
                new Talk(lee, true, 90, "Still failing on our side.")), List.of(jonas), "Highest"),
        new Spec("3", "Refund duplicate charge on invoice INV-2041", "We were charged twice for March.",
            sam, amara, 30, List.of(new Step(progress, 3), new Step(resolved, 20)), List.of(
                new Talk(amara, true, 120, "I can see the duplicate; the refund is on its way."),
                new Talk(amara, false, 130, "Internal: refund 4411 issued in Stripe."),
                new Talk(sam, true, 600, "Received, thank you!")), List.of(), "Medium"),
        new Spec("1", "Add a new team member to our account", "Please add dana@customer.example.org as an"
            + " admin.", lee, me, 50, List.of(new Step(customer, 2)), List.of(
                new Talk(me, true, 100, "Happy to help. Could you confirm you are an owner of the account?")),
            List.of(me), "Low"),
        new Spec("2", "Export of last month's invoices is empty", "The CSV export for May has only the header"
            + " row.", sam, jonas, 72, List.of(new Step(progress, 4), new Step(resolved, 60)), List.of(
                new Talk(jonas, true, 300, "Reproduced: exports in a non-UTC time zone missed the first day."),
                new Talk(jonas, true, 3500, "Fixed in 2.14.3, please try again.")), List.of(me), "Medium"),
        new Spec("4", "How do I rotate my API key?", "Our security team asks us to rotate keys every 90 days.",
            lee, amara, 96, List.of(new Step(resolved, 3)), List.of(
                new Talk(amara, true, 90, "Settings > API keys > Rotate. The old key keeps working for 24 hours.")),
            List.of(), "Low"),
        new Spec("2", "Webhook deliveries are delayed by hours", "Payment confirmations arrive 2-3 hours late"
            + " since yesterday.", sam, me, 20, List.of(new Step(progress, 1)), List.of(
                new Talk(me, false, 30, "Internal: consumer lag on partition 7, see the runbook."),
                new Talk(me, true, 45, "We found a backlog and are draining it now.")), List.of(amara, jonas),
            "High"),
        new Spec("1", "Cancel my trial before it converts", "We decided not to continue, please cancel.",
            lee, amara, 200, List.of(new Step(canceled, 5)), List.of(
                new Talk(amara, true, 200, "Done, your trial is cancelled and you will not be charged.")),
            List.of(), "Lowest"),
        new Spec("1", "Two-factor codes not arriving by SMS", "Users in Germany do not get the SMS code.", sam,
            jonas, 8, List.of(new Step(customer, 3)), List.of(
                new Talk(jonas, true, 150, "Which carrier are the affected users on?")), List.of(me), "High"),
        new Spec("3", "Refund for an unused seat", "We removed a seat mid-cycle.", lee, null, 1, List.of(),
            List.of(), List.of(), "Medium"),
        new Spec("4", "Is there a sandbox environment for testing?", "We want to test webhooks without real"
            + " payments.", sam, me, 140, List.of(new Step(resolved, 2)), List.of(
                new Talk(me, true, 60, "Yes: use the test mode keys; webhooks fire with test data.")), List.of(),
            "Low"),
        new Spec("2", "Dashboard charts show no data for today", "Charts on the admin dashboard are empty since"
            + " midnight.", me, jonas, 26, List.of(new Step(progress, 2)), List.of(
                new Talk(jonas, false, 180, "Internal: the metrics job failed on a schema change.")), List.of(me),
            "Medium"),
        new Spec("1", "Change the owner of our account", "Our previous owner left the company.", lee, amara, 300,
            List.of(new Step(customer, 4), new Step(resolved, 100)), List.of(
                new Talk(amara, true, 240, "Please send a signed request from a director."),
                new Talk(lee, true, 3000, "Sent by email just now."),
                new Talk(amara, true, 5000, "Owner changed. Thanks!")), List.of(), "Medium"),
        new Spec("3", "Charged in USD instead of EUR", "Our invoice currency changed without notice.", sam, null,
            12, List.of(), List.of(new Talk(sam, true, 60, "Any update?")), List.of(), "Medium"),
        new Spec("2", "Mobile app crashes on Android 14", "The app closes right after the splash screen.", me, jonas,
            400, List.of(new Step(progress, 5), new Step(resolved, 200)), List.of(
                new Talk(jonas, true, 600, "Fixed in app version 5.2.1.")), List.of(), "High"),
        new Spec("4", "Do you support SAML single sign-on?", "We use Okta.", lee, amara, 3, List.of(), List.of(),
            List.of(me), "Low"),
        new Spec("5", "Admin access for our finance lead", "Please make rita@customer.example.org an administrator;"
            + " she takes over billing from me.", lee, null, 6, List.of(new Step(JiraProjects.WAITING_FOR_APPROVAL, 0)),
            List.of(new Talk(lee, true, 10, "Rita starts on Monday, so before then would be great.")), List.of(),
            "Medium"),
        new Spec("6", "Buy a licence for the log search tool", "Five seats of LogLens for incident work, 40 USD per"
            + " seat and month.", jonas, null, 30, List.of(new Step(JiraProjects.WAITING_FOR_APPROVAL, 0)),
            List.of(new Talk(priya, false, 90, "Internal: fits the Q3 tools budget.")), List.of(), "Low"));
  }


  private CustomerRequest create(Project sup, Spec spec) {
    RequestType type = store.requestType(spec.type()).orElseThrow();
    Instant created = anchor.minus(Duration.ofHours(spec.ageHours())).minus(Duration.ofMinutes(17));
    JsonObject description = Adf.fromPlainText(spec.description());
    Issue issue = jira.create(sup, sup.issueType(type.issueTypeId()).orElseThrow(), spec.summary(), description,
        spec.reporter(), spec.assignee(), jira.priority(spec.priority()).orElseThrow(), List.of(), null, created,
        null);
    List<StatusChange> history = new ArrayList<>();
    history.add(new StatusChange(sup.initialStatus().name(), sup.initialStatus().category(), created));
    List<Comment> comments = new ArrayList<>();
    for (Talk talk : spec.talk()) {
      Instant at = created.plus(Duration.ofMinutes(talk.afterMinutes()));
      comments.add(new Comment(jira.nextCommentId(), talk.author(), talk.author(), Adf.fromPlainText(talk.text()),
          at, at, talk.isPublic()));
    }
    Instant last = comments.isEmpty() ? created : comments.get(comments.size() - 1).created();
    for (Step step : spec.steps()) {
      Instant at = created.plus(Duration.ofHours(step.afterHours()));
      history.add(new StatusChange(step.status().name(), step.status().category(), at));
      last = at.isAfter(last) ? at : last;
    }
    Instant updated = last;
    jira.update(issue.key(), current -> current.with(draft -> {
      for (Step step : spec.steps()) {
        draft.moveTo(step.status(), created.plus(Duration.ofHours(step.afterHours())));
      }
      draft.comments = comments;
      draft.updated = updated;
    }));
    return new CustomerRequest(issue.key(), DESK, type.id(), spec.participants(), history,
        CUSTOM.getOrDefault(spec.summary(), Map.of()), approvals(type, spec, created));
  }

  /** The approvals of a request whose type has them: the granted steps, then the one it waits for. */
  private List<Approval> approvals(RequestType type, Spec spec, Instant created) {
    List<Approval> approvals = new ArrayList<>();
    int granted = GRANTED_STEPS.getOrDefault(spec.summary(), 0);
    Instant at = created;
    for (int step = 0; step < type.approvalSteps().size() && step <= granted; step++) {
      ApprovalStep approvalStep = type.approvalSteps().get(step);
      Approval approval = Approval.pending(store.nextApprovalId(), approvalStep, at);
      if (step < granted) {
        at = at.plus(Duration.ofHours(2));
        approval = approval.decide(approvalStep.approvers().get(0), Approval.Decision.APPROVED, at);
      }
      approvals.add(approval);
    }
    return approvals;
  }

  private SandboxUser user(String accountId) {
    return users.byAccountId(accountId).orElseThrow();
  }
}
