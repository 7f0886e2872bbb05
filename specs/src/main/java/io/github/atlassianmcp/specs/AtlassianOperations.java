package io.github.atlassianmcp.specs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The index of every operation in Atlassian's official specs, with its OAuth scopes, as the build derived
 * it from the spec files (see {@code specs/README.md}). Immutable; load it once and share it.
 */
public final class AtlassianOperations {

  /** Classpath location of the index written by the build. */
  public static final String RESOURCE = "/io/github/atlassianmcp/specs/operations.tsv";

  private final List<ApiOperation> operations;
  /** By spec file and operation id: a server looks up each of its tools' operations at start. */
  private final Map<String, ApiOperation> byId;

  private AtlassianOperations(List<ApiOperation> operations) {
    this.operations = List.copyOf(operations);
    Map<String, ApiOperation> index = new HashMap<>(operations.size() * 2);
    for (ApiOperation op : this.operations) {
      index.putIfAbsent(idKey(op.spec(), op.operationId()), op);
    }
    this.byId = index;
  }

  private static String idKey(String spec, String operationId) {
    return spec + '\n' + operationId;
  }

  /** Loads the index the build put on the classpath. */
  public static AtlassianOperations load() {
    try (InputStream in = AtlassianOperations.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "The operation index " + RESOURCE + " is missing from the classpath: build the specs module.");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the operation index " + RESOURCE, e);
    }
  }

  /** Parses the tab-separated index: spec, product, method, path, operationId, deprecated, scopes. */
  static AtlassianOperations parse(String tsv) {
    List<ApiOperation> result = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new java.io.StringReader(tsv))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != 7) {
          throw new IllegalStateException("Malformed operation index line: " + line);
        }
        List<String> scopes =
            cells[6].isEmpty() ? List.of() : Arrays.asList(cells[6].split(","));
        result.add(new ApiOperation(cells[0], cells[1], cells[2], cells[3], cells[4],
            Boolean.parseBoolean(cells[5]), scopes));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new AtlassianOperations(result);
  }

  public List<ApiOperation> all() {
    return operations;
  }

  /**
   * The operation a request is for: the matching template with the fewest variables, so that
   * {@code /rest/api/3/issue/createmeta} wins over {@code /rest/api/3/issue/{issueIdOrKey}}.
   */
  public Optional<ApiOperation> match(String method, String path) {
    return operations.stream()
        .filter(op -> op.matches(method, path))
        .min(Comparator.comparingInt(ApiOperation::variableCount));
  }

  /** The operation with this id in this spec file. */
  public Optional<ApiOperation> byOperationId(String spec, String operationId) {
    return Optional.ofNullable(byId.get(idKey(spec, operationId)));
  }
}
