package io.github.atlassianmcp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonParseException;
import io.github.atlassianmcp.client.jira.platform.invoker.JSON;
import io.github.atlassianmcp.client.jira.platform.model.Worklog;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AtlassianDateTimeAdapterTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "2024-01-17T12:34:00.000+1100, 2024-01-17T12:34:00.000+1100",
      "2024-01-17T12:34:00.000+11:00, 2024-01-17T12:34:00.000+1100",
      "2024-01-17T12:34:00+1100, 2024-01-17T12:34:00.000+1100",
      "2024-01-17T12:34:00.000-0530, 2024-01-17T12:34:00.000-0530",
      "2024-01-17T12:34:00.000+0545, 2024-01-17T12:34:00.000+0545",
      "2024-01-17T12:34:00.000-12:00, 2024-01-17T12:34:00.000-1200",
      "2024-01-17T12:34:00.000+1400, 2024-01-17T12:34:00.000+1400",
      "2024-01-17T12:34:00.000+0000, 2024-01-17T12:34:00.000+0000",
      "2024-01-17T12:34:00.000Z, 2024-01-17T12:34:00.000+0000",
      "2024-01-17T12:34:00Z, 2024-01-17T12:34:00.000+0000",
      "2024-01-17T12:34:00.123456Z, 2024-01-17T12:34:00.123+0000",
      "2024-01-17T12:34:00.5+02, 2024-01-17T12:34:00.500+0200"
  })
  void parsesEveryOffsetFormAndWritesJirasForm(String atlassian, String written) {
    OffsetDateTime parsed = AtlassianDateTimeAdapter.parse(atlassian);
    assertEquals(written, AtlassianDateTimeAdapter.format(parsed));
    // Jira's form carries milliseconds: a round trip keeps the instant to the millisecond.
    assertEquals(parsed.truncatedTo(ChronoUnit.MILLIS).toInstant(),
        AtlassianDateTimeAdapter.parse(written).toInstant(), "round trip");
  }

  @Test
  void keepsTheOffsetItWasGiven() {
    OffsetDateTime parsed = AtlassianDateTimeAdapter.parse("2024-01-17T12:34:00.000+1100");
    assertEquals(ZoneOffset.ofHours(11), parsed.getOffset());
    assertEquals(OffsetDateTime.of(2024, 1, 17, 12, 34, 0, 0, ZoneOffset.ofHours(11)), parsed);
  }

  @Test
  void theGeneratedClientsUseIt() {
    AtlassianClients.builder().site("https://your-domain.atlassian.net").build(); // installs the adapter

    Worklog worklog = JSON.getGson().fromJson(
        "{\"id\":\"1\",\"started\":\"2024-01-17T09:00:00.000+1100\",\"created\":\"2024-01-17T09:00:00.000-0330\"}",
        Worklog.class);
    String json = JSON.getGson().toJson(new Worklog().started(worklog.getStarted()));

    assertEquals(ZoneOffset.ofHoursMinutes(-3, -30), worklog.getCreated().getOffset());
    assertEquals("{\"started\":\"2024-01-17T09:00:00.000+1100\"}", json);
  }

  @Test
  void aBrokenDateSaysWhereItIs() {
    AtlassianClients.builder().site("https://your-domain.atlassian.net").build();
    JsonParseException error = assertThrows(JsonParseException.class,
        () -> JSON.getGson().fromJson("{\"started\":\"yesterday\"}", Worklog.class));
    assertEquals("Not a date-time: \"yesterday\" at $.started", error.getMessage());
  }
}
