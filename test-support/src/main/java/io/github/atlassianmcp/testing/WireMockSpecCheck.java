package io.github.atlassianmcp.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.atlassianmcp.specs.ApiOperation;
import io.github.atlassianmcp.specs.AtlassianOperations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every request a WireMock server received against Atlassian's official specs: each must match its
 * operation's parameters and body schema, and no operation may be one the spec marks deprecated.
 */
public final class WireMockSpecCheck {

  private final SpecValidator validator;
  private final AtlassianOperations operations = AtlassianOperations.load();

  public WireMockSpecCheck(SpecValidator validator) {
    this.validator = validator;
  }

  /** One line per violation, naming the request; empty when every request matched the spec. */
  public List<String> violations(WireMockServer server) {
    List<String> violations = new ArrayList<>();
    List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
    java.util.Collections.reverse(events); // WireMock lists the newest first
    for (ServeEvent event : events) {
      LoggedRequest request = event.getRequest();
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (HttpHeader header : request.getHeaders().all()) {
        headers.put(header.key(), header.values());
      }
      String body = request.getBodyAsString();
      String path = AtlassianApi.sitePath(java.net.URI.create(request.getUrl()).getRawPath());
      operations.match(request.getMethod().getName(), path)
          .filter(ApiOperation::deprecated)
          .ifPresent(op -> violations.add(request.getMethod() + " " + request.getUrl() + " -> operation "
              + op.operationId() + " is deprecated in " + op.spec() + "; use its replacement"));
      for (String problem : validator.requestProblems(request.getMethod().getName(), request.getAbsoluteUrl(), headers, body)) {
        violations.add(request.getMethod() + " " + request.getUrl() + " -> " + problem);
      }
    }
    return violations;
  }

  /** Fails with every violation when a request did not match the spec, and when there were no requests. */
  public void assertAllRequestsMatchSpec(WireMockServer server) {
    if (server.getAllServeEvents().isEmpty()) {
      throw new AssertionError("WireMock received no request, so there is nothing to check against the spec");
    }
    List<String> violations = violations(server);
    if (!violations.isEmpty()) {
      throw new AssertionError("Requests that do not match Atlassian's spec:\n  " + String.join("\n  ", violations));
    }
  }
}
