package io.github.atlassianmcp.sandbox.confluence;

import static io.github.atlassianmcp.sandbox.SpecCheck.assertMatchesSpec;
import static io.github.atlassianmcp.sandbox.SpecCheck.assertResponseMatchesSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxTest;
import io.github.atlassianmcp.sandbox.TestHttp;
import io.github.atlassianmcp.testing.SpecValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfluenceSearchTest extends SandboxTest {


  private TestHttp.Answer search(String cql, String extra) {
    return fx.get(fx.confluence("/wiki/rest/api/search?cql=" + TestHttp.enc(cql) + extra));
  }

  @Test
  void textSearchFindsPagesWithHighlightedExcerpts(SpecValidator spec) {
    TestHttp.Answer answer = assertMatchesSpec(spec, search("type = page AND text ~ \"webhook\"", ""));
    assertEquals(200, answer.status(), answer.toString());
    JsonObject body = answer.json().getAsJsonObject();
    List<String> titles = titles(body);
    assertTrue(titles.contains("Runbook: Payment webhook backlog"), titles.toString());
    assertEquals(body.get("totalSize").getAsInt(), titles.size());
    JsonObject first = body.getAsJsonArray("results").get(0).getAsJsonObject();
    assertTrue(first.get("excerpt").getAsString().contains("@@@hl@@@"), first.toString());
    assertTrue(first.get("url").getAsString().startsWith("/spaces/"));
    assertEquals("page", first.getAsJsonObject("content").get("type").getAsString());
    assertEquals("type = page AND text ~ \"webhook\"", body.get("cqlQuery").getAsString());
  }

  @Test
  void titleSpaceLabelAndTypeFilters(SpecValidator spec) {
    assertEquals(List.of("Payments Service"), titles(assertMatchesSpec(spec,
        search("title ~ \"payments\" AND space = ENG", "&excerpt=none")).json().getAsJsonObject()));
    List<String> runbooks = titles(search("label = runbook ORDER BY title ASC", "").json().getAsJsonObject());
    assertEquals(List.of("Runbook: Database failover", "Runbook: Payment webhook backlog"), runbooks);
    List<String> ops = titles(search("space.key = OPS AND type = page ORDER BY title", "").json().getAsJsonObject());
    assertEquals(4, ops.size());
    JsonObject spaces = assertMatchesSpec(spec, search("type = space", "")).json().getAsJsonObject();
    assertEquals(2, spaces.get("totalSize").getAsInt());
    assertEquals("space", spaces.getAsJsonArray("results").get(0).getAsJsonObject().get("entityType").getAsString());
  }

  @Test
  void creatorCurrentUserAndAncestor() {
    List<String> mine = titles(search("creator = currentUser() AND type = page ORDER BY title", "&excerpt=none")
        .json().getAsJsonObject());
    assertTrue(mine.contains("Onboarding Guide") && mine.contains("Release Process"), mine.toString());
    assertFalse(mine.contains("Payments Service"));
    List<String> underArchitecture = titles(search("ancestor = 98303", "").json().getAsJsonObject());
    assertEquals(List.of("Payments Service"), underArchitecture);
  }

  @Test
  void datesAndOrdering() {
    List<String> recent = titles(search("type = page AND lastmodified >= now(\"-30d\") ORDER BY lastmodified DESC", "")
        .json().getAsJsonObject());
    assertTrue(recent.contains("Retro: Checkout v2 beta"), recent.toString());
    assertFalse(recent.contains("ADR-001 Use PostgreSQL for service data"));
    List<String> byTitle = titles(search("space = ENG ORDER BY title DESC", "&limit=100").json().getAsJsonObject());
    List<String> sorted = new ArrayList<>(byTitle);
    sorted.sort(String.CASE_INSENSITIVE_ORDER.reversed());
    assertEquals(sorted, byTitle);
  }

  @Test
  void pagingFollowsTheNextLinkToTheEnd(SpecValidator spec) {
    List<String> titles = new ArrayList<>();
    String url = fx.confluence("/wiki/rest/api/search?limit=5&cql=" + TestHttp.enc("type = page ORDER BY title"));
    int pages = 0;
    while (url != null) {
      JsonObject body = assertMatchesSpec(spec, fx.get(url)).json().getAsJsonObject();
      titles.addAll(titles(body));
      pages++;
      JsonElement next = body.getAsJsonObject("_links").get("next");
      url = next == null ? null : body.getAsJsonObject("_links").get("base").getAsString() + next.getAsString();
    }
    assertEquals(3, pages);
    assertEquals(15, titles.size());
    assertEquals(15, titles.stream().distinct().count());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text ~", "title = ", "type = page AND (space = ENG", "colour = red", "\"unclosed",
      "creator = whoever()", "lastmodified > yesterday"})
  void badCqlGetsConfluences400(String cql, SpecValidator spec) {
    TestHttp.Answer answer = assertResponseMatchesSpec(spec, search(cql, ""));
    assertEquals(400, answer.status(), answer.toString());
    JsonObject body = answer.json().getAsJsonObject();
    assertEquals(400, body.get("statusCode").getAsInt());
    assertEquals("Could not parse cql : " + cql, body.get("message").getAsString());
    assertEquals(false, body.getAsJsonObject("data").get("successful").getAsBoolean());
  }

  @Test
  void searchNeedsTheSearchScope() {
    String token = TestHttp.bearer(fx.sandbox.issueTokens(Set.of("read:page:confluence")).accessToken());
    TestHttp.Answer answer = fx.http.get(fx.confluence("/wiki/rest/api/search?cql=type%3Dpage"), "Authorization",
        token);
    assertEquals(401, answer.status());
    assertNull(answer.json().getAsJsonObject().get("statusCode"));
  }

  @Test
  void theSiteAnswersTheSameSearchWithBasicAuth(SpecValidator spec) {
    TestHttp.Answer answer = assertMatchesSpec(spec,
        fx.get(fx.site("/wiki/rest/api/search?cql=" + TestHttp.enc("type = page AND text ~ replication"))));
    JsonObject body = answer.json().getAsJsonObject();
    assertEquals(fx.sandbox.siteUrl() + "/wiki", body.getAsJsonObject("_links").get("base").getAsString());
    assertEquals(1, body.get("totalSize").getAsInt());
  }

  private static List<String> titles(JsonObject body) {
    List<String> titles = new ArrayList<>();
    JsonArray results = body.getAsJsonArray("results");
    results.forEach(result -> titles.add(result.getAsJsonObject().get("title").getAsString()
        .replace("@@@hl@@@", "").replace("@@@endhl@@@", "")));
    return titles;
  }
}
