package io.github.atlassianmcp.sandbox.jira;

import java.time.LocalDate;

/** A project version (a release), which issues name as fix or affected versions. Dates may be null. */
public record Version(String id, String projectKey, String name, String description, boolean released,
    boolean archived, LocalDate startDate, LocalDate releaseDate) {}
