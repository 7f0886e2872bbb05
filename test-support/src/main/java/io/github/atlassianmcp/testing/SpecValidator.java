package io.github.atlassianmcp.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Validates HTTP requests and responses against Atlassian's official specs with Atlassian's own
 * swagger-request-validator. One validator per API is built on first use (the Jira spec takes seconds to
 * parse), so share an instance: {@link SpecValidation} does that for JUnit tests.
 */
public final class SpecValidator {

  private static final Pattern CHANGE_VALUE_NULL = Pattern.compile("\\[Path '/(values|changelog/histories)/\\d+/items/"
      + "\\d+/(from|fromString|to|toString)'\\] Instance type \\(null\\)");
  private static final Pattern ASSIGNEE_NULL = Pattern.compile(
      "validation\\.request\\.body\\.schema\\.type: \\[Path '/accountId'\\] Instance type \\(null\\)");

  private final Map<AtlassianApi, OpenApiInteractionValidator> validators = new EnumMap<>(AtlassianApi.class);

  /** A request or response as seen on the wire. Headers by lower- or mixed-case name. */
  public record Exchange(String method, String url, Map<String, List<String>> headers, String body) {}

  /** Violations of the spec (empty when valid) of a request sent to a site or gateway URL. */
  public List<String> requestProblems(String method, String url, Map<String, List<String>> headers, String body) {
    URI uri = URI.create(url);
    String path = AtlassianApi.sitePath(uri.getRawPath());
    Optional<AtlassianApi> api = AtlassianApi.forPath(path);
    if (api.isEmpty()) {
      return List.of(method + " " + path + " belongs to no Atlassian API we know");
    }
    SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(method.toUpperCase()), path);
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        request.withQueryParam(name, value);
      }
    }
    headers.forEach((name, values) -> request.withHeader(name, values));
    if (body != null && !body.isEmpty()) {
      request.withBody(body, StandardCharsets.UTF_8);
    }
    return messages(validator(api.get()).validateRequest(request.build()));
  }

  /** Violations of the spec (empty when valid) of a response to {@code method path}. */
  public List<String> responseProblems(String method, String path, int status, String contentType, String body) {
    String sitePath = AtlassianApi.sitePath(URI.create(path).getRawPath());
    Optional<AtlassianApi> api = AtlassianApi.forPath(sitePath);
    if (api.isEmpty()) {
      return List.of(method + " " + sitePath + " belongs to no Atlassian API we know");
    }
    SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
    if (contentType != null) {
      response.withContentType(contentType);
    }
    if (body != null && !body.isEmpty()) {
      response.withBody(body);
    }
    Response built = response.build();
    return messages(validator(api.get())
        .validateResponse(sitePath, Request.Method.valueOf(method.toUpperCase()), built));
  }

  /**
   * Whether a response problem is a gap in Atlassian's documentation rather than a wrong answer:
   * <ul>
   *   <li>many operations document their 4xx statuses without a body, though Jira and Confluence answer them with
   *       one (ErrorCollection and the like): with no schema there is nothing to check the body against;</li>
   *   <li>Jira's spec gives some 204 answers an {@code application/json} content with an empty schema; a 204 cannot
   *       have a body (RFC 9110 §15.3.5) and Jira sends none, so "no response body found" is the spec's artefact;</li>
   *   <li>rate limiting (429) and server errors (5xx) are documented once for all of Cloud's REST APIs, not per
   *       operation, so "status not defined" for them is the spec's omission.</li>
   * </ul>
   */
  public static boolean isDocumentationGap(int status, String problem) {
    return status >= 400 && problem.startsWith("validation.response.body.unexpected:")
        || status == 204 && problem.startsWith("validation.response.body.missing:")
        || (status == 429 || status >= 500) && problem.startsWith("validation.response.status.unknown:");
  }

  /**
   * {@link #isDocumentationGap(int, String)}, and the gaps particular to one operation, each shown wrong by the
   * spec itself or by what the product answers:
   * <ul>
   *   <li>Jira's ChangeDetails types {@code from}, {@code fromString}, {@code to} and {@code toString} as strings,
   *       yet an empty side is null, as the spec's own changelog example shows ({@code "from":null});</li>
   *   <li>{@code POST /rest/api/3/issueLink} "returns nothing on the creation of an issue link" (its own
   *       description), though the spec gives its 201 an empty JSON schema;</li>
   *   <li>with {@code redirect=false}, {@code GET /rest/api/3/attachment/content/{id}} answers the file's bytes,
   *       which the spec's 200 describes without a content type;</li>
   *   <li>Confluence's v2 spec lists 200, 400, 401 and 404 for a page update, yet Cloud answers a stale version
   *       with 409 "Version must be incremented when updating a page..." (CONFCLOUD-76640).</li>
   * </ul>
   */
  public static boolean isDocumentationGap(String method, String url, int status, String problem) {
    String path = AtlassianApi.sitePath(URI.create(url).getRawPath());
    return isDocumentationGap(status, problem)
        || problem.startsWith("validation.response.body.schema.type:") && CHANGE_VALUE_NULL.matcher(problem).find()
        || status == 201 && method.equals("POST") && path.equals("/rest/api/3/issueLink")
            && problem.startsWith("validation.response.body.missing:")
        || status == 200 && path.startsWith("/rest/api/3/attachment/content/")
            && problem.startsWith("validation.response.body.unexpected:")
        || status == 409 && method.equals("PUT") && path.matches("/wiki/api/v2/pages/\\d+")
            && problem.startsWith("validation.response.status.unknown:");
  }

  /**
   * Request problems that are the spec's, not the caller's:
   * <ul>
   *   <li>Jira Software declares the {@code state} (sprints) and {@code type} (boards) query parameters as JSON
   *       objects, an artefact of their Java set types; the API and the parameters' own descriptions take
   *       comma-separated words ({@code state=active,future});</li>
   *   <li>{@code PUT /rest/api/3/issue/{key}/assignee} documents {@code "accountId": null} as "unassigned",
   *       though its schema types accountId as a string.</li>
   * </ul>
   */
  public static boolean isRequestDocumentationGap(String method, String url, String problem) {
    URI uri = URI.create(url);
    String path = AtlassianApi.sitePath(uri.getRawPath());
    String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
    return path.startsWith("/rest/agile/1.0/board")
            && problem.startsWith("validation.request.parameter.schema.invalidJson:")
            && (query.contains("state=") || query.contains("type="))
        || method.equals("PUT") && path.endsWith("/assignee") && ASSIGNEE_NULL.matcher(problem).find();
  }

  private synchronized OpenApiInteractionValidator validator(AtlassianApi api) {
    return validators.computeIfAbsent(api, key -> OpenApiInteractionValidator
        .createForSpecificationUrl(OfficialSpecs.file(key.specFile()).toUri().toString())
        .withBasePathOverride(key.basePath().isEmpty() ? "/" : key.basePath())
        // Confluence composes schemas with allOf while each part says additionalProperties: false, which no
        // real response can satisfy part by part; resolving the combinators validates the merged schema.
        .withResolveCombinators(true)
        // That merge is shallow: Confluence's page schema defines _links in both allOf parts (the page's
        // webui/editui/tinyui and the response's base), and only one definition survives. Real pages carry both.
        .withWhitelist(ValidationErrorsWhitelist.create().withRule("Confluence _links defined in two allOf parts",
            WhitelistRules.allOf(
                WhitelistRules.isResponse(),
                WhitelistRules.messageHasKey("validation.response.body.schema.additionalProperties"),
                WhitelistRules.messageContainsRegexp("\\[Path '(/[^']*)?/_links'\\]"))))
        // Stricter than the defaults: a query parameter the spec does not define is a bug in the caller.
        .withLevelResolver(LevelResolver.create()
            .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
            .build())
        .build());
  }

  private static List<String> messages(ValidationReport report) {
    return report.getMessages().stream()
        .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
        .map(message -> message.getKey() + ": " + message.getMessage()
            + message.getAdditionalInfo().stream().map(info -> " [" + info + "]").collect(Collectors.joining()))
        .toList();
  }

  private static String decode(String value) {
    return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
  }
}
