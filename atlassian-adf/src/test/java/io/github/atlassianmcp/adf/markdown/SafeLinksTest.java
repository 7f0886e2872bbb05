package io.github.atlassianmcp.adf.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeLinksTest {

  @ParameterizedTest
  @ValueSource(strings = {"https://example.com", "HTTP://example.com", "mailto:a@example.com", "/wiki/x",
      "#anchor", "//cdn.example.com/x.png", "page?at=10:30", "./a:b", "relative/path"})
  void webMailAndSchemelessReferencesAreLinks(String href) {
    assertTrue(SafeLinks.allowed(href), href);
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", " JavaScript:alert(1)", "\u0001javascript:alert(1)",
      "java\tscript:alert(1)", "jav\nascript:x", "data:text/html,<script>", "vbscript:x", "file:///etc/passwd",
      "slack://open", "ms-word:ofe|u|https://x", "c:\\windows"})
  void everyOtherSchemeIsNot(String href) {
    assertFalse(SafeLinks.allowed(href), href);
  }
}
