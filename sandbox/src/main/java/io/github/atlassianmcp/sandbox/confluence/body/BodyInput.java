package io.github.atlassianmcp.sandbox.confluence.body;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.adf.AdfInput;
import io.github.atlassianmcp.sandbox.http.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code body} of a v2 page or comment write, in either shape the API takes
 * ({@code {"representation":"storage","value":...}} or {@code {"storage":{...}}}), and checks it as Confluence
 * does: storage must be well-formed XHTML ("Error parsing xhtml: ..."), atlas_doc_format must be an ADF document
 * serialised as a string and valid against the schema. The other representation is derived, so reads in either
 * format describe the same content. Thread-safe.
 */
public final class BodyInput {

  /** The v2 API refuses bodies over 5 MB with 413. */
  private static final int MAX_BYTES = 5 * 1024 * 1024;

  private final StorageCheck storageCheck = new StorageCheck();
  private final AdfInput adfInput;

  public BodyInput(AdfInput adfInput) {
    this.adfInput = adfInput;
  }

  /** The body, or empty when the request has none. */
  public Optional<Body> read(JsonElement body, BodyContext context) {
    if (body == null || body.isJsonNull()) {
      return Optional.empty();
    }
    if (!body.isJsonObject()) {
      throw new BodyRejected(400, "Invalid message");
    }
    JsonObject object = body.getAsJsonObject();
    String representation;
    JsonObject write;
    if (object.has("representation") || object.has("value")) {
      write = object;
      representation = Json.string(object, "representation").orElse("");
    } else {
      Optional<String> key = List.of("storage", "atlas_doc_format", "wiki").stream().filter(object::has).findFirst();
      if (key.isEmpty()) {
        return Optional.empty();
      }
      JsonElement nested = object.get(key.get());
      if (!nested.isJsonObject()) {
        throw new BodyRejected(400, "Invalid message");
      }
      write = nested.getAsJsonObject();
      representation = Json.string(write, "representation").orElse(key.get());
    }
    JsonElement value = write.get("value");
    if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      // An ADF document sent as an object rather than as a string is the classic mistake; Confluence's answer
      // is just this.
      throw new BodyRejected(400, "Invalid message");
    }
    String text = value.getAsString();
    if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new BodyRejected(413, "Request entity too large: the body is over 5 MB.");
    }
    return Optional.of(switch (representation) {
      case "storage" -> storage(text, context);
      case "atlas_doc_format" -> adf(text, context);
      case "wiki" -> throw new BodyRejected(501, "The Atlassian sandbox does not convert wiki markup: send the body"
          + " as storage or atlas_doc_format.");
      default -> throw new BodyRejected(400, "The body representation must be storage, atlas_doc_format or wiki,"
          + " was '" + representation + "'.");
    });
  }

  private Body storage(String storage, BodyContext context) {
    storageCheck.problem(storage).ifPresent(problem -> {
      throw new BodyRejected(400, problem);
    });
    return new Body(storage, StorageToAdf.convert(storage, context), "storage");
  }

  private Body adf(String text, BodyContext context) {
    JsonElement document = Json.parse(text).orElse(null);
    if (document == null || !document.isJsonObject()) {
      throw new BodyRejected(400, "The atlas_doc_format value is not a JSON document: send the ADF document"
          + " serialised as a string.");
    }
    List<String> problems = adfInput.problems(document);
    if (!problems.isEmpty()) {
      throw new BodyRejected(400, "The atlas_doc_format value is not a valid ADF document: " + problems.get(0));
    }
    JsonObject adf = document.getAsJsonObject();
    return new Body(AdfToStorage.convert(adf, context), adf, "atlas_doc_format");
  }
}
