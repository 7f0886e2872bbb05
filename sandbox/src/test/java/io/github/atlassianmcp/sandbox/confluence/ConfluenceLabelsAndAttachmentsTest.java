package io.github.atlassianmcp.sandbox.confluence;

import static io.github.atlassianmcp.sandbox.SpecCheck.assertMatchesSpec;
import static io.github.atlassianmcp.sandbox.SpecCheck.assertResponseMatchesSpec;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxTest;
import io.github.atlassianmcp.sandbox.TestHttp;
import io.github.atlassianmcp.sandbox.media.MediaHost;
import io.github.atlassianmcp.testing.SpecValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okio.Buffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConfluenceLabelsAndAttachmentsTest extends SandboxTest {

  private String pageId;

  @BeforeAll
  void start() {
    pageId = fx.get(fx.confluence("/wiki/api/v2/pages?title=" + TestHttp.enc("Coding Guidelines"))).json()
        .getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject().get("id").getAsString();
  }

  @Test
  void labelsAddedWithV1AreReadWithV2(SpecValidator spec) {
    TestHttp.Answer added = assertMatchesSpec(spec, fx.post(fx.confluence("/wiki/rest/api/content/" + pageId
        + "/label"), "[{\"prefix\":\"global\",\"name\":\"Java\"},{\"prefix\":\"global\",\"name\":\"review-2025\"}]"));
    assertEquals(200, added.status());
    JsonArray results = added.json().getAsJsonObject().getAsJsonArray("results");
    assertTrue(names(results).containsAll(List.of("howto", "guidelines", "java", "review-2025")), names(results)
        .toString());
    assertMatchesSpec(spec, fx.post(fx.confluence("/wiki/rest/api/content/" + pageId + "/label"),
        "{\"prefix\":\"global\",\"name\":\"style\"}"));

    JsonArray labels = assertMatchesSpec(spec, fx.get(fx.confluence("/wiki/api/v2/pages/" + pageId
        + "/labels?sort=name"))).json().getAsJsonObject().getAsJsonArray("results");
    assertEquals(List.of("guidelines", "howto", "java", "review-2025", "style"), names(labels));
    String javaId = labels.get(2).getAsJsonObject().get("id").getAsString();
    String otherPage = fx.get(fx.confluence("/wiki/api/v2/pages?title=" + TestHttp.enc("Payments Service"))).json()
        .getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject().get("id").getAsString();
    JsonArray other = fx.post(fx.confluence("/wiki/rest/api/content/" + otherPage + "/label"),
        "{\"prefix\":\"global\",\"name\":\"java\"}").json().getAsJsonObject().getAsJsonArray("results");
    other.forEach(label -> {
      if (label.getAsJsonObject().get("name").getAsString().equals("java")) {
        assertEquals(javaId, label.getAsJsonObject().get("id").getAsString(), "one ID per label, site-wide");
      }
    });
  }

  @Test
  void badLabelsAndMissingPagesAreRefused(SpecValidator spec) {
    TestHttp.Answer spaced = assertMatchesSpec(spec, fx.post(fx.confluence("/wiki/rest/api/content/" + pageId
        + "/label"), "{\"prefix\":\"global\",\"name\":\"two words\"}"));
    assertEquals(400, spaced.status());
    assertTrue(spaced.body().contains("two words"), spaced.body());
    assertEquals(404, assertMatchesSpec(spec, fx.post(fx.confluence("/wiki/rest/api/content/42/label"),
        "{\"prefix\":\"global\",\"name\":\"x\"}")).status());
  }

  @Test
  void anUploadedAttachmentIsListedAndDownloadedByteForByte(SpecValidator spec) {
    byte[] bytes = new byte[20_000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31 + 7);
    }
    TestHttp.Answer uploaded = assertMatchesSpec(spec, upload(pageId, "trace.bin", "application/octet-stream",
        bytes, "Captured trace", "no-check"));
    assertEquals(200, uploaded.status(), uploaded.body());
    JsonObject attachment = uploaded.json().getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject();
    String attachmentId = attachment.get("id").getAsString();
    assertTrue(attachmentId.startsWith("att"), attachmentId);
    assertEquals(20_000, attachment.getAsJsonObject("extensions").get("fileSize").getAsInt());

    JsonArray listed = assertMatchesSpec(spec, fx.get(fx.confluence("/wiki/api/v2/pages/" + pageId
        + "/attachments"))).json().getAsJsonObject().getAsJsonArray("results");
    JsonObject inList = find(listed, attachmentId);
    assertEquals("trace.bin", inList.get("title").getAsString());
    assertEquals("Captured trace", inList.get("comment").getAsString());
    assertEquals(attachment.getAsJsonObject("extensions").get("fileId").getAsString(),
        inList.get("fileId").getAsString());
    assertMatchesSpec(spec, fx.get(fx.confluence("/wiki/api/v2/attachments/" + attachmentId)));

    TestHttp.Answer redirect = assertMatchesSpec(spec, fx.get(fx.confluence("/wiki/rest/api/content/" + pageId
        + "/child/attachment/" + attachmentId + "/download")));
    assertEquals(302, redirect.status());
    String location = redirect.header("location");
    assertTrue(location.startsWith(MediaHost.origin(fx.sandbox.baseUrl()) + "/file/"), location);
    assertArrayEquals(bytes, download(location), "the bytes come back identical, without credentials");
    assertEquals(401, fx.http.get(location.replaceFirst("token=[^&]+", "token=forged")).status());
  }

  @Test
  void anImageIsTypedByItsPartAndADuplicateNameIsRefused(SpecValidator spec) {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    TestHttp.Answer first = assertMatchesSpec(spec, upload(pageId, "diagram.png", "image/png", png, null,
        "no-check"));
    assertEquals("image/png", first.json().getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject()
        .getAsJsonObject("extensions").get("mediaType").getAsString());
    TestHttp.Answer again = assertMatchesSpec(spec, upload(pageId, "diagram.png", "image/png", png, null,
        "nocheck"));
    assertEquals(400, again.status());
    assertTrue(again.body().contains("Cannot add a new attachment with same file name as an existing attachment:"
        + " diagram.png"), again.body());
  }

  @Test
  void anUploadWithoutTheXsrfHeaderIsBlocked(SpecValidator spec) {
    TestHttp.Answer blocked = assertResponseMatchesSpec(spec, upload(pageId, "notes.txt", "text/plain",
        "hello".getBytes(StandardCharsets.UTF_8), null, null));
    assertEquals(403, blocked.status());
    assertEquals("XSRF check failed", blocked.body());
    assertTrue(fx.get(fx.confluence("/wiki/api/v2/pages/" + pageId + "/attachments?filename=notes.txt")).json()
        .getAsJsonObject().getAsJsonArray("results").isEmpty());
  }

  @Test
  void theSeededLaunchPlanCarriesItsImage(SpecValidator spec) {
    String launch = fx.get(fx.confluence("/wiki/api/v2/pages?title=" + TestHttp.enc("Checkout v2 Launch Plan")))
        .json().getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject().get("id").getAsString();
    JsonArray attachments = assertMatchesSpec(spec, fx.get(fx.confluence("/wiki/api/v2/pages/" + launch
        + "/attachments?mediaType=image/png"))).json().getAsJsonObject().getAsJsonArray("results");
    assertEquals(1, attachments.size());
    JsonObject image = attachments.get(0).getAsJsonObject();
    assertEquals("checkout-flow.png", image.get("title").getAsString());
    String adf = fx.get(fx.confluence("/wiki/api/v2/pages/" + launch + "?body-format=atlas_doc_format")).json()
        .getAsJsonObject().getAsJsonObject("body").getAsJsonObject("atlas_doc_format").get("value").getAsString();
    assertTrue(adf.contains("\"id\":\"" + image.get("fileId").getAsString() + "\""), "ADF names the media file: "
        + adf);
  }

  private TestHttp.Answer upload(String page, String filename, String type, byte[] bytes, String comment,
      String xsrf) {
    MultipartBody.Builder form = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("file", filename, RequestBody.create(bytes, MediaType.get(type)))
        .addFormDataPart("minorEdit", "true");
    if (comment != null) {
      form.addFormDataPart("comment", comment);
    }
    MultipartBody body = form.build();
    Buffer buffer = new Buffer();
    try {
      body.writeTo(buffer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String url = fx.confluence("/wiki/rest/api/content/" + page + "/child/attachment");
    return xsrf == null
        ? fx.http.postBytes(url, body.contentType().toString(), buffer.readByteArray(), "Authorization", fx.bearer())
        : fx.http.postBytes(url, body.contentType().toString(), buffer.readByteArray(), "Authorization", fx.bearer(),
            "X-Atlassian-Token", xsrf);
  }

  /** Follows the media URL with no Authorization header, as a client does across hosts. */
  private static byte[] download(String url) {
    try {
      HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, response.statusCode());
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject find(JsonArray results, String id) {
    for (var result : results) {
      if (result.getAsJsonObject().get("id").getAsString().equals(id)) {
        return result.getAsJsonObject();
      }
    }
    throw new AssertionError(id + " not in " + results);
  }

  private static List<String> names(JsonArray labels) {
    List<String> names = new ArrayList<>();
    labels.forEach(label -> names.add(label.getAsJsonObject().get("name").getAsString()));
    return names;
  }
}
