package io.github.atlassianmcp.server.tools.jira;

import io.github.atlassianmcp.server.tools.FieldValues;
import io.github.atlassianmcp.server.tools.jira.JiraViews.AttachmentView;
import io.github.atlassianmcp.server.tools.jira.JiraViews.IssueDetails;
import io.github.atlassianmcp.server.tools.jira.JiraViews.IssueRef;
import io.github.atlassianmcp.server.tools.jira.JiraViews.LinkView;
import io.github.atlassianmcp.server.tools.jira.JiraViews.SprintView;
import io.github.atlassianmcp.server.tools.jira.JiraViews.TimeTracking;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an issue's links, subtasks, attachments, sprint, time tracking and custom fields out of its {@code fields}
 * (fetched with {@code expand=names}, which gives each field's name as Jira shows it).
 */
final class IssueDetailsReader {

  /** The fields get-issue asks for: every navigable one (custom fields included), and time tracking. */
  static final List<String> FIELDS = List.of("*navigable", "timetracking", "attachment");

  /** Board ordering (LexoRank, "0|i0000f:"): meaningless to a reader. */
  private static final Pattern RANK = Pattern.compile("^\\d\\|[0-9a-z]+:[0-9a-z]*$");
  private static final String CUSTOM = "customfield_";
  private static final int MAX_VALUE = 100;

  private IssueDetailsReader() {}

  static IssueDetails read(Map<String, Object> rawFields, Map<String, String> names) {
    IssueFields fields = new IssueFields(rawFields);
    List<Map<String, Object>> sprintValue = List.of();
    Map<String, String> custom = new LinkedHashMap<>();
    for (String id : rawFields == null ? List.<String>of() : List.copyOf(rawFields.keySet())) {
      if (!id.startsWith(CUSTOM)) {
        continue;
      }
      Object value = fields.raw(id).orElse(null);
      String name = names.getOrDefault(id, id);
      if (isSprintField(name, value)) {
        sprintValue = maps(value);
        continue;
      }
      FieldValues.display(value)
          .filter(text -> !RANK.matcher(text).matches() && !text.startsWith("{"))
          .ifPresent(text -> custom.put(name, text.length() <= MAX_VALUE ? text
              : text.substring(0, MAX_VALUE - 1) + "…"));
    }
    Optional<SprintView> sprint = currentSprint(sprintValue);
    List<String> earlier = sprintValue.stream()
        .filter(s -> "closed".equals(s.get("state")))
        .map(s -> String.valueOf(s.get("name")))
        .filter(name -> sprint.map(current -> !current.name().equals(name)).orElse(true))
        .toList();
    return new IssueDetails(fields.strings("fixVersions"), links(fields), refs(fields.raw("subtasks")),
        attachments(fields), sprint, earlier, timeTracking(fields), custom);
  }

  private static boolean isSprintField(String name, Object value) {
    return name.equals("Sprint") || (!maps(value).isEmpty() && maps(value).stream()
        .allMatch(item -> item.containsKey("boardId") && item.containsKey("state")));
  }

  /** The open sprint the issue is in (active before future); else the last closed one. */
  private static Optional<SprintView> currentSprint(List<Map<String, Object>> sprints) {
    List<SprintView> all = sprints.stream()
        .map(s -> new SprintView(s.get("id") instanceof Number n ? n.longValue() : 0,
            String.valueOf(s.get("name")), String.valueOf(s.get("state"))))
        .toList();
    return all.stream().filter(s -> s.state().equals("active")).findFirst()
        .or(() -> all.stream().filter(s -> s.state().equals("future")).findFirst())
        .or(() -> all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1)));
  }

  /** Each link from this issue's side: the other issue is under outwardIssue when this one reads the outward phrase. */
  private static List<LinkView> links(IssueFields fields) {
    List<LinkView> links = new ArrayList<>();
    for (Map<String, Object> link : maps(fields.raw("issuelinks").orElse(null))) {
      Map<String, Object> type = IssueFields.asMap(link.get("type")).orElse(Map.of());
      Optional<Map<String, Object>> outward = IssueFields.asMap(link.get("outwardIssue"));
      Optional<Map<String, Object>> other = outward.or(() -> IssueFields.asMap(link.get("inwardIssue")));
      if (other.isEmpty()) {
        continue;
      }
      Object phrase = type.get(outward.isPresent() ? "outward" : "inward");
      String reads = phrase instanceof String text ? text : String.valueOf(type.getOrDefault("name", "links to"));
      IssueRef issue = ref(other.get());
      links.add(new LinkView(reads, issue.key(), issue.summary(), issue.status()));
    }
    return links;
  }

  private static List<IssueRef> refs(Optional<Object> value) {
    return maps(value.orElse(null)).stream().map(IssueDetailsReader::ref).toList();
  }

  private static IssueRef ref(Map<String, Object> issue) {
    IssueFields fields = new IssueFields(IssueFields.asMap(issue.get("fields")).orElse(Map.of()));
    return new IssueRef(String.valueOf(issue.get("key")), fields.text("summary").orElse(""), fields.name("status"));
  }

  private static List<AttachmentView> attachments(IssueFields fields) {
    return maps(fields.raw("attachment").orElse(null)).stream()
        .map(a -> new AttachmentView(String.valueOf(a.get("id") instanceof Number n ? n.longValue() : a.get("id")),
            String.valueOf(a.get("filename")), a.get("size") instanceof Number n ? n.longValue() : 0,
            Optional.ofNullable(a.get("mimeType")).map(String::valueOf)))
        .toList();
  }

  private static Optional<TimeTracking> timeTracking(IssueFields fields) {
    return fields.object("timetracking").map(IssueFields::new)
        .map(t -> new TimeTracking(t.text("originalEstimate"), t.text("remainingEstimate"), t.text("timeSpent")))
        .filter(t -> t.originalEstimate().isPresent() || t.remainingEstimate().isPresent()
            || t.timeSpent().isPresent());
  }

  private static List<Map<String, Object>> maps(Object value) {
    List<Map<String, Object>> maps = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(item -> IssueFields.asMap(item).ifPresent(maps::add));
    }
    return maps;
  }
}
