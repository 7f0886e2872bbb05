package io.github.atlassianmcp.server.tools.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.SiteRest;
import io.github.atlassianmcp.server.testkit.ToolCall;
import io.github.atlassianmcp.specs.AdfValidator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConfluenceCreatePageToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  /** Every construct the issue names, in the form reading gives back. */
  private static final String EVERY_CONSTRUCT = """
      Owner: *platform team*, status {{status IN PROGRESS}}

      {{table of contents}}

      ## Steps

      1. Cut the **release** branch
      2. Run the tests:
         - unit
         - ~~manual~~ contract
      3. Read [the guide](https://example.com/guide) and `RELEASE.md`

      ```bash
      ./release.sh --canary 10%
      ```

      > Quoted from the runbook.

      > **Note:** Ask in #releases first.

      > **Warning: Freeze**
      >
      > Not in December.

      | Step | Who | When |
      |---|:---:|---:|
      | Cut | Ana | Monday |
      | Ship | Ben | Friday |

      - [ ] Announce
      - [x] Tag

      ### Links

      See {{jira PROJ-1}}.""";

  @Test
  void aPageWithEveryMarkdownConstructIsStoredValidAndReadsBackTheSame() {
    String answer = SERVER.text("confluence_create_page", Map.of("space_key", "ENG", "title", "Release checklist",
        "content", EVERY_CONSTRUCT));

    Matcher created = Pattern.compile("^Created page ([0-9]+) \"Release checklist\" in ENG under page 98302,"
        + " version 1\\.\nhttp.*/pages/\\1/.*").matcher(answer);
    assertTrue(created.matches(), answer);
    String id = created.group(1);
    SiteRest site = new SiteRest(SERVER.sandbox());
    String storage = site.storage(id);
    for (String element : List.of("<h2>Steps</h2>", "<strong>release</strong>", "<em>platform team</em>",
        "<s>manual</s>", "<code>RELEASE.md</code>", "<a href=\"https://example.com/guide\">the guide</a>",
        "<ol>", "<ul>", "ac:name=\"code\"", "<ac:parameter ac:name=\"language\">bash</ac:parameter>",
        "<blockquote>", "ac:name=\"note\"", "ac:name=\"warning\"", "<ac:parameter ac:name=\"title\">Freeze",
        "<table", "<ac:task-list>", "<ac:task-status>complete</ac:task-status>", "ac:name=\"toc\"",
        "ac:name=\"status\"", "ac:name=\"jira\"", "<ac:parameter ac:name=\"key\">PROJ-1</ac:parameter>")) {
      assertTrue(storage.contains(element), element + " in " + storage);
    }
    String adf = site.page(id, "atlas_doc_format").getAsJsonObject("body").getAsJsonObject("atlas_doc_format")
        .get("value").getAsString();
    assertEquals(List.of(), new AdfValidator().problems(adf), "the page Confluence derives is valid ADF");

    String read = SERVER.text("confluence_get_page", Map.of("page_id", id));
    assertEquals(EVERY_CONSTRUCT, read.substring(read.indexOf("\n\n") + 2), "reading gives back what was written");
  }

  @Test
  void aCalloutBecomesAPanelAndAPageGoesUnderTheParentGiven() {
    String answer = SERVER.text("confluence_create_page", Map.of("space_key", "eng", "title", "Under the guide",
        "parent_id", "98307", "content", "> [!TIP] Shortcut\n> Use the release script."));
    Matcher created = Pattern.compile("Created page ([0-9]+) \"Under the guide\" in ENG under page 98307")
        .matcher(answer);
    assertTrue(created.find(), answer);
    JsonObject page = new SiteRest(SERVER.sandbox()).page(created.group(1), "storage");
    assertEquals("98307", page.get("parentId").getAsString());
    String storage = page.getAsJsonObject("body").getAsJsonObject("storage").get("value").getAsString();
    assertTrue(storage.contains("ac:name=\"tip\"") && storage.contains("Shortcut"), storage);
    assertTrue(SERVER.text("confluence_get_page_children", Map.of("page_id", "98307")).contains("Under the guide"));
  }

  @Test
  void aTitleTakenInTheSpaceOrAnUnknownSpaceIsSaidPlainly() {
    String taken = SERVER.error("confluence_create_page", Map.of("space_key", "ENG", "title", "Release Process",
        "content", "x"));
    assertEquals("Confluence rejected the request: A page with this title already exists: A page already exists with"
        + " the same TITLE in this space. Pick another title, or change that page with confluence_update_page"
        + " (confluence_get_page title=\"Release Process\" space_key=\"ENG\" gives its id).", taken);
    ToolCall unknown = SERVER.call("confluence_create_page", Map.of("space_key", "NOPE", "title", "x",
        "content", "x"));
    assertEquals("Invalid arguments for confluence_create_page: No space has the key NOPE (or you cannot see it)."
        + " confluence_list_spaces lists the spaces.", unknown.text());
    assertEquals(List.of(), unknown.requests("POST", "/pages"));
    ToolCall twoLines = SERVER.call("confluence_create_page", Map.of("space_key", "ENG", "title", "a\nb",
        "content", "x"));
    assertTrue(twoLines.text().contains("title must be one line"), twoLines.text());
    assertEquals(List.of(), twoLines.exchanges());
  }
}
