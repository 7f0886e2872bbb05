package io.github.atlassianmcp.server.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the server's tools: every class named {@code *Tool} in a subpackage of this one declares its
 * {@code public static final ServerTool TOOL}. Adding a tool is adding its file; no list names them.
 *
 * <p>It reads the class names from the classes folder or the jar the tools were loaded from (a listing, not a
 * classpath scan of the world), loads those classes and reads the one field. In a jar the names come from
 * {@value #INDEX}, which the build writes from the classes folder ({@link #main}): opening the shaded jar once more
 * and listing its 19,000 entries cost a start 40-100 ms.
 */
public final class ToolDiscovery {

  private static final String PACKAGE = ToolDiscovery.class.getPackageName();
  private static final String FOLDER = PACKAGE.replace('.', '/') + "/";
  /** The tools' class names, one a line, as the build found them. */
  static final String INDEX = "tools.index";

  private ToolDiscovery() {}

  /**
   * Every tool of the server, sorted by name.
   *
   * @throws IllegalStateException naming a {@code *Tool} class without a valid {@code TOOL}, or two tools with
   *     the same name
   */
  public static List<ServerTool> tools() {
    ClassLoader loader = ToolDiscovery.class.getClassLoader();
    List<ServerTool> tools = new ArrayList<>();
    for (String className : toolClassNames(loader)) {
      tools.add(declaredTool(className, loader));
    }
    tools.sort((a, b) -> a.name().compareTo(b.name()));
    for (int i = 1; i < tools.size(); i++) {
      if (tools.get(i).name().equals(tools.get(i - 1).name())) {
        throw new IllegalStateException("Two tools are named " + tools.get(i).name());
      }
    }
    return List.copyOf(tools);
  }

  private static ServerTool declaredTool(String className, ClassLoader loader) {
    try {
      Class<?> type = Class.forName(className, true, loader);
      Field field = type.getField("TOOL");
      if (!Modifier.isStatic(field.getModifiers()) || field.getType() != ServerTool.class) {
        throw new IllegalStateException(className + ".TOOL must be a public static final ServerTool");
      }
      return (ServerTool) field.get(null);
    } catch (ClassNotFoundException | IllegalAccessException e) {
      throw new IllegalStateException("Cannot load the tool " + className, e);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(className + " is named like a tool but declares no public static final"
          + " ServerTool TOOL (rename it if it is not one)", e);
    }
  }

  /** The names of the {@code *Tool} classes of this package and its subpackages, sorted. */
  static List<String> toolClassNames(ClassLoader loader) {
    TreeSet<String> names = new TreeSet<>();
    try {
      URL index = loader.getResource(FOLDER + INDEX);
      if (index != null && "jar".equals(index.getProtocol())) {
        // Through the class loader's open jar: a JarURLConnection would open and index the jar once more.
        try (InputStream in = loader.getResourceAsStream(FOLDER + INDEX)) {
          new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank())
              .forEach(names::add);
        }
        return List.copyOf(names);
      }
      Enumeration<URL> roots = loader.getResources(FOLDER);
      for (URL root : Collections.list(roots)) {
        URLConnection connection = root.openConnection();
        if (connection instanceof JarURLConnection jar) {
          fromJar(jar, names);
        } else if ("file".equals(root.getProtocol())) {
          fromFolder(Path.of(root.toURI()), names);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the tools in " + FOLDER, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Cannot list the tools in " + FOLDER, e);
    }
    return List.copyOf(names);
  }

  private static void fromJar(JarURLConnection connection, TreeSet<String> names) throws IOException {
    connection.setUseCaches(true);
    JarFile jar = connection.getJarFile();
    for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
      String entry = entries.nextElement().getName();
      if (isToolClass(entry)) {
        names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
      }
    }
  }

  private static void fromFolder(Path folder, TreeSet<String> names) throws IOException {
    Path classesRoot = folder;
    for (int i = 0; i < FOLDER.split("/").length; i++) {
      classesRoot = classesRoot.getParent();
    }
    Path root = classesRoot;
    try (Stream<Path> files = Files.walk(folder)) {
      files.map(file -> root.relativize(file).toString().replace(java.io.File.separatorChar, '/'))
          .filter(ToolDiscovery::isToolClass)
          .forEach(file -> names.add(file.substring(0, file.length() - ".class".length()).replace('/', '.')));
    }
  }

  /**
   * The build step that writes {@value #INDEX} into the classes folder (Maven's process-classes phase):
   * {@code java -cp target/classes io.github.atlassianmcp.server.tools.ToolDiscovery}.
   */
  public static void main(String[] args) throws IOException, URISyntaxException {
    ClassLoader loader = ToolDiscovery.class.getClassLoader();
    URL folder = loader.getResource(FOLDER);
    if (folder == null || !"file".equals(folder.getProtocol())) {
      throw new IllegalStateException("Run from the classes folder, not a jar: " + folder);
    }
    Files.write(Path.of(folder.toURI()).resolve(INDEX), toolClassNames(loader));
  }

  /** A top-level class named {@code *Tool} in a product's subpackage ({@code tools/jira/JiraSearchTool}). */
  private static boolean isToolClass(String path) {
    return path.startsWith(FOLDER) && path.indexOf('/', FOLDER.length()) > 0 && path.endsWith("Tool.class")
        && !path.contains("$");
  }
}
