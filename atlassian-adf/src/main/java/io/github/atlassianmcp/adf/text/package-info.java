/**
 * Cleaning of untrusted text (invisible and bidirectional control characters) that the converters and the MCP
 * server share. Public for that reuse; not a stable API of the SDK.
 */
package io.github.atlassianmcp.adf.text;
