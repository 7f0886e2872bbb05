/**
 * Markdown writing that the ADF converters share with the MCP server's Confluence storage converter (escaping,
 * inline runs, tables, task-list syntax). Public for that reuse; not a stable API of the SDK.
 */
package io.github.atlassianmcp.adf.markdown;
