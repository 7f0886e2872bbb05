package io.github.atlassianmcp.sandbox.confluence;

import static io.github.atlassianmcp.sandbox.SpecCheck.assertMatchesSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxTest;
import io.github.atlassianmcp.sandbox.TestHttp;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.specs.AdfValidator;
import io.github.atlassianmcp.testing.SpecValidator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConfluenceCommentsTest extends SandboxTest {

  private String pageId;

  @BeforeAll
  void start() {
    pageId = fx.get(fx.confluence("/wiki/api/v2/pages?title=" + TestHttp.enc("Release Process"))).json()
        .getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject().get("id").getAsString();
  }

  @Test
  void aCommentAndAReplyAreReadBackThreaded(SpecValidator spec) {
    TestHttp.Answer created = assertMatchesSpec(spec, post(Json.object().put("pageId", pageId)
        .put("body", storage("<p>Who cuts the branch this week?</p>")).build()));
    assertEquals(201, created.status());
    JsonObject comment = created.json().getAsJsonObject();
    String commentId = comment.get("id").getAsString();
    assertEquals("Re: Release Process", comment.get("title").getAsString());
    assertEquals(pageId, comment.get("pageId").getAsString());

    TestHttp.Answer replied = assertMatchesSpec(spec, post(Json.object().put("parentCommentId", commentId)
        .put("body", storage("<p>Amara does.</p>")).build()));
    assertEquals(201, replied.status());
    String replyId = replied.json().getAsJsonObject().get("id").getAsString();
    assertEquals(commentId, replied.json().getAsJsonObject().get("parentCommentId").getAsString());

    JsonArray roots = assertMatchesSpec(spec, fx.get(fx.confluence("/wiki/api/v2/pages/" + pageId
        + "/footer-comments?body-format=storage"))).json().getAsJsonObject().getAsJsonArray("results");
    assertEquals(List.of(commentId), ids(roots), "replies are not top-level comments");
    assertEquals("<p>Who cuts the branch this week?</p>", roots.get(0).getAsJsonObject().getAsJsonObject("body")
        .getAsJsonObject("storage").get("value").getAsString());

    JsonArray replies = assertMatchesSpec(spec, fx.get(fx.confluence("/wiki/api/v2/footer-comments/" + commentId
        + "/children?body-format=atlas_doc_format"))).json().getAsJsonObject().getAsJsonArray("results");
    assertEquals(List.of(replyId), ids(replies));
    String adf = replies.get(0).getAsJsonObject().getAsJsonObject("body").getAsJsonObject("atlas_doc_format")
        .get("value").getAsString();
    assertEquals(List.of(), new AdfValidator().problems(adf));
    assertTrue(adf.contains("Amara does."), adf);

    JsonObject one = assertMatchesSpec(spec, fx.get(fx.confluence("/wiki/api/v2/footer-comments/" + replyId)))
        .json().getAsJsonObject();
    assertEquals(commentId, one.get("parentCommentId").getAsString());
  }

  @Test
  void theSeededLaunchPlanHasACommentWithAReply(SpecValidator spec) {
    String launch = fx.get(fx.confluence("/wiki/api/v2/pages?title=" + TestHttp.enc("Checkout v2 Launch Plan")))
        .json().getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject().get("id").getAsString();
    JsonArray roots = assertMatchesSpec(spec, fx.get(fx.confluence("/wiki/api/v2/pages/" + launch
        + "/footer-comments"))).json().getAsJsonObject().getAsJsonArray("results");
    assertEquals(1, roots.size());
    String root = roots.get(0).getAsJsonObject().get("id").getAsString();
    JsonArray replies = fx.get(fx.confluence("/wiki/api/v2/footer-comments/" + root + "/children")).json()
        .getAsJsonObject().getAsJsonArray("results");
    assertEquals(1, replies.size());
  }

  @Test
  void theAuthorsOfCommentsAreLookedUpByTheirAccountIds(SpecValidator spec) {
    String launch = fx.get(fx.confluence("/wiki/api/v2/pages?title=" + TestHttp.enc("Checkout v2 Launch Plan")))
        .json().getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject().get("id").getAsString();
    JsonObject root = fx.get(fx.confluence("/wiki/api/v2/pages/" + launch + "/footer-comments")).json()
        .getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject();
    String author = root.getAsJsonObject("version").get("authorId").getAsString();

    TestHttp.Answer found = assertMatchesSpec(spec, fx.post(fx.confluence("/wiki/api/v2/users-bulk"),
        "{\"accountIds\":[\"" + author + "\",\"no-such-account\"]}"));
    assertEquals(200, found.status());
    JsonArray users = found.json().getAsJsonObject().getAsJsonArray("results");
    assertEquals(1, users.size(), "unknown ids are left out: " + users);
    assertEquals(author, users.get(0).getAsJsonObject().get("accountId").getAsString());
    assertEquals("Jonas Berg", users.get(0).getAsJsonObject().get("displayName").getAsString());

    assertEquals(400, fx.post(fx.confluence("/wiki/api/v2/users-bulk"), "{\"accountIds\":[]}").status());
  }

  @Test
  void aCommentInAdfIsStoredAsStorageToo(SpecValidator spec) {
    String adf = "{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\","
        + "\"text\":\"Looks good\",\"marks\":[{\"type\":\"strong\"}]}]}]}";
    TestHttp.Answer created = assertMatchesSpec(spec, post(Json.object().put("pageId", pageId)
        .put("body", Json.object().put("representation", "atlas_doc_format").put("value", adf)).build()));
    assertEquals(201, created.status());
    String id = created.json().getAsJsonObject().get("id").getAsString();
    String storage = fx.get(fx.confluence("/wiki/api/v2/footer-comments/" + id + "?body-format=storage")).json()
        .getAsJsonObject().getAsJsonObject("body").getAsJsonObject("storage").get("value").getAsString();
    assertEquals("<p><strong>Looks good</strong></p>", storage);
  }

  @Test
  void badCommentsAreRefused(SpecValidator spec) {
    TestHttp.Answer malformed = assertMatchesSpec(spec, post(Json.object().put("pageId", pageId)
        .put("body", storage("<p>unclosed")).build()));
    assertEquals(400, malformed.status());
    assertTrue(malformed.body().contains("Error parsing xhtml"), malformed.body());
    assertEquals(400, post(Json.object().put("body", storage("<p>where?</p>")).build()).status());
    assertEquals(404, assertMatchesSpec(spec, post(Json.object().put("pageId", "42")
        .put("body", storage("<p>x</p>")).build())).status());
    assertEquals(404, post(Json.object().put("parentCommentId", "42").put("body", storage("<p>x</p>")).build())
        .status());
  }

  private TestHttp.Answer post(JsonObject body) {
    return fx.post(fx.confluence("/wiki/api/v2/footer-comments"), Json.write(body));
  }

  private static JsonObject storage(String value) {
    return Json.object().put("representation", "storage").put("value", value).build();
  }

  private static List<String> ids(JsonArray results) {
    List<String> ids = new ArrayList<>();
    results.forEach(result -> ids.add(result.getAsJsonObject().get("id").getAsString()));
    return ids;
  }
}
