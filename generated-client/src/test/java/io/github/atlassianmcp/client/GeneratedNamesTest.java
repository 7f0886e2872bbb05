package io.github.atlassianmcp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A schema titled like a java.lang type becomes a model class that shadows it in its whole package: every
 * field of that type then parses as the model and fails (Confluence's like-count schema was titled "Integer").
 */
class GeneratedNamesTest {

  /** The java.lang types generated code refers to without an import. */
  private static final Set<String> SHADOWABLE = Set.of("Integer", "Long", "String", "Boolean", "Object", "Double",
      "Float", "Number", "Short", "Byte", "Character", "Void", "Class", "Override", "Deprecated", "SuppressWarnings");

  @Test
  void noModelClassShadowsAJavaLangTypeTheGeneratedCodeUses() throws IOException, URISyntaxException {
    Path classes = Path.of(AtlassianClients.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(classes)) {
      List<String> shadowing = files
          .filter(file -> file.getParent().getFileName().toString().equals("model"))
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .map(name -> name.substring(0, name.length() - ".class".length()))
          .filter(SHADOWABLE::contains)
          .toList();
      assertEquals(List.of(), shadowing);
    }
  }

  @Test
  void inlineResponsesAreNamedAfterWhatTheyHoldAndIdsAreStrings() throws ReflectiveOperationException {
    ClassLoader loader = getClass().getClassLoader();
    String v2 = "io.github.atlassianmcp.client.confluence.v2.";
    Class<?> page = Class.forName(v2 + "model.Page", false, loader);
    assertEquals(page, Class.forName(v2 + "api.PageApi", false, loader)
        .getMethod("getPageById", String.class).getReturnType().getMethod("execute").getReturnType());
    assertEquals(String.class, page.getMethod("getId").getReturnType(), "the id a page carries is the id to ask for");
    for (String unreadable : List.of(v2 + "model.CreatePage200Response", v2 + "model.GetSpaceById200Response",
        "io.github.atlassianmcp.client.jira.software.model.GetAllBoards200Response")) {
      org.junit.jupiter.api.Assertions.assertThrows(ClassNotFoundException.class,
          () -> Class.forName(unreadable, false, loader), unreadable);
    }
  }
}
