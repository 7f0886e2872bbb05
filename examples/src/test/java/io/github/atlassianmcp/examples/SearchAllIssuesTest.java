package io.github.atlassianmcp.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SearchIssues} pages through every issue of a project: more issues than one page holds. */
class SearchAllIssuesTest {

  @RegisterExtension
  static final SandboxSite SITE = new SandboxSite();

  @Test
  void everyIssueOfTheProjectArrivesOnceAcrossPages() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    int printed = new SearchIssues(SITE.clients()).print("project = PROJ ORDER BY key ASC", Integer.MAX_VALUE,
        new PrintStream(out, true, StandardCharsets.UTF_8));

    Set<String> keys = out.toString(StandardCharsets.UTF_8).lines().map(line -> line.split(" ")[0])
        .collect(Collectors.toSet());
    assertTrue(printed > 50, "a project larger than one page of 50: " + printed);
    assertEquals(printed, keys.size());
    assertTrue(keys.stream().allMatch(key -> key.startsWith("PROJ-")), keys::toString);
  }
}
