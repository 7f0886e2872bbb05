package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Router;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Worklogs of an issue. {@code started} must be Jira's {@code yyyy-MM-dd'T'HH:mm:ss.SSSZ} (Jira refuses any other
 * form, and so does the sandbox); the time is {@code timeSpentSeconds} or a duration such as {@code "1h 30m"};
 * a comment is ADF.
 */
public final class WorklogResource {

  static final String BAD_STARTED =
      "Invalid date format. Please enter the date in the format \"yyyy-MM-dd'T'HH:mm:ss.SSSZ\".";
  private static final String PATH = "/rest/api/3/issue/{issueIdOrKey}/worklog";

  private final JiraSite site;

  public WorklogResource(JiraSite site) {
    this.site = site;
  }

  public void register(Router router) {
    router.get(PATH, this::list);
    router.post(PATH, this::add);
    router.get(PATH + "/{id}", this::get);
    router.put(PATH + "/{id}", this::edit);
    router.delete(PATH + "/{id}", this::delete);
  }

  private HttpResponse list(Call call) {
    Issue issue = site.issue(call);
    int startAt = call.count("startAt", 0);
    int maxResults = Math.min(call.count("maxResults", 5000), 5000);
    Instant after = call.query("startedAfter").map(Long::parseLong).map(Instant::ofEpochMilli).orElse(Instant.MIN);
    Instant before = call.query("startedBefore").map(Long::parseLong).map(Instant::ofEpochMilli).orElse(Instant.MAX);
    List<Worklog> matching = issue.worklogs().stream()
        .filter(worklog -> !worklog.started().isBefore(after) && worklog.started().isBefore(before))
        .toList();
    return HttpResponse.json(200, JiraJson.page("worklogs", matching, startAt, maxResults,
        worklog -> JiraJson.worklog(issue, worklog, call.apiBase())));
  }

  private HttpResponse add(Call call) {
    Issue issue = site.issue(call);
    Input input = read(JiraSite.body(call), null);
    Instant now = site.now();
    Worklog worklog = new Worklog(site.store().nextWorklogId(), call.caller().user(), call.caller().user(),
        input.comment, now, now, input.started, input.seconds);
    Issue updated = site.store().update(issue.key(), current -> current.with(draft -> {
      draft.worklogs.add(worklog);
      // adjustEstimate=auto, Jira's default: the time logged comes off the remaining estimate.
      if (draft.remainingEstimate != null) {
        draft.remainingEstimate = Math.max(0, draft.remainingEstimate - worklog.timeSpentSeconds());
      }
      draft.updated = now;
    })).orElseThrow();
    return HttpResponse.json(201, JiraJson.worklog(updated, worklog, call.apiBase()));
  }

  private HttpResponse get(Call call) {
    Issue issue = site.issue(call);
    return HttpResponse.json(200, JiraJson.worklog(issue, worklog(issue, call), call.apiBase()));
  }

  private HttpResponse edit(Call call) {
    Issue issue = site.issue(call);
    Worklog old = worklog(issue, call);
    Input input = read(JiraSite.body(call), old);
    Instant now = site.now();
    Worklog edited = new Worklog(old.id(), old.author(), call.caller().user(), input.comment, old.created(), now,
        input.started, input.seconds);
    Issue updated = site.store().update(issue.key(), current -> current.with(draft -> {
      draft.worklogs.replaceAll(worklog -> worklog.id().equals(old.id()) ? edited : worklog);
      draft.updated = now;
    })).orElseThrow();
    return HttpResponse.json(200, JiraJson.worklog(updated, edited, call.apiBase()));
  }

  private HttpResponse delete(Call call) {
    Issue issue = site.issue(call);
    Worklog old = worklog(issue, call);
    site.store().update(issue.key(), current -> current.with(draft ->
        draft.worklogs.removeIf(worklog -> worklog.id().equals(old.id()))));
    return HttpResponse.noContent();
  }

  private Worklog worklog(Issue issue, Call call) {
    String id = call.pathVariable("id");
    return issue.worklogs().stream().filter(worklog -> worklog.id().equals(id)).findFirst()
        .orElseThrow(() -> JiraSite.notFound("Cannot find worklog with id: " + id + "."));
  }

  private record Input(Instant started, long seconds, JsonObject comment) {}

  /** Reads a worklog request; {@code old} supplies what an edit leaves out. */
  private Input read(JsonObject body, Worklog old) {
    Map<String, String> errors = new LinkedHashMap<>();
    List<String> messages = new ArrayList<>();
    Instant started = old == null ? null : old.started();
    JsonElement startedValue = body.get("started");
    if (startedValue != null || old == null) {
      Optional<Instant> parsed = startedValue != null && startedValue.isJsonPrimitive()
          ? JiraDates.parse(startedValue.getAsString()) : Optional.empty();
      if (parsed.isEmpty()) {
        errors.put("started", BAD_STARTED);
      }
      started = parsed.orElse(null);
    }
    Long seconds = old == null ? null : old.timeSpentSeconds();
    if (body.has("timeSpentSeconds")) {
      seconds = positive(body.get("timeSpentSeconds"));
      if (seconds == null) {
        errors.put("timeLogged", "Invalid time duration entered.");
      }
    } else if (body.has("timeSpent")) {
      seconds = body.get("timeSpent").isJsonPrimitive()
          ? JiraDurations.parse(body.get("timeSpent").getAsString()).orElse(null) : null;
      if (seconds == null) {
        errors.put("timeLogged", "Invalid time duration entered.");
      }
    } else if (old == null) {
      errors.put("timeLogged", "You must indicate the time spent working.");
    }
    JsonObject comment = old == null ? null : old.comment();
    JsonElement commentValue = body.get("comment");
    if (commentValue != null && !commentValue.isJsonNull()) {
      if (!commentValue.isJsonObject()) {
        errors.put("comment", FieldValues.NOT_ADF);
      } else if (!site.adf().problems(commentValue).isEmpty()) {
        messages.add("INVALID_INPUT");
      } else {
        comment = commentValue.getAsJsonObject();
      }
    }
    if (!errors.isEmpty() || !messages.isEmpty()) {
      throw JiraSite.errors(messages, errors);
    }
    return new Input(started, seconds, comment);
  }

  private static Long positive(JsonElement value) {
    try {
      long seconds = value.getAsLong();
      return seconds > 0 ? seconds : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
