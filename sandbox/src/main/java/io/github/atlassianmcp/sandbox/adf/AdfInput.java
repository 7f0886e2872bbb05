package io.github.atlassianmcp.sandbox.adf;

import com.google.gson.JsonElement;
import io.github.atlassianmcp.sandbox.http.Json;
import io.github.atlassianmcp.specs.AdfValidator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks every ADF document the sandbox receives against the official ADF schema, so a client that sends bad ADF
 * is refused as Jira refuses it. The validator is built on first use: loading the schema takes a moment that a
 * sandbox which never receives a document should not pay at start-up.
 */
public final class AdfInput {

  private final Supplier<AdfValidator> validator;

  public AdfInput() {
    this.validator = new Memo<>(AdfValidator::new);
  }

  /** The schema violations of a document; empty when it is valid ADF. */
  public List<String> problems(JsonElement document) {
    return validator.get().problems(Json.write(document));
  }

  public boolean isDocument(JsonElement element) {
    return element != null && element.isJsonObject() && problems(element).isEmpty();
  }

  /** A thread-safe, compute-once supplier. */
  private static final class Memo<T> implements Supplier<T> {
    private final Supplier<T> source;
    private volatile T value;

    Memo(Supplier<T> source) {
      this.source = source;
    }

    @Override
    public T get() {
      T result = value;
      if (result == null) {
        synchronized (this) {
          result = value;
          if (result == null) {
            value = result = source.get();
          }
        }
      }
      return result;
    }
  }
}
