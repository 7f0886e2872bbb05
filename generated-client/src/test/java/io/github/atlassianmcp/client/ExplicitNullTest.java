package io.github.atlassianmcp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.atlassianmcp.client.jira.platform.invoker.JSON;
import io.github.atlassianmcp.client.jira.platform.model.FieldUpdateOperation;
import io.github.atlassianmcp.client.jira.platform.model.IssueUpdateDetails;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExplicitNullTest {

  @Test
  void anExplicitNullIsSentWhereAPlainNullIsLeftOut() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("assignee", ExplicitNull.VALUE);
    fields.put("duedate", null);
    fields.put("summary", "atlassian-explicit-null-guess");
    IssueUpdateDetails details = new IssueUpdateDetails().fields(fields)
        .update(Map.of("customfield_10040", List.of(new FieldUpdateOperation().set(ExplicitNull.VALUE))));

    assertEquals("{\"fields\":{\"assignee\":null,\"summary\":\"atlassian-explicit-null-guess\"},"
        + "\"update\":{\"customfield_10040\":[{\"set\":null}]}}", JSON.serialize(details));
  }
}
