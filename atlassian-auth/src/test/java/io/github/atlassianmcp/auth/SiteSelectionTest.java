package io.github.atlassianmcp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteSelectionTest {

  private static final AtlassianSite ACME = new AtlassianSite("c-1", "https://acme.atlassian.net", "Acme");
  private static final AtlassianSite BETA = new AtlassianSite("c-2", "https://beta.atlassian.net", "Beta");

  @Test
  void theConfiguredSiteIsPickedWhateverTheCaseOrTrailingSlash() {
    assertEquals(BETA, SiteSelection.choose(List.of(ACME, BETA), Optional.of(URI.create("https://BETA.atlassian.net/"))));
  }

  @Test
  void withoutAConfiguredSiteTheOnlyOneIsPicked() {
    // Atlassian lists a site once per product: still one site
    AtlassianSite acmeAgain = new AtlassianSite("c-1", "https://acme.atlassian.net", "Acme");
    assertEquals(ACME, SiteSelection.choose(List.of(ACME, acmeAgain), Optional.empty()));
  }

  @Test
  void severalSitesWithoutAConfiguredOneAreListed() {
    SignInException e = assertThrows(SignInException.class,
        () -> SiteSelection.choose(List.of(ACME, BETA), Optional.empty()));
    assertEquals("This sign-in can reach several Atlassian sites: https://acme.atlassian.net (Acme), "
        + "https://beta.atlassian.net (Beta). Set ATLASSIAN_SITE_URL to the one the tools should use, then sign in "
        + "again.", e.getMessage());
  }

  @Test
  void aConfiguredSiteThatIsNotGrantedIsNamedWithTheGrantedOnes() {
    SignInException e = assertThrows(SignInException.class,
        () -> SiteSelection.choose(List.of(ACME), Optional.of(URI.create("https://gamma.atlassian.net"))));
    assertTrue(e.getMessage().startsWith("ATLASSIAN_SITE_URL=https://gamma.atlassian.net is not among the sites "
        + "this sign-in can reach: https://acme.atlassian.net (Acme)."), e.getMessage());
  }

  @Test
  void noSiteAtAllSaysSo() {
    SignInException e = assertThrows(SignInException.class, () -> SiteSelection.choose(List.of(), Optional.empty()));
    assertTrue(e.getMessage().startsWith("The sign-in granted access to no Atlassian site."), e.getMessage());
  }
}
