package io.github.atlassianmcp.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.atlassianmcp.testing.OfficialSpecs;
import io.github.atlassianmcp.testing.SpecValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks an exchange with the sandbox against Atlassian's official spec: the request sent and the answer. */
public final class SpecCheck {

  private SpecCheck() {}

  /** Fails listing every way the request or the response differs from the spec. */
  public static TestHttp.Answer assertMatchesSpec(SpecValidator spec, TestHttp.Answer answer) {
    return check(spec, answer, true);
  }

  /** For a request that is wrong on purpose: only the answer is checked. */
  public static TestHttp.Answer assertResponseMatchesSpec(SpecValidator spec, TestHttp.Answer answer) {
    return check(spec, answer, false);
  }

  private static TestHttp.Answer check(SpecValidator spec, TestHttp.Answer answer, boolean request) {
    if (answer.url().contains("/rest/servicedeskapi/") && serviceDeskSpecIsPlaceholder()) {
      // Until the project's service desk document replaces the placeholder, there is nothing to check against;
      // the tests' own assertions still run. Once it lands, these exchanges are checked like the others.
      return answer;
    }
    List<String> problems = new ArrayList<>();
    if (request) {
      Map<String, List<String>> headers = new LinkedHashMap<>(answer.requestHeaders());
      spec.requestProblems(answer.method(), answer.url(), headers, answer.requestBody())
          .stream()
          .filter(problem -> !agileSetParameter(answer, problem))
          .forEach(problem -> problems.add("request: " + problem));
    }
    spec.responseProblems(answer.method(), answer.url(), answer.status(), answer.contentType(), answer.body())
        .stream()
        .filter(problem -> !undescribedErrorBody(answer, problem) && !emptySchemaOn204(answer, problem)
            && !nullChangeValue(problem) && !issueLinkCreatedWithoutBody(answer, problem)
            && !attachmentBytes(answer, problem))
        .forEach(problem -> problems.add("response: " + problem));
    assertEquals(List.of(), problems, answer.method() + " " + answer.url() + " -> " + answer.status() + "\n"
        + abbreviate(answer.body()));
    return answer;
  }

  /**
   * Many operations document their 4xx statuses without a body, though Jira and Confluence answer them with one
   * (ErrorCollection and the like). With no schema there is nothing to check the body against, so that one
   * message is not a finding; the error shapes are asserted by the tests themselves instead.
   */
  private static boolean undescribedErrorBody(TestHttp.Answer answer, String problem) {
    return answer.status() >= 400 && problem.startsWith("validation.response.body.unexpected:");
  }

  /**
   * Jira's spec gives some 204 answers an {@code application/json} content with an empty schema; a 204 cannot
   * have a body (RFC 9110 §15.3.5) and Jira sends none, so "no response body found" is the spec's artefact.
   */
  private static boolean emptySchemaOn204(TestHttp.Answer answer, String problem) {
    return answer.status() == 204 && problem.startsWith("validation.response.body.missing:");
  }

  /**
   * Jira's ChangeDetails types {@code from}, {@code fromString}, {@code to} and {@code toString} as strings, yet
   * an empty side is null, as the spec's own changelog example shows ({@code "from":null}) and Jira sends.
   */
  private static boolean nullChangeValue(String problem) {
    return problem.startsWith("validation.response.body.schema.type:")
        && problem.matches("(?s).*\\[Path '/(values|changelog/histories)/\\d+/items/\\d+/(from|fromString|to|toString)'\\]"
            + " Instance type \\(null\\).*");
  }

  /**
   * The operation's own description says "This resource returns nothing on the creation of an issue link", and
   * Jira answers 201 with no body; the spec still gives the 201 an empty JSON schema.
   */
  private static boolean issueLinkCreatedWithoutBody(TestHttp.Answer answer, String problem) {
    return answer.status() == 201 && answer.url().endsWith("/rest/api/3/issueLink") && answer.body().isEmpty()
        && problem.startsWith("validation.response.body.missing:");
  }

  /**
   * With {@code redirect=false} Jira answers an attachment's bytes themselves, which the spec's 200 ("Returned if
   * the request is successful when redirect is set to false") describes without a content type.
   */
  private static boolean attachmentBytes(TestHttp.Answer answer, String problem) {
    return answer.status() == 200 && answer.url().contains("/rest/api/3/attachment/content/")
        && problem.startsWith("validation.response.body.unexpected:");
  }

  /**
   * Jira Software's spec declares the {@code state} (sprints) and {@code type} (boards) query parameters as JSON
   * objects, an artefact of their Java set types; the API and its own descriptions take comma-separated words
   * ({@code state=active,future}), which a validator then fails to parse as JSON.
   */
  private static boolean agileSetParameter(TestHttp.Answer answer, String problem) {
    return answer.url().contains("/rest/agile/1.0/board")
        && problem.startsWith("validation.request.parameter.schema.invalidJson:")
        && (answer.url().contains("state=") || answer.url().contains("type="));
  }

  private static boolean serviceDeskSpecIsPlaceholder() {
    try {
      String spec = Files.readString(OfficialSpecs.file("jira-service-management.json"));
      return !spec.contains("/rest/servicedeskapi/request");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String abbreviate(String body) {
    return body.length() > 2000 ? body.substring(0, 2000) + "..." : body;
  }
}
