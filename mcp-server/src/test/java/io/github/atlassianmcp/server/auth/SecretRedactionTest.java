package io.github.atlassianmcp.server.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.atlassianmcp.auth.AtlassianSite;
import io.github.atlassianmcp.auth.AtlassianUser;
import io.github.atlassianmcp.auth.IssuedTokens;
import io.github.atlassianmcp.auth.SignInStatus;
import io.github.atlassianmcp.auth.StoredCredentials;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretRedactionTest {

  @Test
  void valuesThatHoldTokensPrintWithoutThem() {
    IssuedTokens tokens = new IssuedTokens("ACCESS-123", Optional.of("REFRESH-456"), Instant.EPOCH, List.of("read:me"));
    StoredCredentials credentials = StoredCredentials.signedIn("client", tokens, List.of("read:me"),
        new AtlassianSite("cloud", "https://acme.atlassian.net", "Acme"), new AtlassianUser("acc", "Ada", "a@b.c"),
        Instant.EPOCH);
    for (String text : List.of(tokens.toString(), credentials.toString(),
        SignInStatus.oauth(credentials, List.of(), Path.of("/x")).describe(Instant.EPOCH),
        SignInStatus.oauth(credentials, List.of(), Path.of("/x")).toString())) {
      assertFalse(text.contains("ACCESS-123") || text.contains("REFRESH-456"), text);
    }
    assertTrue(credentials.toString().contains("accessToken=(hidden)"));
  }

  @Test
  void aSignInWithoutARefreshTokenIsRefused() {
    IssuedTokens tokens = new IssuedTokens("ACCESS-123", Optional.empty(), Instant.EPOCH, List.of());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StoredCredentials.signedIn("client", tokens, List.of(), new AtlassianSite("c", "u", ""),
            new AtlassianUser("a", "", ""), Instant.EPOCH));
    assertTrue(e.getMessage().contains("offline_access"));
  }
}
