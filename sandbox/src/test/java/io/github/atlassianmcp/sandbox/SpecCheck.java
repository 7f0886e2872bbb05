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
          .stream()
          .filter(problem -> !SpecValidator.isRequestDocumentationGap(answer.method(), answer.url(), problem))
          .forEach(problem -> problems.add("request: " + problem));
    }
    spec.responseProblems(answer.method(), answer.url(), answer.status(), answer.contentType(), answer.body())
        .stream()
        .filter(problem -> !SpecValidator.isDocumentationGap(answer.method(), answer.url(), answer.status(),
            problem))
        .forEach(problem -> problems.add("response: " + problem));
    assertEquals(List.of(), problems, answer.method() + " " + answer.url() + " -> " + answer.status() + "\n"
        + abbreviate(answer.body()));
    return answer;
  }

  private static String abbreviate(String body) {
    return body.length() > 2000 ? body.substring(0, 2000) + "..." : body;
  }
}
