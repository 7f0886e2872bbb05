package io.github.atlassianmcp.server.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index the build writes for the jar lists exactly the tools found in the classes folder. */
class ToolDiscoveryTest {

  @Test
  void theBuildsIndexListsEveryToolClass() throws IOException {
    ClassLoader loader = getClass().getClassLoader();
    String index = ToolDiscovery.class.getPackageName().replace('.', '/') + "/" + ToolDiscovery.INDEX;
    try (InputStream in = loader.getResourceAsStream(index)) {
      assertNotNull(in, index + " is missing: the build's process-classes step writes it");
      List<String> indexed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      assertEquals(ToolDiscovery.toolClassNames(loader), indexed);
    }
  }
}
