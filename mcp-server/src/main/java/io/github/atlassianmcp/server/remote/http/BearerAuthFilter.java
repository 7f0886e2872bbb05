package io.github.atlassianmcp.server.remote.http;

import io.github.atlassianmcp.server.remote.RemoteUser;
import io.github.atlassianmcp.server.remote.oidc.BearerTokenVerifier;
import io.github.atlassianmcp.server.tools.ToolInventory;
import io.modelcontextprotocol.json.McpJsonMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OAuth resource server in front of /mcp (MCP authorization): no bearer token, or one the team's provider did not
 * issue for this server, gets 401 with {@code WWW-Authenticate: Bearer resource_metadata="..."} (RFC 9728), so the
 * client can find the provider and sign the user in. A call of a tool that changes data, with a token lacking the
 * write scope, gets 403 {@code insufficient_scope} naming it. The token itself goes nowhere: Atlassian is reached
 * with the user's own linked grant, never with it.
 */
public final class BearerAuthFilter extends HttpFilter {

  private static final Logger LOG = LoggerFactory.getLogger(BearerAuthFilter.class);

  private final BearerTokenVerifier verifier;
  private final ToolInventory inventory;
  private final String writeScope;
  private final String metadataUrl;
  private final int maxRequestBytes;
  private final McpJsonMapper json;

  public BearerAuthFilter(BearerTokenVerifier verifier, ToolInventory inventory, String writeScope,
      String metadataUrl, int maxRequestBytes, McpJsonMapper json) {
    this.verifier = Objects.requireNonNull(verifier, "verifier");
    this.inventory = Objects.requireNonNull(inventory, "inventory");
    this.writeScope = Objects.requireNonNull(writeScope, "writeScope");
    this.metadataUrl = Objects.requireNonNull(metadataUrl, "metadataUrl");
    this.maxRequestBytes = maxRequestBytes;
    this.json = Objects.requireNonNull(json, "json");
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
      challenge(response, 401, "Bearer resource_metadata=\"" + metadataUrl + "\"",
          "Authorization required: send an access token from the team's sign-in provider.");
      return;
    }
    BearerTokenVerifier.Outcome outcome = verifier.verify(header.substring(7).trim());
    if (outcome instanceof BearerTokenVerifier.Outcome.Refused refused) {
      LOG.info("Refused a bearer token: {}", refused.reason());
      challenge(response, 401, "Bearer error=\"invalid_token\", error_description=\""
          + quoted(refused.reason()) + "\", resource_metadata=\"" + metadataUrl + "\"",
          "The access token was refused (" + refused.reason() + "). Sign in again.");
      return;
    }
    RemoteUser user = ((BearerTokenVerifier.Outcome.Accepted) outcome).user();
    HttpServletRequest forwarded = request;
    if ("POST".equals(request.getMethod())) {
      Optional<byte[]> body = readBounded(request.getInputStream());
      if (body.isEmpty()) {
        response.sendError(413, "The request body is larger than " + maxRequestBytes + " bytes.");
        return;
      }
      Optional<String> tool = calledTool(body.get());
      if (tool.isPresent() && changesData(tool.get()) && !user.has(writeScope)) {
        challenge(response, 403, "Bearer error=\"insufficient_scope\", scope=\"" + writeScope
            + "\", resource_metadata=\"" + metadataUrl + "\", error_description=\"" + tool.get()
            + " changes data and needs the scope " + writeScope + "\"",
            tool.get() + " changes data in Atlassian and needs the scope " + writeScope
                + ", which your access token does not have. Sign in again asking for it.");
        return;
      }
      forwarded = new CachedBodyRequest(request, body.get());
    }
    forwarded.setAttribute(RemoteUser.CONTEXT_KEY, user);
    chain.doFilter(forwarded, response);
  }

  private boolean changesData(String name) {
    return !name.equals("authenticate_atlassian") && inventory.find(name)
        .filter(inventory::isEnabled)
        .map(tool -> !tool.definition().hints().readOnly())
        .orElse(false);
  }

  /** The tool a {@code tools/call} request names; empty for anything else (the transport answers those). */
  private Optional<String> calledTool(byte[] body) {
    try {
      Object message = json.readValue(body, Object.class);
      if (message instanceof Map<?, ?> map && "tools/call".equals(map.get("method"))
          && map.get("params") instanceof Map<?, ?> params && params.get("name") instanceof String name) {
        return Optional.of(name);
      }
    } catch (IOException | RuntimeException e) {
      // not JSON: the transport answers with the JSON-RPC error
    }
    return Optional.empty();
  }

  /** The body, or empty when it is longer than the limit. */
  private Optional<byte[]> readBounded(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int read; (read = in.read(buffer)) != -1; ) {
      total += read;
      if (total > maxRequestBytes) {
        return Optional.empty();
      }
      out.write(buffer, 0, read);
    }
    return Optional.of(out.toByteArray());
  }

  private void challenge(HttpServletResponse response, int status, String authenticate, String message)
      throws IOException {
    response.setStatus(status);
    response.setHeader("WWW-Authenticate", authenticate);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", status == 401 ? "invalid_token" : "insufficient_scope");
    body.put("error_description", message);
    response.getOutputStream().write(json.writeValueAsBytes(body));
  }

  private static String quoted(String text) {
    return text.replace("\\", "").replace("\"", "'").replaceAll("[\\r\\n]", " ");
  }

}
