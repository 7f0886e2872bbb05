package io.github.atlassianmcp.sandbox.confluence;

import static io.github.atlassianmcp.sandbox.SpecCheck.assertMatchesSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.atlassianmcp.sandbox.SandboxTest;
import io.github.atlassianmcp.sandbox.TestHttp;
import io.github.atlassianmcp.specs.AdfValidator;
import io.github.atlassianmcp.testing.SpecValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConfluencePagesTest extends SandboxTest {

  private String engId;

  @BeforeAll
  void start() {
    engId = fx.get(fx.confluence("/wiki/api/v2/spaces?keys=ENG")).json().getAsJsonObject().getAsJsonArray("results")
        .get(0).getAsJsonObject().get("id").getAsString();
  }

  @Test
  void spacesAreListedAndReadable(SpecValidator spec) {
    JsonObject list = assertMatchesSpec(spec, fx.get(fx.confluence("/wiki/api/v2/spaces?description-format=plain")))
        .json().getAsJsonObject();
    JsonArray spaces = list.getAsJsonArray("results");
    assertEquals(2, spaces.size());
    JsonObject eng = spaces.get(0).getAsJsonObject();
    assertEquals("ENG", eng.get("key").getAsString());
    assertEquals("global", eng.get("type").getAsString());
    assertTrue(eng.getAsJsonObject("description").getAsJsonObject("plain").get("value").getAsString()
        .contains("Phoenix"));
    JsonObject one = assertMatchesSpec(spec, fx.get(fx.confluence("/wiki/api/v2/spaces/" + engId))).json()
        .getAsJsonObject();
    // Links to the web UI point at the site, also when the API was called through the gateway.
    assertEquals(fx.site("/wiki"), one.getAsJsonObject("_links").get("base").getAsString());
    assertEquals(404, fx.get(fx.confluence("/wiki/api/v2/spaces/1")).status());
  }

  @Test
  void aPageInStorageFormat(SpecValidator spec) {
    String id = pageId("Payments Service");
    JsonObject page = assertMatchesSpec(spec, fx.get(fx.confluence("/wiki/api/v2/pages/" + id
        + "?body-format=storage"))).json().getAsJsonObject();
    assertEquals("Payments Service", page.get("title").getAsString());
    assertEquals(engId, page.get("spaceId").getAsString());
    assertEquals("page", page.get("parentType").getAsString());
    assertEquals(7, page.getAsJsonObject("version").get("number").getAsInt());
    assertTrue(page.get("createdAt").getAsString().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
        page.get("createdAt").getAsString());
    JsonObject storage = page.getAsJsonObject("body").getAsJsonObject("storage");
    assertEquals("storage", storage.get("representation").getAsString());
    String value = storage.get("value").getAsString();
    assertTrue(value.contains("<ac:structured-macro ac:name=\"code\""), value);
    assertTrue(value.contains("<ac:parameter ac:name=\"language\">java</ac:parameter>"), value);
    assertTrue(page.getAsJsonObject("_links").get("webui").getAsString().startsWith("/spaces/ENG/pages/" + id));
  }

  @Test
  void theSamePageAsAtlasDocFormatIsValidAdf(SpecValidator spec) {
    String id = pageId("Payments Service");
    JsonObject page = assertMatchesSpec(spec, fx.get(fx.confluence("/wiki/api/v2/pages/" + id
        + "?body-format=atlas_doc_format"))).json().getAsJsonObject();
    JsonObject adf = page.getAsJsonObject("body").getAsJsonObject("atlas_doc_format");
    assertEquals("atlas_doc_format", adf.get("representation").getAsString());
    String document = adf.get("value").getAsString();
    assertEquals(List.of(), new AdfValidator().problems(document));
    assertTrue(JsonParser.parseString(document).toString().contains("\"codeBlock\""));
    JsonObject noBody = fx.get(fx.confluence("/wiki/api/v2/pages/" + id)).json().getAsJsonObject();
    assertEquals(0, noBody.getAsJsonObject("body").size());
  }

  @Test
  void pagesOfASpacePageWithCursorsToTheEnd(SpecValidator spec) {
    List<String> titles = new ArrayList<>();
    String url = fx.confluence("/wiki/api/v2/spaces/" + engId + "/pages?limit=4&sort=title");
    int pages = 0;
    while (url != null) {
      TestHttp.Answer answer = assertMatchesSpec(spec, fx.get(url));
      JsonObject body = answer.json().getAsJsonObject();
      body.getAsJsonArray("results").forEach(p -> titles.add(p.getAsJsonObject().get("title").getAsString()));
      pages++;
      JsonObject links = body.getAsJsonObject("_links");
      if (links.has("next")) {
        assertTrue(answer.header("link").contains("rel=\"next\""), answer.header("link"));
        url = fx.confluence(links.get("next").getAsString());
      } else {
        url = null;
      }
    }
    assertEquals(3, pages);
    assertEquals(11, titles.size());
    List<String> sorted = new ArrayList<>(titles);
    sorted.sort(null);
    assertEquals(sorted, titles);
    JsonArray roots = fx.get(fx.confluence("/wiki/api/v2/spaces/" + engId + "/pages?depth=root")).json()
        .getAsJsonObject().getAsJsonArray("results");
    assertEquals(1, roots.size());
    assertNull(roots.get(0).getAsJsonObject().get("parentId"));
  }

  @Test
  void pagesByIdTitleAndSpace(SpecValidator spec) {
    String id = pageId("Release Process");
    JsonObject byId = assertMatchesSpec(spec, fx.get(fx.confluence("/wiki/api/v2/pages?id=" + id
        + "&body-format=storage"))).json().getAsJsonObject();
    assertEquals(1, byId.getAsJsonArray("results").size());
    assertTrue(byId.getAsJsonArray("results").get(0).getAsJsonObject().getAsJsonObject("body").has("storage"));
    JsonObject all = assertMatchesSpec(spec, fx.get(fx.confluence("/wiki/api/v2/pages?limit=250"))).json()
        .getAsJsonObject();
    assertEquals(15, all.getAsJsonArray("results").size());
  }

  @Test
  void badRequestsGetConfluenceV2Errors(SpecValidator spec) {
    TestHttp.Answer missing = assertMatchesSpec(spec, fx.get(fx.confluence("/wiki/api/v2/pages/42")));
    assertEquals(404, missing.status());
    JsonObject error = missing.json().getAsJsonObject().getAsJsonArray("errors").get(0).getAsJsonObject();
    assertEquals(404, error.get("status").getAsInt());
    assertEquals("NOT_FOUND", error.get("code").getAsString());
    assertEquals(400, fx.get(fx.confluence("/wiki/api/v2/pages/abc")).status());
    assertEquals(400, fx.get(fx.confluence("/wiki/api/v2/pages?cursor=garbage")).status());
    assertEquals(400, fx.get(fx.confluence("/wiki/api/v2/pages?body-format=wiki")).status());
  }

  @Test
  void readingPagesNeedsTheirScope() {
    String token = TestHttp.bearer(fx.sandbox.issueTokens(Set.of("read:space:confluence")).accessToken());
    assertEquals(401, fx.http.get(fx.confluence("/wiki/api/v2/pages"), "Authorization", token).status());
    assertEquals(200, fx.http.get(fx.confluence("/wiki/api/v2/spaces"), "Authorization", token).status());
  }

  private String pageId(String title) {
    return fx.get(fx.confluence("/wiki/api/v2/pages?title=" + TestHttp.enc(title))).json().getAsJsonObject()
        .getAsJsonArray("results").get(0).getAsJsonObject().get("id").getAsString();
  }
}
