package io.github.atlassianmcp.specs;

import java.io.InputStream;

/** The Atlassian Document Format JSON schema (draft-04) from {@code @atlaskit/adf-schema}, as a resource. */
public final class AdfSchemaResource {

  /** Classpath location of the schema the build copied in. */
  public static final String RESOURCE = "/io/github/atlassianmcp/specs/adf-schema.json";

  private AdfSchemaResource() {}

  /** Opens the schema; the caller closes the stream. */
  public static InputStream open() {
    InputStream in = AdfSchemaResource.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(
          "The ADF schema " + RESOURCE + " is missing from the classpath: build the specs module.");
    }
    return in;
  }
}
