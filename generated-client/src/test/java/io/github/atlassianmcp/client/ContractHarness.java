package io.github.atlassianmcp.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.atlassianmcp.testing.SpecValidator;
import io.github.atlassianmcp.testing.WireMockSpecCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A WireMock server standing in for an Atlassian site, whose canned responses and received requests are both
 * checked against the official specs: a response fixture that drifts from the spec fails when it is stubbed,
 * a request the generated client sends wrongly fails in {@link #assertRequestsMatchSpec()}.
 */
final class ContractHarness implements AutoCloseable {

  private final WireMockServer server;
  private final SpecValidator validator;
  private final AtlassianClients clients;

  ContractHarness(SpecValidator validator) {
    this.validator = validator;
    this.server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    server.start();
    this.clients = AtlassianClients.builder()
        .site("http://127.0.0.1:" + server.port())
        .apiToken("ada@example.com", "api-token-for-tests")
        .build();
  }

  AtlassianClients clients() {
    return clients;
  }

  WireMockServer server() {
    return server;
  }

  /** Answers {@code method path} with a fixture from {@code src/test/resources/contract/}, after checking it. */
  void stub(String method, String path, int status, String fixture) {
    String body = fixture == null ? "" : read(fixture);
    List<String> problems = validator.responseProblems(method, path, status, "application/json", body);
    if (!problems.isEmpty()) {
      throw new AssertionError("Fixture " + fixture + " does not match the spec for " + method + " " + path
          + ":\n  " + String.join("\n  ", problems));
    }
    server.stubFor(request(method, urlPathEqualTo(path)).willReturn(aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json;charset=UTF-8")
        .withBody(body)));
  }

  /** Answers {@code method path} with a body that is not checked against the spec (forward-compatibility tests). */
  void stubRaw(String method, String path, String body) {
    server.stubFor(request(method, urlPathEqualTo(path)).willReturn(aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(body)));
  }

  void assertRequestsMatchSpec() {
    new WireMockSpecCheck(validator).assertAllRequestsMatchSpec(server);
  }

  static String read(String fixture) {
    try (InputStream in = ContractHarness.class.getResourceAsStream("/contract/" + fixture)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture contract/" + fixture);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
