package io.github.atlassianmcp.server.tools.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.atlassianmcp.server.tools.ToolInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorklogInputsTest {

  private final WorklogInputs inputs = new WorklogInputs(
      Clock.fixed(Instant.parse("2024-01-17T10:00:00Z"), ZoneId.of("Europe/Berlin")));

  @Test
  void durationsAreJirasUnits() {
    assertEquals("1h 30m", inputs.timeSpent("1h 30m"));
    assertEquals("1h 30m", inputs.timeSpent("1H30M"));
    assertEquals("2d", inputs.timeSpent(" 2d "));
    assertEquals("1.5h", inputs.timeSpent("1.5h"));
    ToolInputException error = assertThrows(ToolInputException.class, () -> inputs.timeSpent("90 minutes"));
    assertEquals("time_spent must be a Jira duration like \"1h 30m\", \"45m\", \"2d\" or \"1w\" (w weeks, d days,"
        + " h hours, m minutes), got \"90 minutes\".", error.getMessage());
  }

  @Test
  void startedDefaultsToNowAndReadsTheUsualForms() {
    assertEquals(OffsetDateTime.parse("2024-01-17T11:00:00+01:00"), inputs.started(Optional.empty()));
    assertEquals(OffsetDateTime.parse("2024-01-17T09:00:00+11:00"),
        inputs.started(Optional.of("2024-01-17T09:00:00.000+1100")));
    assertEquals(OffsetDateTime.parse("2024-01-16T09:30:00+01:00"), inputs.started(Optional.of("2024-01-16T09:30")));
    assertEquals(OffsetDateTime.parse("2024-01-15T09:00:00+01:00"), inputs.started(Optional.of("2024-01-15")));
  }

  @Test
  void startedCannotBeInTheFutureOrNonsense() {
    assertThrows(ToolInputException.class, () -> inputs.started(Optional.of("2024-02-01")));
    assertEquals("started must be an ISO date-time like 2024-01-17T09:00:00+01:00 (or a date like 2024-01-17), got"
        + " \"yesterday\".", assertThrows(ToolInputException.class,
        () -> inputs.started(Optional.of("yesterday"))).getMessage());
  }
}
