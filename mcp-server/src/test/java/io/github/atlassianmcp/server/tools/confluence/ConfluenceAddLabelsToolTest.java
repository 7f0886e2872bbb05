package io.github.atlassianmcp.server.tools.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.server.testkit.InProcessServer;
import io.github.atlassianmcp.server.testkit.ToolCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConfluenceAddLabelsToolTest {

  @RegisterExtension
  static final InProcessServer SERVER = new InProcessServer();

  @Test
  void labelsAreAddedToTheOnesThePageHas() {
    assertEquals("Page 98317 now has the labels launch, payments, release-2024, q3.",
        SERVER.text("confluence_add_labels", Map.of("page_id", "98317", "labels", List.of("Release-2024", "q3"))));
    assertTrue(SERVER.text("confluence_get_page", Map.of("page_id", "98317"))
        .contains("labels launch, payments, release-2024, q3\n"));
    assertEquals("Page 98317 now has the labels launch, payments, release-2024, q3, eu.",
        SERVER.text("confluence_add_labels", Map.of("page_id", "98317", "labels", "eu, q3")),
        "a comma-separated text counts as a list; a label it has is no change");
  }

  @Test
  void aLabelConfluenceWouldRefuseIsRefusedBeforeSending() {
    ToolCall spaced = SERVER.call("confluence_add_labels", Map.of("page_id", "98317", "labels",
        List.of("two words")));
    assertEquals("Invalid arguments for confluence_add_labels: labels item must be a label like release-notes (no"
        + " spaces or !#&()*,.:;<>?@[]^), got \"two words\".", spaced.text());
    assertEquals(List.of(), spaced.exchanges());
    ToolCall none = SERVER.call("confluence_add_labels", Map.of("page_id", "98317", "labels", List.of()));
    assertEquals("Invalid arguments for confluence_add_labels: labels is empty: give at least one label, e.g."
        + " [\"release-notes\"].", none.text());
  }
}
