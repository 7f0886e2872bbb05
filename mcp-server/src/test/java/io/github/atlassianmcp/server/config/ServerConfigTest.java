package io.github.atlassianmcp.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.auth.AuthMode;
import io.github.atlassianmcp.auth.OAuthClient;
import java.net.URI;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerConfigTest {

  private static final Path USER_HOME = Path.of("/home/ada");
  private static final String SECRET = "s3cr3t-client-secret-value";
  private static final String API_TOKEN = "ATATT3xFfGF0-api-token-value";

  private static ServerConfig read(Map<String, String> env) {
    return ServerConfig.fromEnvironment(env, USER_HOME);
  }

  private static ConfigException refused(Map<String, String> env) {
    return assertThrows(ConfigException.class, () -> read(env));
  }

  private static Map<String, String> env(String... pairs) {
    Map<String, String> env = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  @Test
  void defaultsFollowTheIssueTable() {
    ServerConfig config = read(Map.of());

    assertEquals(URI.create("http://localhost:8080/callback"), config.redirectUri());
    assertEquals(URI.create("https://auth.atlassian.com"), config.authUrl());
    assertEquals(URI.create("https://api.atlassian.com"), config.apiUrl());
    assertEquals(USER_HOME.resolve(".atlassian-mcp"), config.home());
    assertEquals(USER_HOME.resolve(".atlassian-mcp/credentials.json"), config.credentialsFile());
    assertEquals(Optional.empty(), config.siteUrl());
    assertEquals(Optional.empty(), config.browser());
    assertFalse(config.readOnly());
    assertEquals(EnumSet.of(Toolset.JIRA, Toolset.CONFLUENCE), config.toolsets());
    assertEquals(AuthMode.NOT_CONFIGURED, config.authMode());
  }

  @Test
  void readsEveryVariable() {
    ServerConfig config = read(env(
        "ATLASSIAN_SITE_URL", "https://acme.atlassian.net/",
        "ATLASSIAN_CLIENT_ID", "client-id",
        "ATLASSIAN_CLIENT_SECRET", SECRET,
        "ATLASSIAN_OAUTH_REDIRECT_URI", "http://127.0.0.1:9123/cb",
        "ATLASSIAN_AUTH_URL", "http://localhost:1234/",
        "ATLASSIAN_API_URL", "http://[::1]:1235",
        "ATLASSIAN_MCP_HOME", "/var/lib/mcp",
        "BROWSER", "firefox:chromium",
        "ATLASSIAN_READ_ONLY", "TRUE",
        "ATLASSIAN_TOOLSETS", " Jira , servicedesk "));

    assertEquals(Optional.of(URI.create("https://acme.atlassian.net")), config.siteUrl());
    assertEquals(new OAuthClient("client-id", SECRET), config.oauthClient().orElseThrow());
    assertEquals(URI.create("http://127.0.0.1:9123/cb"), config.redirectUri());
    assertEquals(URI.create("http://localhost:1234"), config.authUrl());
    assertEquals(URI.create("http://[::1]:1235"), config.apiUrl());
    assertEquals(Path.of("/var/lib/mcp"), config.home());
    assertEquals(Optional.of("firefox:chromium"), config.browser());
    assertTrue(config.readOnly());
    assertEquals(EnumSet.of(Toolset.JIRA, Toolset.SERVICEDESK), config.toolsets());
    assertEquals(AuthMode.OAUTH, config.authMode());
  }

  @Test
  void blankValuesCountAsUnset() {
    ServerConfig config = read(env("ATLASSIAN_SITE_URL", "  ", "ATLASSIAN_CLIENT_ID", "", "ATLASSIAN_CLIENT_SECRET", "",
        "ATLASSIAN_AUTH_URL", ""));
    assertEquals(Optional.empty(), config.siteUrl());
    assertEquals(AuthMode.NOT_CONFIGURED, config.authMode());
    assertEquals(URI.create("https://auth.atlassian.com"), config.authUrl());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ATLASSIAN_SITE_URL", "ATLASSIAN_AUTH_URL", "ATLASSIAN_API_URL"})
  void plainHttpToANonLoopbackHostIsRefused(String variable) {
    ConfigException e = refused(env(variable, "http://acme.atlassian.net"));
    assertEquals(variable, e.variable());
    assertTrue(e.getMessage().startsWith(variable + " uses plain http"), e.getMessage());
    assertTrue(e.getMessage().contains("https://acme.atlassian.net"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:8080", "http://127.0.0.1:8080", "http://127.1.2.3", "http://[::1]:9"})
  void plainHttpToLoopbackIsAccepted(String url) {
    ServerConfig config = read(env("ATLASSIAN_API_URL", url));
    assertEquals(URI.create(url), config.apiUrl());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost.example.com", "http://127.0.0.1.nip.io", "http://10.0.0.1",
      "http://[::2]"})
  void namesAndAddressesThatOnlyLookLocalAreNotLoopback(String url) {
    assertEquals("ATLASSIAN_AUTH_URL", refused(env("ATLASSIAN_AUTH_URL", url)).variable());
  }

  @ParameterizedTest
  @ValueSource(strings = {"acme.atlassian.net", "https://", "ht tp://x", "ftp://acme.atlassian.net", "https://acme.atlassian.net?x=1"})
  void aMalformedUrlNamesTheVariableAndTheExpectedShape(String url) {
    ConfigException e = refused(env("ATLASSIAN_SITE_URL", url));
    assertEquals("ATLASSIAN_SITE_URL", e.variable());
    assertTrue(e.getMessage().startsWith("ATLASSIAN_SITE_URL"), e.getMessage());
  }

  @Test
  void theSiteUrlIsJustTheSite() {
    ConfigException e = refused(env("ATLASSIAN_SITE_URL", "https://acme.atlassian.net/jira/your-work"));
    assertTrue(e.getMessage().contains("https://acme.atlassian.net, without a path"), e.getMessage());
  }

  @Test
  void aUrlWithAPasswordIsRefusedWithoutRepeatingIt() {
    ConfigException e = refused(env("ATLASSIAN_SITE_URL", "https://ada:hunter2@acme.atlassian.net"));
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://localhost:8080/callback", "http://example.com/callback", "localhost:8080"})
  void theRedirectUriMustBeHttpOnLoopback(String uri) {
    ConfigException e = refused(env("ATLASSIAN_OAUTH_REDIRECT_URI", uri));
    assertEquals("ATLASSIAN_OAUTH_REDIRECT_URI", e.variable());
  }

  @Test
  void aClientIdWithoutItsSecretNamesTheMissingOne() {
    ConfigException e = refused(env("ATLASSIAN_CLIENT_ID", "id"));
    assertEquals("ATLASSIAN_CLIENT_SECRET", e.variable());
    assertTrue(e.getMessage().contains("ATLASSIAN_CLIENT_ID is set but ATLASSIAN_CLIENT_SECRET is not"),
        e.getMessage());
  }

  @Test
  void anApiTokenWithoutItsEmailNamesTheMissingOneAndHidesTheToken() {
    ConfigException e = refused(env("ATLASSIAN_API_TOKEN", API_TOKEN, "ATLASSIAN_SITE_URL", "https://a.atlassian.net"));
    assertEquals("ATLASSIAN_EMAIL", e.variable());
    assertFalse(e.getMessage().contains(API_TOKEN));
  }

  @Test
  void apiTokenModeNeedsTheSite() {
    ConfigException e = refused(env("ATLASSIAN_EMAIL", "ada@example.com", "ATLASSIAN_API_TOKEN", API_TOKEN));
    assertEquals("ATLASSIAN_SITE_URL", e.variable());
  }

  @Test
  void apiTokenModeWinsOverOAuthWhenBothAreSet() {
    ServerConfig config = read(env("ATLASSIAN_EMAIL", "ada@example.com", "ATLASSIAN_API_TOKEN", API_TOKEN,
        "ATLASSIAN_SITE_URL", "https://acme.atlassian.net", "ATLASSIAN_CLIENT_ID", "id",
        "ATLASSIAN_CLIENT_SECRET", SECRET));
    assertEquals(AuthMode.API_TOKEN, config.authMode());
    assertEquals(new ApiTokenCredentials("ada@example.com", API_TOKEN), config.apiToken().orElseThrow());
  }

  @Test
  void secretsNeverAppearInToString() {
    ServerConfig config = read(env("ATLASSIAN_EMAIL", "ada@example.com", "ATLASSIAN_API_TOKEN", API_TOKEN,
        "ATLASSIAN_SITE_URL", "https://acme.atlassian.net", "ATLASSIAN_CLIENT_ID", "id",
        "ATLASSIAN_CLIENT_SECRET", SECRET));
    String text = config.toString();
    assertFalse(text.contains(SECRET), text);
    assertFalse(text.contains(API_TOKEN), text);
    assertTrue(text.contains("ada@example.com") && text.contains("clientId=id"), text);
  }

  @Test
  void theHomeFolderExpandsTildeAndMustBeAbsolute() {
    assertEquals(USER_HOME.resolve("mcp"), read(env("ATLASSIAN_MCP_HOME", "~/mcp")).home());
    ConfigException e = refused(env("ATLASSIAN_MCP_HOME", "relative/folder"));
    assertEquals("ATLASSIAN_MCP_HOME", e.variable());
    assertTrue(e.getMessage().contains("absolute"), e.getMessage());
  }

  @Test
  void readOnlyMustBeABoolean() {
    assertFalse(read(env("ATLASSIAN_READ_ONLY", "no")).readOnly());
    assertTrue(read(env("ATLASSIAN_READ_ONLY", "1")).readOnly());
    ConfigException e = refused(env("ATLASSIAN_READ_ONLY", "maybe"));
    assertEquals("ATLASSIAN_READ_ONLY", e.variable());
    assertTrue(e.getMessage().contains("true or false"), e.getMessage());
  }

  @Test
  void anUnknownToolsetIsNamedWithTheValidOnes() {
    ConfigException e = refused(env("ATLASSIAN_TOOLSETS", "jira,bitbucket"));
    assertEquals("ATLASSIAN_TOOLSETS", e.variable());
    assertTrue(e.getMessage().contains("'bitbucket'")
        && e.getMessage().contains("jira, jira_agile, confluence, attachments, servicedesk"),
        e.getMessage());
    assertEquals("ATLASSIAN_TOOLSETS", refused(env("ATLASSIAN_TOOLSETS", " , ")).variable());
    assertEquals(EnumSet.allOf(Toolset.class), read(env("ATLASSIAN_TOOLSETS", "all")).toolsets());
    assertEquals(EnumSet.of(Toolset.JIRA, Toolset.JIRA_AGILE),
        read(env("ATLASSIAN_TOOLSETS", "jira, Jira_Agile")).toolsets());
  }
}
