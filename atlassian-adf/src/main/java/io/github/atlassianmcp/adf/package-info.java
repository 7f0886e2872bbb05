/**
 * Atlassian Document Format: {@link io.github.atlassianmcp.adf.Adf} (the typed builder and the conversions),
 * {@link io.github.atlassianmcp.adf.AdfDocument}, and the converters {@link io.github.atlassianmcp.adf.MarkdownToAdf},
 * {@link io.github.atlassianmcp.adf.AdfToMarkdown} and {@link io.github.atlassianmcp.adf.AdfToText}.
 */
package io.github.atlassianmcp.adf;
