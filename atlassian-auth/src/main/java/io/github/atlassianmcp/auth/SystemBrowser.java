package io.github.atlassianmcp.auth;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's browser: {@code $BROWSER} when set, else the desktop's.
 *
 * <p>{@code $BROWSER} follows the Unix convention: a colon-separated list of commands tried in order; in each,
 * {@code %s} is replaced by the URL, or the URL is appended when there is no {@code %s}. Arguments are separated by
 * spaces (no shell quoting). A command counts as failed when it cannot start or exits non-zero within the first
 * seconds; one that is still running (a browser staying open) counts as opened.
 *
 * <p>Without {@code $BROWSER}: {@link Desktop#browse} when the platform supports it, else {@code open} (macOS) or
 * {@code xdg-open} (Linux, with a graphical session). The child's output never reaches this process's stdout, which
 * carries JSON-RPC in the server.
 */
public final class SystemBrowser implements BrowserLauncher {

  private static final Logger LOG = LoggerFactory.getLogger(SystemBrowser.class);

  private final Optional<String> browserVariable;
  private final long exitWaitMillis;

  /** @param browserVariable the value of BROWSER, if set */
  public SystemBrowser(Optional<String> browserVariable) {
    this(browserVariable, 3000);
  }

  SystemBrowser(Optional<String> browserVariable, long exitWaitMillis) {
    this.browserVariable = Objects.requireNonNull(browserVariable, "browserVariable");
    this.exitWaitMillis = exitWaitMillis;
  }

  @Override
  public boolean open(URI url) {
    if (browserVariable.isPresent()) {
      for (List<String> command : commands(browserVariable.get(), url.toString())) {
        if (run(command)) {
          return true;
        }
      }
      return false; // BROWSER says what the user wants: no guessing past it
    }
    return openWithDesktop(url) || openWithPlatformCommand(url);
  }

  /** The commands BROWSER describes, each with the URL in place. */
  static List<List<String>> commands(String browserVariable, String url) {
    List<List<String>> commands = new ArrayList<>();
    for (String entry : browserVariable.split(":")) {
      List<String> words = new ArrayList<>(Arrays.asList(entry.trim().split("\\s+")));
      words.removeIf(String::isEmpty);
      if (words.isEmpty()) {
        continue;
      }
      boolean placed = false;
      for (int i = 0; i < words.size(); i++) {
        if (words.get(i).contains("%s")) {
          words.set(i, words.get(i).replace("%s", url));
          placed = true;
        }
      }
      if (!placed) {
        words.add(url);
      }
      commands.add(List.copyOf(words));
    }
    return commands;
  }

  private boolean run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.INHERIT)
          .start();
      process.getOutputStream().close(); // never let a child read the server's stdin
      if (process.waitFor(exitWaitMillis, TimeUnit.MILLISECONDS) && process.exitValue() != 0) {
        LOG.debug("Browser command {} exited with {}", command.get(0), process.exitValue());
        return false;
      }
      return true;
    } catch (IOException e) {
      LOG.debug("Browser command {} could not start: {}", command.get(0), e.getMessage());
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static boolean openWithDesktop(URI url) {
    try {
      if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
          || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
        return false;
      }
      Desktop.getDesktop().browse(url);
      return true;
    } catch (IOException | RuntimeException | LinkageError e) {
      LOG.debug("The desktop could not open a browser: {}", e.toString());
      return false;
    }
  }

  private boolean openWithPlatformCommand(URI url) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.contains("mac")) {
      return run(List.of("open", url.toString()));
    }
    boolean graphicalSession = System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    if (!os.contains("win") && graphicalSession) {
      return run(List.of("xdg-open", url.toString()));
    }
    return false;
  }
}
