package io.github.atlassianmcp.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.atlassianmcp.client.confluence.v1.api.ContentAttachmentsApi;
import io.github.atlassianmcp.client.confluence.v1.model.ContentArray;
import io.github.atlassianmcp.client.jira.platform.api.IssueAttachmentsApi;
import io.github.atlassianmcp.client.jira.platform.model.Attachment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads reach Atlassian with the file's bytes in a part named "file" and the XSRF header both products require
 * (the published Jira spec describes the body as Spring's MultipartFile objects, which generated an empty body).
 */
@ExtendWith(ContractSite.class)
class AttachmentUploadTest {

  private static final String NOTES = "Repro steps: 1, 2, 3.\n";

  private static Path notes(Path folder) throws IOException {
    return Files.writeString(folder.resolve("notes.txt"), NOTES, StandardCharsets.UTF_8);
  }

  private static void assertFilePart(LoggedRequest request) {
    assertEquals("no-check", request.getHeader("X-Atlassian-Token"));
    assertTrue(request.getHeader("Content-Type").startsWith("multipart/form-data"), request.getHeader("Content-Type"));
    String body = request.getBodyAsString();
    assertTrue(body.contains("name=\"file\"; filename=\"notes.txt\""), body);
    assertTrue(body.contains(NOTES), body);
  }

  @Test
  void jiraAddAttachmentSendsTheFile(ContractHarness site, @TempDir Path folder) throws IOException {
    site.stub("POST", "/rest/api/3/issue/PROJ-12/attachments", 200, "jira/attachments.json");

    List<Attachment> attached = new IssueAttachmentsApi(site.clients().jiraPlatform())
        .addAttachment("PROJ-12", List.of(notes(folder).toFile())).execute();

    assertEquals("notes.txt", attached.get(0).getFilename());
    assertFilePart(site.server().findAll(postRequestedFor(urlPathEqualTo("/rest/api/3/issue/PROJ-12/attachments")))
        .get(0));
  }

  @Test
  void confluenceCreateAttachmentSendsTheFileAndTextFields(ContractHarness site, @TempDir Path folder)
      throws IOException {
    site.stub("POST", "/wiki/rest/api/content/98305/child/attachment", 200, "confluence/attachments.json");

    ContentArray attached = new ContentAttachmentsApi(site.clients().confluenceV1())
        .createAttachment("98305", notes(folder).toFile(), "true").comment("First draft").execute();

    assertEquals("att98401", attached.getResults().get(0).getId());
    LoggedRequest request = site.server().findAll(postRequestedFor(
        urlPathEqualTo("/wiki/rest/api/content/98305/child/attachment"))).get(0);
    assertFilePart(request);
    assertTrue(request.getBodyAsString().matches("(?s).*name=\"minorEdit\".*?\r\n\r\ntrue\r\n--.*"),
        request.getBodyAsString());
    assertTrue(request.getBodyAsString().matches("(?s).*name=\"comment\".*?\r\n\r\nFirst draft\r\n--.*"),
        "comment is a text part");
    site.server().verify(postRequestedFor(urlPathEqualTo("/wiki/rest/api/content/98305/child/attachment"))
        .withHeader("X-Atlassian-Token", equalTo("no-check")));
  }
}
