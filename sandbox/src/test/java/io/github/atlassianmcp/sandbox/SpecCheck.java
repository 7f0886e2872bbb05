package io.github.atlassianmcp.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.atlassianmcp.testing.SpecValidator;
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
    List<String> problems = new ArrayList<>();
    if (request) {
      Map<String, List<String>> headers = new LinkedHashMap<>(answer.requestHeaders());
      spec.requestProblems(answer.method(), answer.url(), headers, answer.requestBody())
          .forEach(problem -> problems.add("request: " + problem));
    }
    spec.responseProblems(answer.method(), answer.url(), answer.status(), answer.contentType(), answer.body())
        .stream()
        .filter(problem -> !undescribedErrorBody(answer, problem) && !emptySchemaOn204(answer, problem)
            && !pageVersionConflict(answer, problem))
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
   * Confluence's v2 spec lists 200, 400, 401 and 404 for a page update, yet Cloud answers a stale version with 409
   * "Version must be incremented when updating a page..." (CONFCLOUD-76640). The status is real; the spec omits it.
   */
  private static boolean pageVersionConflict(TestHttp.Answer answer, String problem) {
    return answer.status() == 409 && answer.method().equals("PUT")
        && answer.url().matches(".*/wiki/api/v2/pages/\\d+")
        && problem.startsWith("validation.response.status.unknown:");
  }

  private static String abbreviate(String body) {
    return body.length() > 2000 ? body.substring(0, 2000) + "..." : body;
  }
}
