package io.github.atlassianmcp.sandbox.jql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JqlParserTest {

  @Test
  void andBindsTighterThanOrAndParenthesesGroup() {
    Query query = JqlParser.parse("project = PROJ AND status = Done OR assignee = currentUser()");
    Clause.Or or = assertInstanceOf(Clause.Or.class, query.where().orElseThrow());
    assertInstanceOf(Clause.And.class, or.clauses().get(0));
    Clause grouped = JqlParser.parse("project = PROJ AND (status = Done OR labels = api)").where().orElseThrow();
    Clause.And and = assertInstanceOf(Clause.And.class, grouped);
    assertInstanceOf(Clause.Or.class, and.clauses().get(1));
  }

  @Test
  void operatorsValuesListsFunctionsAndEmpty() {
    Clause.And and = (Clause.And) JqlParser.parse("key in (PROJ-1, \"PROJ-2\") and status not in (Done) and "
        + "assignee is not EMPTY and summary !~ 'flaky test' and created >= startOfDay(-1) and NOT priority = High")
        .where().orElseThrow();
    Clause.Terminal in = (Clause.Terminal) and.clauses().get(0);
    assertEquals(Operator.IN, in.operator());
    assertEquals(2, ((Operand.ListOf) in.operand()).items().size());
    assertEquals(Operator.NOT_IN, ((Clause.Terminal) and.clauses().get(1)).operator());
    Clause.Terminal isNot = (Clause.Terminal) and.clauses().get(2);
    assertEquals(Operator.IS_NOT, isNot.operator());
    assertInstanceOf(Operand.Empty.class, isNot.operand());
    Clause.Terminal notLike = (Clause.Terminal) and.clauses().get(3);
    assertEquals(new Operand.Value("flaky test", true, notLike.offset() + 11), notLike.operand());
    Operand.Function function = (Operand.Function) ((Clause.Terminal) and.clauses().get(4)).operand();
    assertEquals("startOfDay", function.name());
    assertEquals(List.of("-1"), function.arguments());
    assertInstanceOf(Clause.Not.class, and.clauses().get(5));
  }

  @Test
  void orderByTermsWithDirections() {
    Query query = JqlParser.parse("project = PROJ ORDER BY priority DESC, created asc, key");
    assertEquals(List.of("priority", "created", "key"),
        query.orderBy().stream().map(Query.SortTerm::field).toList());
    assertEquals(List.of(true, false, false), query.orderBy().stream().map(Query.SortTerm::descending).toList());
    assertTrue(JqlParser.parse("ORDER BY created DESC").where().isEmpty());
    assertTrue(JqlParser.parse("   ").where().isEmpty());
  }

  @Test
  void symbolicAndOrNotAreAccepted() {
    Clause clause = JqlParser.parse("project = PROJ && !(status = Done || status = \"In Progress\")")
        .where().orElseThrow();
    Clause.And and = assertInstanceOf(Clause.And.class, clause);
    assertInstanceOf(Clause.Not.class, and.clauses().get(1));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "project = PROJ AND|Error in the JQL Query: Expecting a field name at the end of the query.",
      "project =|Error in JQL Query: Expecting either a value, list or function before the end of the query.",
      "project = PROJ AND status = = Done|Error in JQL Query: Expecting either a value, list or function but got"
          + " '='. You must surround '=' in quotation marks to use it as a value. (line 1, character 29)",
      "project = PROJ status|Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'status'. (line 1,"
          + " character 16)",
      "project = PROJ AND (status = Done|Error in the JQL Query: Expecting ')' before the end of the query.",
      "summary ~ \"unclosed|Error in the JQL Query: The quoted string 'unclosed' has not been completed. (line 1,"
          + " character 11)",
      "project & PROJ|Error in the JQL Query: Expecting operator but got '&'. The valid operators are '=', '!=', '<',"
          + " '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'. (line 1, character 9)",
      "assignee = me@example.com|Error in the JQL Query: The character '@' is a reserved JQL character. You must"
          + " enclose it in a string or use the escape '\\u0040' instead. (line 1, character 14)",
      "project = OR|Error in JQL Query: Expecting either a value, list or function but got 'OR'. You must surround"
          + " 'OR' in quotation marks to use it as a value. (line 1, character 11)",
  })
  void syntaxErrorsCarryJirasSentences(String jql, String message) {
    JqlSyntaxException error = assertThrows(JqlSyntaxException.class, () -> JqlParser.parse(jql));
    assertEquals(message, error.getMessage());
  }

  @Test
  void positionsCountLinesAndCharactersFromOne() {
    JqlSyntaxException error = assertThrows(JqlSyntaxException.class,
        () -> JqlParser.parse("project = PROJ\nAND status = Done foo"));
    assertEquals("Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'foo'. (line 2, character 19)",
        error.getMessage());
  }
}
