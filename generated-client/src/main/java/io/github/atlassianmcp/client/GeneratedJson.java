package io.github.atlassianmcp.client;

import com.google.gson.Gson;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Registers {@link AtlassianDateTimeAdapter} with the Gson of every generated client.
 *
 * <p>The generator's {@code JSON} classes keep their Gson in a static field, so this is global by their
 * design, not ours: it runs once per class loader (from {@link AtlassianClients}) and is idempotent.
 */
final class GeneratedJson {

  private GeneratedJson() {}

  private static final class Once {
    static {
      install(io.github.atlassianmcp.client.jira.platform.invoker.JSON::getGson,
          io.github.atlassianmcp.client.jira.platform.invoker.JSON::setGson);
      install(io.github.atlassianmcp.client.jira.software.invoker.JSON::getGson,
          io.github.atlassianmcp.client.jira.software.invoker.JSON::setGson);
      install(io.github.atlassianmcp.client.confluence.v1.invoker.JSON::getGson,
          io.github.atlassianmcp.client.confluence.v1.invoker.JSON::setGson);
      install(io.github.atlassianmcp.client.confluence.v2.invoker.JSON::getGson,
          io.github.atlassianmcp.client.confluence.v2.invoker.JSON::setGson);
      install(io.github.atlassianmcp.client.servicedesk.invoker.JSON::getGson,
          io.github.atlassianmcp.client.servicedesk.invoker.JSON::setGson);
    }

    static void touch() {
      // loading the class ran the installation
    }
  }

  /** Makes sure every generated client parses and writes Atlassian's date-times. */
  static void ensureInstalled() {
    Once.touch();
  }

  private static void install(Supplier<Gson> current, Consumer<Gson> replace) {
    // A later registration wins in Gson, so this overrides the generated OffsetDateTime adapter while
    // keeping every model's type adapter factory.
    replace.accept(current.get().newBuilder()
        .registerTypeAdapter(OffsetDateTime.class, new AtlassianDateTimeAdapter().nullSafe())
        .create());
  }
}
