package io.github.atlassianmcp.sandbox.jira;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.http.Call;
import io.github.atlassianmcp.sandbox.http.HttpResponse;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.sandbox.http.Router;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The workflow transitions of an issue: the ones available now, and doing one. */
public final class TransitionResource {

  private static final String PATH = "/rest/api/3/issue/{issueIdOrKey}/transitions";

  private final JiraSite site;

  public TransitionResource(JiraSite site) {
    this.site = site;
  }

  public void register(Router router) {
    router.get(PATH, this::list);
    router.post(PATH, this::transition);
  }

  private HttpResponse list(Call call) {
    Issue issue = site.issue(call);
    Optional<String> only = call.query("transitionId");
    List<Transition> transitions = issue.project().transitionsFrom(issue.status()).stream()
        .filter(transition -> only.map(transition.id()::equals).orElse(true))
        .toList();
    return HttpResponse.json(200, Json.object()
        .put("transitions", Json.array(transitions, transition -> render(transition, call.apiBase())))
        .build());
  }

  private HttpResponse transition(Call call) {
    Issue issue = site.issue(call);
    JsonObject body = JiraSite.body(call);
    Optional<String> id = body.has("transition") && body.get("transition").isJsonObject()
        ? Json.string(body.getAsJsonObject("transition"), "id")
            .or(() -> number(body.getAsJsonObject("transition").get("id")))
        : Optional.empty();
    if (id.isEmpty()) {
      throw JiraSite.badRequest("Missing 'transition' identifier");
    }
    Transition transition = issue.project().transitionsFrom(issue.status()).stream()
        .filter(candidate -> candidate.id().equals(id.get()))
        .findFirst()
        .orElseThrow(() -> JiraSite.badRequest("Transition id '" + id.get() + "' is not valid for this issue."));
    FieldValues values = new FieldValues(site, new FieldValues.Target(issue.project(), issue.type(), issue,
        site.screens().editable(issue), call.caller().user()));
    if (body.has("fields") && body.get("fields").isJsonObject()) {
      // The resolution is set by the workflow itself, as the sandbox's transitions have no screen.
      values.read(body.getAsJsonObject("fields"), Set.of("resolution"));
    }
    if (body.has("update") && body.get("update").isJsonObject()) {
      new FieldOperations(values).read(body.getAsJsonObject("update"));
    }
    if (!values.ok()) {
      throw JiraSite.errors(values.messages, values.fieldErrors);
    }
    Instant now = site.now();
    site.store().change(issue.key(), call.caller().user(), now, current -> current.with(draft -> {
      values.changes.forEach(change -> change.accept(draft));
      draft.moveTo(transition.to(), now);
    }));
    return HttpResponse.noContent();
  }

  private static JsonObject render(Transition transition, String base) {
    return Json.object()
        .put("id", transition.id())
        .put("name", transition.name())
        .put("to", JiraJson.status(transition.to(), base))
        .put("hasScreen", false)
        .put("isGlobal", true)
        .put("isInitial", false)
        .put("isAvailable", true)
        .put("isConditional", false)
        .put("isLooped", false)
        .build();
  }

  private static Optional<String> number(JsonElement value) {
    return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()
        ? Optional.of(value.getAsString()) : Optional.empty();
  }
}
