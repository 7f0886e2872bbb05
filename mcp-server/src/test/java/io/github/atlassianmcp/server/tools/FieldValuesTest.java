package io.github.atlassianmcp.server.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldValuesTest {

  @Test
  void valuesAsTheGeneratedClientsHandThemOver() {
    assertEquals(Optional.of("5"), FieldValues.display(5.0));
    assertEquals(Optional.of("2.5"), FieldValues.display(2.5));
    assertEquals(Optional.of("Mia Krystof"), FieldValues.display(Map.of("displayName", "Mia Krystof", "name", "mia")));
    assertEquals(Optional.of("High, Low"), FieldValues.display(List.of(Map.of("value", "High"), "  ", Map.of("value", "Low"))));
    assertEquals(Optional.of("true"), FieldValues.display(true));
    assertEquals(Optional.empty(), FieldValues.display(Map.of("id", "10001")));
    assertEquals(Optional.empty(), FieldValues.display(" "));
    assertEquals(Optional.empty(), FieldValues.name(7));
  }
}
