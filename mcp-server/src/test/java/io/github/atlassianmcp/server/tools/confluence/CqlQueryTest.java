package io.github.atlassianmcp.server.tools.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CqlQueryTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "payment runbook | text ~ \"payment runbook\" AND type = page",
      "say \"hi\" | text ~ \"say \\\"hi\\\"\" AND type = page",
      "space = ENG AND title ~ \"runbook\" | space = ENG AND title ~ \"runbook\"",
      "type=page and text ~ cache | type=page and text ~ cache",
      "label in (\"howto\", \"faq\") | label in (\"howto\", \"faq\")",
      "what is the space budget | text ~ \"what is the space budget\" AND type = page",
      "lastmodified > now(\"-7d\") | lastmodified > now(\"-7d\")"
  })
  void wordsBecomeAFullTextSearchAndCqlStaysCql(String query, String cql) {
    assertEquals(cql, CqlQuery.from(query));
  }
}
