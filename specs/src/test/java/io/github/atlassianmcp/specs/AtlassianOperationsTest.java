package io.github.atlassianmcp.specs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AtlassianOperationsTest {

  private final AtlassianOperations operations = AtlassianOperations.load();

  @Test
  void indexesEveryOfficialSpec() {
    assertTrue(operations.all().size() > 1000, "operations: " + operations.all().size());
    assertTrue(operations.all().stream().anyMatch(op -> op.spec().equals("confluence-v2.json")));
    assertTrue(operations.all().stream().anyMatch(op -> op.spec().equals("jira-software.json")));
  }

  @Test
  void matchesTheMostSpecificTemplate() {
    ApiOperation createmeta = operations.match("GET", "/rest/api/3/issue/createmeta/PROJ/issuetypes").orElseThrow();
    assertEquals("getCreateIssueMetaIssueTypes", createmeta.operationId());
    ApiOperation issue = operations.match("GET", "/rest/api/3/issue/PROJ-1").orElseThrow();
    assertEquals("getIssue", issue.operationId());
    assertEquals(List.of("read:jira-work"), issue.scopes());
  }

  @Test
  void carriesConfluenceV2BasePathAndGranularScopes() {
    ApiOperation page = operations.match("GET", "/wiki/api/v2/pages/123").orElseThrow();
    assertEquals("getPageById", page.operationId());
    assertEquals(List.of("read:page:confluence"), page.scopes());
    assertEquals("confluence", page.product());
  }

  @Test
  void keepsTheDeprecatedFlagOfThePublishedSpec() {
    // Our overlay removes it from the generated client, but the index describes the spec as published.
    ApiOperation oldSearch = operations.byOperationId("jira-platform.v3.json", "searchForIssuesUsingJql").orElseThrow();
    assertTrue(oldSearch.deprecated());
    assertFalse(operations.byOperationId("jira-platform.v3.json", "searchAndReconsileIssuesUsingJql")
        .orElseThrow().deprecated());
  }

  @Test
  void rejectsAMalformedIndex() {
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> AtlassianOperations.parse("only\tthree\tcells\n"));
    assertTrue(error.getMessage().startsWith("Malformed operation index line"));
  }
}
