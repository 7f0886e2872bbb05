package io.github.atlassianmcp.sandbox.confluence;

import static io.github.atlassianmcp.sandbox.SpecCheck.assertMatchesSpec;
import static io.github.atlassianmcp.sandbox.SpecCheck.assertResponseMatchesSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxTest;
import io.github.atlassianmcp.sandbox.TestHttp;
import io.github.atlassianmcp.sandbox.confluence.body.StorageCheck;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.specs.AdfValidator;
import io.github.atlassianmcp.testing.SpecValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConfluencePageWritesTest extends SandboxTest {

  private String engId;
  private String engHome;

  @BeforeAll
  void start() {
    JsonObject eng = fx.get(fx.confluence("/wiki/api/v2/spaces?keys=ENG")).json().getAsJsonObject()
        .getAsJsonArray("results").get(0).getAsJsonObject();
    engId = eng.get("id").getAsString();
    engHome = eng.get("homepageId").getAsString();
  }

  @Test
  void aPageCreatedInStorageIsReadBackInBothRepresentations(SpecValidator spec) {
    String storage = "<h2>Plan</h2><p>Ship it <strong>today</strong>.</p><ac:structured-macro ac:name=\"code\">"
        + "<ac:parameter ac:name=\"language\">bash</ac:parameter><ac:plain-text-body><![CDATA[make deploy]]>"
        + "</ac:plain-text-body></ac:structured-macro>";
    JsonObject created = assertMatchesSpec(spec, post(fx.confluence("/wiki/api/v2/pages"),
        create("Deploy notes", storageBody(storage)))).json().getAsJsonObject();
    assertEquals("Deploy notes", created.get("title").getAsString());
    assertEquals(engHome, created.get("parentId").getAsString(), "under the space's homepage by default");
    assertEquals(1, created.getAsJsonObject("version").get("number").getAsInt());
    assertEquals(storage, created.getAsJsonObject("body").getAsJsonObject("storage").get("value").getAsString());

    String id = created.get("id").getAsString();
    JsonObject adfPage = assertMatchesSpec(spec, fx.get(fx.confluence("/wiki/api/v2/pages/" + id
        + "?body-format=atlas_doc_format"))).json().getAsJsonObject();
    String adf = adfPage.getAsJsonObject("body").getAsJsonObject("atlas_doc_format").get("value").getAsString();
    assertEquals(List.of(), new AdfValidator().problems(adf));
    assertTrue(adf.contains("\"codeBlock\"") && adf.contains("\"language\":\"bash\""), adf);

    JsonArray byTitle = assertMatchesSpec(spec, fx.get(fx.confluence("/wiki/api/v2/pages?space-id=" + engId
        + "&title=" + TestHttp.enc("Deploy notes")))).json().getAsJsonObject().getAsJsonArray("results");
    assertEquals(1, byTitle.size());
    assertEquals(id, byTitle.get(0).getAsJsonObject().get("id").getAsString());
    JsonArray inSpace = assertMatchesSpec(spec, fx.get(fx.confluence("/wiki/api/v2/spaces/" + engId
        + "/pages?title=" + TestHttp.enc("Deploy notes")))).json().getAsJsonObject().getAsJsonArray("results");
    assertEquals(1, inSpace.size());
  }

  @Test
  void aPageCreatedInAdfGetsItsStorageDerived(SpecValidator spec) {
    String adf = "{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"heading\",\"attrs\":{\"level\":2},"
        + "\"content\":[{\"type\":\"text\",\"text\":\"Notes\"}]},"
        + "{\"type\":\"panel\",\"attrs\":{\"panelType\":\"info\"},"
        + "\"content\":[{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"a < b & c\"}]}]},"
        + "{\"type\":\"codeBlock\",\"attrs\":{\"language\":\"java\"},\"content\":[{\"type\":\"text\","
        + "\"text\":\"x]]>y\"}]}]}";
    JsonObject body = Json.object().put("representation", "atlas_doc_format").put("value", adf).build();
    JsonObject created = assertMatchesSpec(spec, post(fx.confluence("/wiki/api/v2/pages"),
        create("ADF notes", body))).json().getAsJsonObject();
    String storage = fx.get(fx.confluence("/wiki/api/v2/pages/" + created.get("id").getAsString()
        + "?body-format=storage")).json().getAsJsonObject().getAsJsonObject("body").getAsJsonObject("storage")
        .get("value").getAsString();
    assertTrue(storage.startsWith("<h2>Notes</h2><ac:structured-macro ac:name=\"info\""), storage);
    assertTrue(storage.contains("a &lt; b &amp; c"), storage);
    assertTrue(storage.contains("<![CDATA[x]]]]><![CDATA[>y]]>"), "CDATA end split: " + storage);
    assertEquals(Optional.empty(), new StorageCheck().problem(storage));
  }

  @Test
  void theNestedBodyShapeIsAcceptedToo(SpecValidator spec) {
    JsonObject body = Json.object().put("storage", Json.object().put("representation", "storage")
        .put("value", "<p>nested</p>")).build();
    JsonObject created = assertMatchesSpec(spec, post(fx.confluence("/wiki/api/v2/pages"),
        create("Nested body", body))).json().getAsJsonObject();
    assertEquals("<p>nested</p>", created.getAsJsonObject("body").getAsJsonObject("storage").get("value")
        .getAsString());
  }

  @Test
  void anUpdateNeedsTheNextVersionAndKeepsItsMessage(SpecValidator spec) {
    String id = createPage("Versioned", "<p>one</p>");
    JsonObject updated = assertMatchesSpec(spec, put(fx.confluence("/wiki/api/v2/pages/" + id),
        update(id, "Versioned", "<p>two</p>", 2, "Second pass"))).json().getAsJsonObject();
    assertEquals(2, updated.getAsJsonObject("version").get("number").getAsInt());
    assertEquals("Second pass", updated.getAsJsonObject("version").get("message").getAsString());

    TestHttp.Answer stale = assertMatchesSpec(spec, put(fx.confluence("/wiki/api/v2/pages/" + id),
        update(id, "Versioned", "<p>stale</p>", 2, "")));
    assertEquals(409, stale.status());
    JsonObject error = stale.json().getAsJsonObject().getAsJsonArray("errors").get(0).getAsJsonObject();
    assertEquals("CONFLICT", error.get("code").getAsString());
    assertEquals("Version must be incremented when updating a page. Current Version: [2]. Provided version: [2]",
        error.get("title").getAsString());
    assertEquals(409, put(fx.confluence("/wiki/api/v2/pages/" + id),
        update(id, "Versioned", "<p>skip</p>", 4, "")).status(), "a skipped version is refused as well");
    JsonObject read = fx.get(fx.confluence("/wiki/api/v2/pages/" + id + "?body-format=storage")).json()
        .getAsJsonObject();
    assertEquals("<p>two</p>", read.getAsJsonObject("body").getAsJsonObject("storage").get("value").getAsString());
    assertEquals("Second pass", read.getAsJsonObject("version").get("message").getAsString());
  }

  @Test
  void ofTwoConcurrentUpdatesToTheSameVersionOneWins() throws Exception {
    String id = createPage("Raced", "<p>start</p>");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Integer>> writers = new ArrayList<>();
      for (String text : List.of("<p>mine</p>", "<p>theirs</p>")) {
        writers.add(() -> put(fx.confluence("/wiki/api/v2/pages/" + id), update(id, "Raced", text, 2, ""))
            .status());
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> result : pool.invokeAll(writers)) {
        statuses.add(result.get());
      }
      statuses.sort(null);
      assertEquals(List.of(200, 409), statuses);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void malformedStorageIsRefusedWithConfluencesParserMessage(SpecValidator spec) {
    TestHttp.Answer answer = assertMatchesSpec(spec, post(fx.confluence("/wiki/api/v2/pages"),
        create("Broken", storageBody("<p>Ship <strong>it</p>"))));
    assertEquals(400, answer.status());
    String title = answer.json().getAsJsonObject().getAsJsonArray("errors").get(0).getAsJsonObject().get("title")
        .getAsString();
    assertEquals("Error parsing xhtml: Unexpected close tag </p>; expected </strong>.\n"
        + " at [row,col {unknown-source}]: [1,21]", title);
    TestHttp.Answer unclosed = post(fx.confluence("/wiki/api/v2/pages"), create("Broken", storageBody("<p>x")));
    assertTrue(unclosed.body().contains("Unexpected close tag </xml>; expected </p>."), unclosed.body());
    assertTrue(fx.get(fx.confluence("/wiki/api/v2/pages?title=Broken")).json().getAsJsonObject()
        .getAsJsonArray("results").isEmpty(), "nothing was created");
  }

  @Test
  void adfThatBreaksTheSchemaOrIsNotAStringIsRefused(SpecValidator spec) {
    String invalid = "{\"type\":\"doc\",\"version\":1,\"content\":[{\"type\":\"paragraph\",\"content\":"
        + "[{\"type\":\"heading\",\"attrs\":{\"level\":9}}]}]}";
    TestHttp.Answer schema = assertMatchesSpec(spec, post(fx.confluence("/wiki/api/v2/pages"),
        create("Bad ADF", Json.object().put("representation", "atlas_doc_format").put("value", invalid).build())));
    assertEquals(400, schema.status());
    assertTrue(schema.body().contains("not a valid ADF document"), schema.body());

    JsonObject asObject = create("Bad ADF", Json.object().put("representation", "atlas_doc_format")
        .put("value", Json.parse("{\"type\":\"doc\",\"version\":1,\"content\":[]}").orElseThrow()).build());
    TestHttp.Answer notString = assertResponseMatchesSpec(spec, post(fx.confluence("/wiki/api/v2/pages"),
        asObject));
    assertEquals(400, notString.status());
    assertTrue(notString.body().contains("\"title\":\"Invalid message\""), notString.body());
  }

  @Test
  void titlesAreUniqueInASpace(SpecValidator spec) {
    createPage("Only once", "<p>a</p>");
    TestHttp.Answer again = assertMatchesSpec(spec, post(fx.confluence("/wiki/api/v2/pages"),
        create("Only once", storageBody("<p>b</p>"))));
    assertEquals(400, again.status());
    assertTrue(again.body().contains("A page with this title already exists"), again.body());
  }

  @Test
  void childrenAreListedByPosition(SpecValidator spec) {
    String parent = createPage("Parent of two", "<p>p</p>");
    String first = createUnder(parent, "First child");
    String second = createUnder(parent, "Second child");
    JsonArray children = assertMatchesSpec(spec, fx.get(fx.confluence("/wiki/api/v2/pages/" + parent
        + "/children"))).json().getAsJsonObject().getAsJsonArray("results");
    assertEquals(List.of(first, second), ids(children));
    assertEquals("First child", children.get(0).getAsJsonObject().get("title").getAsString());
    JsonArray descending = assertMatchesSpec(spec, fx.get(fx.confluence("/wiki/api/v2/pages/" + parent
        + "/children?sort=-child-position"))).json().getAsJsonObject().getAsJsonArray("results");
    assertEquals(List.of(second, first), ids(descending));
    assertEquals(404, fx.get(fx.confluence("/wiki/api/v2/pages/42/children")).status());
  }

  @Test
  void spacesAreFilteredByKeys(SpecValidator spec) {
    JsonArray both = assertMatchesSpec(spec, fx.get(fx.confluence("/wiki/api/v2/spaces?keys=ENG,OPS"))).json()
        .getAsJsonObject().getAsJsonArray("results");
    assertEquals(2, both.size());
    JsonArray ops = assertMatchesSpec(spec, fx.get(fx.confluence("/wiki/api/v2/spaces?keys=ops"))).json()
        .getAsJsonObject().getAsJsonArray("results");
    assertEquals(1, ops.size());
    assertEquals("OPS", ops.get(0).getAsJsonObject().get("key").getAsString());
  }

  @Test
  void writingNeedsTheWriteScope() {
    String token = TestHttp.bearer(fx.sandbox.issueTokens(Set.of("read:page:confluence")).accessToken());
    TestHttp.Answer answer = fx.http.postJson(fx.confluence("/wiki/api/v2/pages"),
        Json.write(create("No scope", storageBody("<p>x</p>"))), "Authorization", token);
    assertEquals(401, answer.status());
    assertFalse(fx.get(fx.confluence("/wiki/api/v2/pages?title=" + TestHttp.enc("No scope"))).body()
        .contains("No scope"));
  }

  private String createPage(String title, String storage) {
    TestHttp.Answer answer = post(fx.confluence("/wiki/api/v2/pages"), create(title, storageBody(storage)));
    assertEquals(200, answer.status(), answer.body());
    return answer.json().getAsJsonObject().get("id").getAsString();
  }

  private String createUnder(String parent, String title) {
    JsonObject request = create(title, storageBody("<p>" + title + "</p>"));
    request.addProperty("parentId", parent);
    TestHttp.Answer answer = post(fx.confluence("/wiki/api/v2/pages"), request);
    assertEquals(200, answer.status(), answer.body());
    return answer.json().getAsJsonObject().get("id").getAsString();
  }

  private JsonObject create(String title, JsonObject body) {
    return Json.object().put("spaceId", engId).put("status", "current").put("title", title).put("body", body)
        .build();
  }

  private static JsonObject update(String id, String title, String storage, int version, String message) {
    return Json.object().put("id", id).put("status", "current").put("title", title)
        .put("body", storageBody(storage))
        .put("version", Json.object().put("number", version).put("message", message))
        .build();
  }

  private static JsonObject storageBody(String storage) {
    return Json.object().put("representation", "storage").put("value", storage).build();
  }

  private static List<String> ids(JsonArray results) {
    List<String> ids = new ArrayList<>();
    results.forEach(result -> ids.add(result.getAsJsonObject().get("id").getAsString()));
    return ids;
  }

  private TestHttp.Answer post(String url, JsonObject body) {
    return fx.post(url, Json.write(body));
  }

  private TestHttp.Answer put(String url, JsonObject body) {
    return fx.put(url, Json.write(body));
  }
}
