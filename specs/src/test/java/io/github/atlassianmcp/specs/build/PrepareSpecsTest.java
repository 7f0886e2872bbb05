package io.github.atlassianmcp.specs.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build step end to end on a small spec: the official copy under its shared name, corrections for what tests
 * validate against, adaptations for the generator only, and our fallback when the official file is missing.
 */
class PrepareSpecsTest {

  /** Two operations with one id, as Atlassian's JSM file has eight times over. */
  private static final String OFFICIAL = """
      {"openapi": "3.0.1", "info": {"title": "Desk", "version": "9"}, "paths": {
        "/a": {"get": {"operationId": "getThing", "security": [{"OAuth2": ["read:a"]}], "responses": {}}},
        "/b": {"get": {"operationId": "getThing", "security": [{"OAuth2": ["read:b"]}], "responses": {}}},
        "/old": {"get": {"operationId": "getOld", "deprecated": true, "responses": {}}}}}""";
  private static final String OURS = """
      {"openapi": "3.0.1", "info": {"title": "Our desk", "version": "ours"}, "paths": {
        "/a": {"get": {"operationId": "getThing", "responses": {}}},
        "/old": {"get": {"operationId": "getOld", "responses": {}}}}}""";
  private static final String OVERLAY = """
      {"overlay": "1.0.0", "info": {"title": "fixes", "version": "1"}, "actions": [
        {"target": "$.paths['/b'].get", "x-corrects-published-spec": true, "description": "repeated id",
         "update": {"operationId": "getOtherThing"}},
        {"target": "$.paths['/old']", "description": "not generated", "remove": true}]}""";
  private static final String MANIFEST = """
      {"specs": [{"file": "desk.json", "shared": "desk.official.json", "url": "http://127.0.0.1:9/desk.json",
        "builtAgainst": "9", "product": "jira", "fallback": "desk.json"}]}""";

  @TempDir
  Path dir;

  @Test
  void theOfficialFileIsCorrectedForTestsAndAdaptedForTheGenerator() throws Exception {
    Path shared = Files.createDirectories(dir.resolve("shared"));
    Files.writeString(shared.resolve("desk.official.json"), OFFICIAL);

    String log = prepare(shared);

    JsonObject corrected = read("out/corrected/desk.json");
    assertEquals("getOtherThing", operationId(corrected, "/b"));
    assertTrue(corrected.getAsJsonObject("paths").has("/old"), "adaptations are not for the tests");
    JsonObject patched = read("out/patched/desk.json");
    assertEquals("getOtherThing", operationId(patched, "/b"));
    assertFalse(patched.getAsJsonObject("paths").has("/old"));
    assertEquals(OFFICIAL, Files.readString(dir.resolve("out/official/desk.json")), "as obtained");
    String index = Files.readString(dir.resolve("resources/operations.tsv"));
    assertTrue(index.contains("\tGET\t/b\tgetOtherThing\tfalse\tread:b"), index);
    assertTrue(index.contains("\tGET\t/old\tgetOld\ttrue\t"), index);
    assertTrue(log.contains("desk.json: Desk 9, copied from " + shared.resolve("desk.official.json")), log);
  }

  @Test
  void withoutTheOfficialFileOurFallbackIsUsedAndSaidSoWithoutTheCorrections() throws Exception {
    String log = prepare(Files.createDirectories(dir.resolve("empty")));

    assertTrue(log.contains("desk.json: WARNING: Our desk ours, our own subset document"), log);
    assertTrue(log.contains("the official file desk.official.json is not in"), log);
    assertEquals("getThing", operationId(read("out/corrected/desk.json"), "/a"));
    assertFalse(read("out/patched/desk.json").getAsJsonObject("paths").has("/old"), "adaptations still apply");
    // A second build with the same inputs says again which document it uses.
    assertTrue(prepare(dir.resolve("empty")).contains("WARNING: Our desk ours"));
  }

  private String prepare(Path shared) throws Exception {
    Path ours = Files.createDirectories(dir.resolve("ours"));
    Files.writeString(ours.resolve("desk.json"), OURS);
    Path overlays = Files.createDirectories(dir.resolve("overlays"));
    Files.writeString(overlays.resolve("desk.overlay.json"), OVERLAY);
    Path manifest = Files.writeString(dir.resolve("manifest.json"), MANIFEST);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      PrepareSpecs.main(new String[] {"--manifest=" + manifest, "--ours=" + ours, "--overlays=" + overlays,
          "--shared=" + shared, "--out=" + dir.resolve("out"), "--resources=" + dir.resolve("resources"),
          "--offline=true"});
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private JsonObject read(String path) throws IOException {
    return JsonParser.parseString(Files.readString(dir.resolve(path))).getAsJsonObject();
  }

  private static String operationId(JsonObject spec, String path) {
    return spec.getAsJsonObject("paths").getAsJsonObject(path).getAsJsonObject("get").get("operationId")
        .getAsString();
  }
}
