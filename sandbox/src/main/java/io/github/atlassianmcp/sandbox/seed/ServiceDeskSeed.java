package io.github.atlassianmcp.sandbox.seed;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.adf.Adf;
import io.github.atlassianmcp.sandbox.jira.Comment;
import io.github.atlassianmcp.sandbox.jira.Issue;
import io.github.atlassianmcp.sandbox.jira.JiraStore;
import io.github.atlassianmcp.sandbox.jira.Project;
import io.github.atlassianmcp.sandbox.jira.Status;
import io.github.atlassianmcp.sandbox.servicedesk.CustomerRequest;
import io.github.atlassianmcp.sandbox.servicedesk.RequestType;
import io.github.atlassianmcp.sandbox.servicedesk.ServiceDesk;
import io.github.atlassianmcp.sandbox.servicedesk.ServiceDeskStore;
import io.github.atlassianmcp.sandbox.servicedesk.SlaGoal;
import io.github.atlassianmcp.sandbox.servicedesk.StatusChange;
import io.github.atlassianmcp.sandbox.users.UserDirectory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The SUP service desk: four request types, two SLA goals, and sixteen requests from customers in every state,
 * with public replies, internal notes, participants and status histories. Each request is a Jira issue (SUP-1
 * and on) in the same Jira store.
 */
public final class ServiceDeskSeed {

  private static final String DESK = "1";

  private final JiraStore jira;
  private final UserDirectory users;
  private final Instant anchor;
  private final SandboxUser me;
  private final SandboxUser amara;
  private final SandboxUser jonas;
  private final SandboxUser sam;
  private final SandboxUser lee;

  public ServiceDeskSeed(JiraStore jira, UserDirectory users, Instant anchor) {
    this.jira = jira;
    this.users = users;
    this.anchor = anchor;
    this.me = users.currentUser();
    this.amara = user(SeedUsers.AMARA);
    this.jonas = user(SeedUsers.JONAS);
    this.sam = user(SeedUsers.CUSTOMER_SAM);
    this.lee = user(SeedUsers.CUSTOMER_LEE);
  }

  public ServiceDeskStore seed() {
    Project sup = jira.project("SUP").orElseThrow();
    ServiceDeskStore store = new ServiceDeskStore(List.of(new ServiceDesk(DESK, sup)), requestTypes(), List.of(
        new SlaGoal("1", "Time to first response", SlaGoal.Kind.FIRST_RESPONSE, Duration.ofHours(4)),
        new SlaGoal("2", "Time to resolution", SlaGoal.Kind.RESOLUTION, Duration.ofHours(24))));
    for (Spec spec : specs()) {
      store.put(create(sup, spec));
    }
    return store;
  }

  private static List<RequestType> requestTypes() {
    return List.of(
        new RequestType("1", DESK, "Get help with your account", "Sign-in, passwords, team members.",
            "Tell us which account and what you are trying to do.", "10005", List.of("1"), "10521",
            "What do you need?", "Why do you need this?"),
        new RequestType("2", DESK, "Report a bug", "Something in Phoenix does not work as it should.",
            "Steps to reproduce help us most.", "10006", List.of("2"), "10533", "Summarize the problem",
            "Describe what happened"),
        new RequestType("3", DESK, "Request a refund", "Refunds for duplicate or wrong charges.",
            "Include the invoice number.", "10005", List.of("3"), "10540", "What would you like refunded?",
            "Reason"),
        new RequestType("4", DESK, "Ask a question", "Anything else about Phoenix.", "", "10005", List.of("1"),
            "10527", "What is your question?", "Details"));
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
            List.of(me), "Low"));
  }

  private CustomerRequest create(Project sup, Spec spec) {
    RequestType type = requestTypes().stream().filter(t -> t.id().equals(spec.type())).findFirst().orElseThrow();
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
    return new CustomerRequest(issue.key(), DESK, type.id(), spec.participants(), history);
  }

  private SandboxUser user(String accountId) {
    return users.byAccountId(accountId).orElseThrow();
  }
}
