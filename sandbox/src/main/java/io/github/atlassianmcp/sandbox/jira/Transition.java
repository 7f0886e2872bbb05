package io.github.atlassianmcp.sandbox.jira;

/** A workflow transition; every transition in the sandbox is global (available from any other status). */
public record Transition(String id, String name, Status to) {}
