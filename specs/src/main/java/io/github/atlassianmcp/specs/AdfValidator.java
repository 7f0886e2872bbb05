package io.github.atlassianmcp.specs;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Validates Atlassian Document Format documents against the official ADF JSON schema. Thread-safe; build one
 * and share it (loading the schema takes a moment).
 */
public final class AdfValidator {

  private final Schema schema;

  public AdfValidator() {
    try (InputStream in = AdfSchemaResource.open()) {
      this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the ADF schema", e);
    }
  }

  /**
   * The schema violations of a document, each as "location: message"; empty when it is valid ADF.
   *
   * @param adfJson the document as JSON text, e.g. {@code {"version":1,"type":"doc","content":[]}}
   */
  public List<String> problems(String adfJson) {
    try {
      return schema.validate(adfJson, InputFormat.JSON).stream()
          .map(AdfValidator::describe)
          .toList();
    } catch (RuntimeException e) {
      // Not JSON at all: one problem, not an exception, so callers treat every bad input the same way.
      return List.of("$: not a JSON document (" + e.getMessage() + ")");
    }
  }

  public boolean isValid(String adfJson) {
    return problems(adfJson).isEmpty();
  }

  private static String describe(Error error) {
    return error.getInstanceLocation() + ": " + error.getMessage();
  }
}
