package io.github.atlassianmcp.specs.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class OverlayApplierTest {

  private final OverlayApplier applier = new OverlayApplier();

  private static JsonObject json(String text) {
    return JsonParser.parseString(text).getAsJsonObject();
  }

  @Test
  void updatesMergeRecursivelyAndAppendToArrays() {
    JsonObject spec = json("{\"paths\":{\"/a\":{\"get\":{\"tags\":[\"x\"],\"responses\":{\"200\":{\"d\":1}}}}}}");
    applier.apply(spec, json("""
        {"actions":[{"target":"$.paths['/a'].get",
          "update":{"tags":["y"],"responses":{"404":{"d":2}},"deprecated":true}}]}"""), "test");
    assertEquals(json("{\"paths\":{\"/a\":{\"get\":{\"tags\":[\"x\",\"y\"],"
        + "\"responses\":{\"200\":{\"d\":1},\"404\":{\"d\":2}},\"deprecated\":true}}}}"), spec);
  }

  @Test
  void aFilterReachesNestedSchemas() {
    JsonObject spec = json("""
        {"components":{"schemas":{
          "A":{"additionalProperties":false,"properties":{"b":{"type":"object","additionalProperties":false}}},
          "C":{"type":"object"}}}}""");
    applier.apply(spec, json("""
        {"actions":[{"target":"$..[?(@.additionalProperties == false)]","update":{"additionalProperties":true}}]}"""),
        "test");
    JsonObject a = spec.getAsJsonObject("components").getAsJsonObject("schemas").getAsJsonObject("A");
    assertTrue(a.get("additionalProperties").getAsBoolean());
    assertTrue(a.getAsJsonObject("properties").getAsJsonObject("b").get("additionalProperties").getAsBoolean());
  }

  @Test
  void removeDeletesTheTarget() {
    JsonObject spec = json("{\"paths\":{\"/old\":{},\"/new\":{}}}");
    applier.apply(spec, json("{\"actions\":[{\"target\":\"$.paths['/old']\",\"remove\":true}]}"), "test");
    assertEquals(json("{\"paths\":{\"/new\":{}}}"), spec);
  }

  @Test
  void aTargetThatMatchesNothingFailsTheBuild() {
    JsonObject spec = json("{\"paths\":{}}");
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> applier.apply(spec,
        json("{\"actions\":[{\"target\":\"$.paths['/gone']\",\"remove\":true}]}"), "jira.overlay.json"));
    assertEquals("jira.overlay.json, action 1: target $.paths['/gone'] matches nothing; the upstream spec changed,"
        + " review this overlay", error.getMessage());
  }

  @Test
  void anActionWithoutEffectIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> applier.apply(json("{\"a\":{}}"),
        json("{\"actions\":[{\"target\":\"$.a\"}]}"), "test"));
  }

  @Test
  void correctionsAndAdaptationsApplySeparately() {
    JsonObject overlay = json("""
        {"actions":[
          {"target":"$.paths['/b'].get","x-corrects-published-spec":true,"update":{"operationId":"getB"}},
          {"target":"$.paths['/a']","remove":true}]}""");
    JsonObject spec = json("{\"paths\":{\"/a\":{},\"/b\":{\"get\":{\"operationId\":\"getA\"}}}}");

    assertEquals(1, applier.applyCorrections(spec, overlay, "test"));
    assertEquals(json("{\"paths\":{\"/a\":{},\"/b\":{\"get\":{\"operationId\":\"getB\"}}}}"), spec);
    assertEquals(1, applier.applyAdaptations(spec, overlay, "test"));
    assertEquals(json("{\"paths\":{\"/b\":{\"get\":{\"operationId\":\"getB\"}}}}"), spec);
  }
}
