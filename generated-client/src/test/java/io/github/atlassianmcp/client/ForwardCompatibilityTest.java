package io.github.atlassianmcp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.atlassianmcp.client.confluence.v2.api.SpaceApi;
import io.github.atlassianmcp.client.confluence.v2.model.MultiEntityResultSpace;
import io.github.atlassianmcp.client.confluence.v2.model.SpaceType;
import io.github.atlassianmcp.client.jira.platform.api.IssueCommentsApi;
import io.github.atlassianmcp.client.jira.platform.api.MyselfApi;
import io.github.atlassianmcp.client.jira.platform.model.PageOfComments;
import io.github.atlassianmcp.client.jira.platform.model.User;
import io.github.atlassianmcp.client.jira.platform.model.Visibility;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Atlassian adds fields and enum values without notice; a response with things this build has never seen
 * must still parse, with the new data kept rather than lost.
 */
@ExtendWith(ContractSite.class)
class ForwardCompatibilityTest {


  @Test
  void anUnknownFieldAndAnUnknownEnumValueParse(ContractHarness site) {
    site.stubRaw("GET", "/rest/api/3/myself", """
        {"accountId": "5b10a2844c20165700ede21g", "accountType": "robot", "displayName": "Mia Krystof",
         "active": true, "pronouns": "she/her", "workingHours": {"from": "09:00", "to": "17:00"}}""");

    User me = new MyselfApi(site.clients().jiraPlatform()).getCurrentUser().execute();

    assertEquals("Mia Krystof", me.getDisplayName());
    assertEquals(User.AccountTypeEnum.UNKNOWN_DEFAULT_OPEN_API, me.getAccountType());
    assertEquals("she/her", me.getAdditionalProperty("pronouns"));
    assertEquals(Map.of("from", "09:00", "to", "17:00"), me.getAdditionalProperty("workingHours"));
  }

  @Test
  void unknownFieldsInNestedModelsParse(ContractHarness site) {
    site.stubRaw("GET", "/rest/api/3/issue/PROJ-1/comment", """
        {"startAt": 0, "maxResults": 1, "total": 1, "reactions": [],
         "comments": [{"id": "1", "body": {"type": "doc", "version": 1, "content": []},
                       "author": {"accountId": "a1", "displayName": "Ada", "badge": 7},
                       "visibility": {"type": "team", "value": "payments", "identifier": "t-1"},
                       "created": "2024-01-17T12:40:00.000+0545", "sentiment": "positive"}]}""");

    PageOfComments page = new IssueCommentsApi(site.clients().jiraPlatform()).getComments("PROJ-1").execute();

    assertEquals("positive", page.getComments().get(0).getAdditionalProperty("sentiment"));
    assertEquals(7, ((Number) page.getComments().get(0).getAuthor().getAdditionalProperty("badge")).intValue());
    assertEquals(Visibility.TypeEnum.UNKNOWN_DEFAULT_OPEN_API, page.getComments().get(0).getVisibility().getType());
    assertEquals(5 * 3600 + 45 * 60, page.getComments().get(0).getCreated().getOffset().getTotalSeconds());
  }

  @Test
  void confluenceModelsAreForwardCompatibleToo(ContractHarness site) throws Exception {
    site.stubRaw("GET", "/wiki/api/v2/spaces", """
        {"results": [{"id": "65538", "key": "ENG", "name": "Engineering", "type": "team-space-of-the-future",
                      "status": "current", "createdAt": "2023-06-01T09:00:00.000Z", "aiSummary": "Eng docs"}],
         "_links": {}, "meta": {"hasMore": false}}""");

    MultiEntityResultSpace spaces = new SpaceApi(site.clients().confluenceV2())
        .getSpaces().execute();

    assertEquals("ENG", spaces.getResults().get(0).getKey());
    assertEquals("Eng docs", spaces.getResults().get(0).getAdditionalProperty("aiSummary"));
    assertEquals(SpaceType.UNKNOWN_DEFAULT_OPEN_API, spaces.getResults().get(0).getType());
  }
}
