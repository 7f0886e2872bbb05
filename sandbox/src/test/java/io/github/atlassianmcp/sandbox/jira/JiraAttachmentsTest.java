package io.github.atlassianmcp.sandbox.jira;

import static io.github.atlassianmcp.sandbox.SpecCheck.assertMatchesSpec;
import static io.github.atlassianmcp.sandbox.SpecCheck.assertResponseMatchesSpec;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxTest;
import io.github.atlassianmcp.sandbox.TestHttp;
import io.github.atlassianmcp.sandbox.media.MediaHost;
import io.github.atlassianmcp.testing.SpecValidator;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JiraAttachmentsTest extends SandboxTest {

  private static final byte[] PNG = java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAf"
      + "FcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

  @Test
  void anUploadWithoutTheXsrfHeaderIsRefusedAsJiraRefusesIt(SpecValidator spec) {
    String key = JiraIssueTest.create(fx, "No token, no upload");
    TestHttp.Answer answer = fx.http.postFiles(fx.jira("/rest/api/3/issue/" + key + "/attachments"),
        Map.of("notes.txt", "hi".getBytes(StandardCharsets.UTF_8)), "Authorization", fx.bearer());
    assertResponseMatchesSpec(spec, answer);
    assertEquals(403, answer.status());
    assertEquals("XSRF check failed", answer.body());
    assertTrue(answer.contentType().startsWith("text/plain"), answer.contentType());
    assertEquals(0, attachments(key).size());
  }

  @Test
  void uploadReadBackThroughTheMediaRedirectAndDelete(SpecValidator spec) {
    String key = JiraIssueTest.create(fx, "Attach files to me");
    Map<String, byte[]> files = new LinkedHashMap<>();
    byte[] text = "line one\nline two ✓\n".getBytes(StandardCharsets.UTF_8);
    files.put("notes.txt", text);
    files.put("pixel.png", PNG);
    TestHttp.Answer uploaded = assertMatchesSpec(spec, fx.http.postFiles(
        fx.jira("/rest/api/3/issue/" + key + "/attachments"), files, "Authorization", fx.bearer(),
        "X-Atlassian-Token", "no-check"));
    assertEquals(200, uploaded.status(), uploaded.toString());
    JsonArray added = uploaded.json().getAsJsonArray();
    assertEquals(2, added.size());
    JsonObject notes = added.get(0).getAsJsonObject();
    assertEquals("notes.txt", notes.get("filename").getAsString());
    assertEquals("text/plain", notes.get("mimeType").getAsString());
    assertEquals(text.length, notes.get("size").getAsInt());
    assertEquals("image/png", added.get(1).getAsJsonObject().get("mimeType").getAsString());
    assertTrue(added.get(1).getAsJsonObject().has("thumbnail"));
    assertEquals(2, attachments(key).size());

    String id = notes.get("id").getAsString();
    JsonObject metadata = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/attachment/" + id))).json()
        .getAsJsonObject();
    assertEquals(Long.parseLong(id), metadata.get("id").getAsLong());
    assertEquals(fx.jira("/rest/api/3/attachment/content/" + id), metadata.get("content").getAsString());

    // Jira Cloud answers 303 to a short-lived URL on its media host, which needs no other credential.
    TestHttp.Answer content = assertMatchesSpec(spec, fx.get(metadata.get("content").getAsString()));
    assertEquals(303, content.status());
    String location = content.header("Location");
    assertTrue(location.startsWith(MediaHost.origin(fx.sandbox.baseUrl()) + "/file/") && location.contains("/binary?token="),
        location);
    assertArrayEquals(text, fx.http.bytes(location));
    String pngId = added.get(1).getAsJsonObject().get("id").getAsString();
    String pngLocation = fx.get(fx.jira("/rest/api/3/attachment/content/" + pngId)).header("Location");
    assertArrayEquals(PNG, fx.http.bytes(pngLocation));
    assertEquals(401, fx.http.get(location.replaceFirst("token=[^&]+", "token=forged")).status());
    assertEquals(401, fx.http.get(location.replace(location.substring(location.indexOf("/file/") + 6,
        location.indexOf("/binary")), pngLocation.substring(pngLocation.indexOf("/file/") + 6,
        pngLocation.indexOf("/binary")))).status(), "a token opens only its own file");

    TestHttp.Answer direct = assertMatchesSpec(spec, fx.get(fx.jira("/rest/api/3/attachment/content/" + id
        + "?redirect=false")));
    assertEquals(200, direct.status());
    assertEquals(new String(text, StandardCharsets.UTF_8), direct.body());

    assertEquals(204, assertMatchesSpec(spec, fx.delete(fx.jira("/rest/api/3/attachment/" + id))).status());
    assertEquals(404, fx.get(fx.jira("/rest/api/3/attachment/" + id)).status());
    assertEquals(1, attachments(key).size());
    List<String> history = JiraHistory.items(fx, key);
    assertTrue(history.contains("Attachment: null -> notes.txt"), history.toString());
    assertTrue(history.contains("Attachment: notes.txt -> null"), history.toString());
  }

  @Test
  void aBodyThatIsNotMultipartIs415AndAnUploadWithoutFilesIs400() {
    String key = JiraIssueTest.create(fx, "Wrong uploads");
    TestHttp.Answer json = fx.http.postJson(fx.jira("/rest/api/3/issue/" + key + "/attachments"), "{}",
        "Authorization", fx.bearer(), "X-Atlassian-Token", "no-check");
    assertEquals(415, json.status());
    TestHttp.Answer none = fx.http.postFiles(fx.jira("/rest/api/3/issue/" + key + "/attachments"), Map.of(),
        "Authorization", fx.bearer(), "X-Atlassian-Token", "no-check");
    assertEquals(400, none.status());
    assertFalse(JiraSearchTest.messages(none).isEmpty());
    TestHttp.Answer noIssue = fx.http.postFiles(fx.jira("/rest/api/3/issue/PROJ-9999/attachments"),
        Map.of("a.txt", new byte[] {1}), "Authorization", fx.bearer(), "X-Atlassian-Token", "no-check");
    assertEquals(404, noIssue.status());
  }

  @Test
  void theRichIssueCarriesATextFileAndAnImage(SpecValidator spec) {
    JsonArray seeded = attachments("PROJ-12");
    assertEquals(2, seeded.size());
    JsonObject log = seeded.get(0).getAsJsonObject();
    assertEquals("webhook-error.log", log.get("filename").getAsString());
    assertEquals("text/plain", log.get("mimeType").getAsString());
    JsonObject image = seeded.get(1).getAsJsonObject();
    assertEquals("empty-list.png", image.get("filename").getAsString());
    String location = assertMatchesSpec(spec, fx.get(image.get("content").getAsString())).header("Location");
    byte[] png = fx.http.bytes(location);
    assertEquals(image.get("size").getAsInt(), png.length);
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
    String text = new String(fx.http.bytes(fx.get(log.get("content").getAsString()).header("Location")),
        StandardCharsets.UTF_8);
    assertTrue(text.contains("NoSuchElementException"), text);
  }

  private JsonArray attachments(String key) {
    return fx.get(fx.jira("/rest/api/3/issue/" + key + "?fields=attachment")).json().getAsJsonObject()
        .getAsJsonObject("fields").getAsJsonArray("attachment");
  }
}
