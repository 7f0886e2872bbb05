package io.github.atlassianmcp.adf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.specs.AdfValidator;
import java.util.List;

/** Validation against the official ADF schema, with one validator for the whole test run. */
final class ValidAdf {

  /** Loading the schema takes a moment: one instance, made on first use. */
  static final AdfValidator VALIDATOR = new AdfValidator();

  private ValidAdf() {}

  static List<String> problems(JsonObject adf) {
    return VALIDATOR.problems(adf.toString());
  }

  static void assertValid(JsonObject adf) {
    List<String> problems = problems(adf);
    String json = adf.toString();
    assertTrue(problems.isEmpty(), () -> "problems: " + problems.subList(0, Math.min(3, problems.size()))
        + " in " + json.substring(0, Math.min(2_000, json.length())));
  }
}
