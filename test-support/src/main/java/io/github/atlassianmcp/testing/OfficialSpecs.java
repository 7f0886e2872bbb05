package io.github.atlassianmcp.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the build put Atlassian's official spec files (the specs module; never committed). */
public final class OfficialSpecs {

  /** Set by the parent POM's surefire configuration. */
  public static final String DIRECTORY_PROPERTY = "atlassian.specs.dir";

  private OfficialSpecs() {}

  /**
   * The official copy of a spec file as obtained by the build, with only our corrections of errors that stop
   * standard tools from reading it (overlay actions marked {@code x-corrects-published-spec}; none of our
   * adaptations for generation).
   */
  public static Path file(String name) {
    String dir = System.getProperty(DIRECTORY_PROPERTY);
    if (dir == null) {
      throw new IllegalStateException("System property " + DIRECTORY_PROPERTY
          + " is not set: run the tests through Maven, or set it to specs/target/openapi");
    }
    Path file = Path.of(dir, "corrected", name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(file + " is missing: build the specs module first (mvn -pl specs verify)");
    }
    return file;
  }
}
