package io.github.atlassianmcp.server.tools.jira;

import io.github.atlassianmcp.adf.MarkdownToAdf;
import io.github.atlassianmcp.client.jira.platform.api.IssueLinkTypesApi;
import io.github.atlassianmcp.client.jira.platform.api.IssueLinksApi;
import io.github.atlassianmcp.client.jira.platform.model.Comment;
import io.github.atlassianmcp.client.jira.platform.model.IssueLinkType;
import io.github.atlassianmcp.client.jira.platform.model.LinkIssueRequestJsonBean;
import io.github.atlassianmcp.client.jira.platform.model.LinkedIssue;
import io.github.atlassianmcp.server.atlassian.AtlassianCall;
import io.github.atlassianmcp.server.atlassian.Product;
import io.github.atlassianmcp.server.auth.AtlassianAccess;
import io.github.atlassianmcp.server.tools.ToolInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Links two issues so that the link reads as the agent said it: "PROJ-1 blocks PROJ-2".
 *
 * <p><b>Direction.</b> Jira's reference calls {@code outwardIssue} the issue the link goes "from", which suggests
 * that {@code {"type": "Blocks", "outwardIssue": A, "inwardIssue": B}} makes "A blocks B". Jira Cloud does the
 * reverse: the request's {@code inwardIssue} becomes the link's source, the issue that reads the outward phrase
 * ("A blocks B"), and its {@code outwardIssue} the destination ("B is blocked by A"). Reported against Cloud in
 * atlassian/atlassian-mcp-server#112 (outwardIssue IQS-2 + inwardIssue IQS-4 showed "IQS-2 is blocked by IQS-4",
 * in the UI and in the {@code issuelinks} field), mozilla/jira-bugzilla-integration#1285 ("treats inwardIssue as
 * the blocker, not outwardIssue as the documentation suggests"), netresearch/jira-skill#104 (verified on a site:
 * "inwardIssue is the source"), midagedev/gadak#79 (reproduced on Cloud), iloom-ai/iloom-cli#617 and
 * open-cli-collective/atlassian-cli#451; b1ff/atlassian-dc-mcp#74 documents the same for Data Center.
 * (sooperset/mcp-atlassian#1274 reads as the opposite only because its code swapped the two keys, see its #1292.)
 * Reading is consistent with Atlassian's issue-linking-model guide: in an issue's {@code issuelinks}, the other
 * issue is under {@code outwardIssue} when this issue reads the outward phrase.
 */
public final class JiraLinks {

  /** Link types change rarely (an admin adds one): they are read once per site for this long. */
  static final Duration TYPES_TTL = Duration.ofMinutes(5);

  private final AtlassianAccess access;
  private final MarkdownToAdf markdownToAdf;
  private final Clock clock;
  private final Map<String, CachedTypes> typesBySite = new ConcurrentHashMap<>();

  private record CachedTypes(List<IssueLinkType> types, Instant until) {}

  /**
   * A link type as the agent named it.
   *
   * @param keyIsSource whether the issue named first reads the outward phrase ("blocks")
   */
  record Reading(IssueLinkType type, boolean keyIsSource) {

    String phrase() {
      return keyIsSource ? type.getOutward() : type.getInward();
    }

    String reversePhrase() {
      return keyIsSource ? type.getInward() : type.getOutward();
    }
  }

  public JiraLinks(AtlassianAccess access, MarkdownToAdf markdownToAdf, Clock clock) {
    this.access = Objects.requireNonNull(access, "access");
    this.markdownToAdf = Objects.requireNonNull(markdownToAdf, "markdownToAdf");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Links the issues so that it reads "{@code key} phrase {@code target}"; answers how it reads. */
  Reading link(String key, String linkType, String target, Optional<String> commentMarkdown) {
    if (key.equalsIgnoreCase(target)) {
      throw new ToolInputException("issue_key and target_issue_key are both " + key + ": an issue cannot be linked"
          + " to itself.");
    }
    Reading reading = read(linkType, types());
    String source = reading.keyIsSource() ? key : target;
    String destination = reading.keyIsSource() ? target : key;
    // Cloud's orientation (see the class comment): inwardIssue is the source, outwardIssue the destination.
    LinkIssueRequestJsonBean request = new LinkIssueRequestJsonBean()
        .type(new IssueLinkType().name(reading.type().getName()))
        .inwardIssue(new LinkedIssue().key(source))
        .outwardIssue(new LinkedIssue().key(destination));
    commentMarkdown.ifPresent(markdown -> request.comment(new Comment().body(markdownToAdf.convert(markdown))));
    AtlassianCall.run(Product.JIRA, JiraOperations.LINK_ISSUES, key + " and " + target, () -> {
      new IssueLinksApi(access.clients().jiraPlatform()).linkIssues(request).execute();
      return null;
    });
    return reading;
  }

  /** How a type name or phrase reads: phrases first (they say the direction), then type names (outward). */
  static Reading read(String given, List<IssueLinkType> types) {
    String wanted = normalize(given);
    for (IssueLinkType type : types) {
      if (normalize(type.getOutward()).equals(wanted)) {
        return new Reading(type, true);
      }
    }
    for (IssueLinkType type : types) {
      if (normalize(type.getInward()).equals(wanted)) {
        return new Reading(type, false);
      }
    }
    for (IssueLinkType type : types) {
      if (normalize(type.getName()).equals(wanted)) {
        return new Reading(type, true);
      }
    }
    throw new ToolInputException("link_type \"" + given.strip() + "\" is not a link type of this site. Use a name or"
        + " a phrase: " + types.stream().map(type -> type.getName() + " (\"" + type.getOutward() + "\" / \""
            + type.getInward() + "\")").collect(Collectors.joining(", ")) + ".");
  }

  private List<IssueLinkType> types() {
    String site = access.status().siteUrl().orElse("");
    Instant now = clock.instant();
    CachedTypes cached = typesBySite.get(site);
    if (cached != null && now.isBefore(cached.until())) {
      return cached.types();
    }
    var answer = AtlassianCall.run(Product.JIRA, JiraOperations.LINK_TYPES, "the link types", () ->
        new IssueLinkTypesApi(access.clients().jiraPlatform()).getIssueLinkTypes().execute());
    List<IssueLinkType> types = answer.getIssueLinkTypes() == null ? List.of()
        : List.copyOf(answer.getIssueLinkTypes());
    typesBySite.put(site, new CachedTypes(types, now.plus(TYPES_TTL)));
    return types;
  }

  private static String normalize(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
