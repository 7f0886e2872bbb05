package io.github.atlassianmcp.auth;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Picks the site the tools work on from those an OAuth sign-in was granted (accessible-resources). */
public final class SiteSelection {

  private SiteSelection() {}

  /**
   * The entry whose URL is the wanted site; with none wanted, the only site there is.
   *
   * @throws SignInException listing the sites when there is no such entry, or when several sites leave the choice
   *     open
   */
  public static AtlassianSite choose(Collection<AtlassianSite> granted, Optional<URI> wanted) {
    // accessible-resources may list one site once per product: the cloudId identifies it
    Map<String, AtlassianSite> sites = new LinkedHashMap<>();
    granted.forEach(site -> sites.putIfAbsent(site.cloudId(), site));
    List<AtlassianSite> distinct = List.copyOf(sites.values());
    if (wanted.isPresent()) {
      return distinct.stream().filter(site -> sameSite(site.url(), wanted.get())).findFirst()
          .orElseThrow(() -> new SignInException(distinct.isEmpty()
              ? "The sign-in granted access to no Atlassian site, so ATLASSIAN_SITE_URL=" + wanted.get()
                  + " cannot be used. Sign in again and choose that site on Atlassian's consent page."
              : "ATLASSIAN_SITE_URL=" + wanted.get() + " is not among the sites this sign-in can reach: "
                  + list(distinct) + ". Fix ATLASSIAN_SITE_URL, or sign in again and choose that site on "
                  + "Atlassian's consent page."));
    }
    if (distinct.size() == 1) {
      return distinct.get(0);
    }
    if (distinct.isEmpty()) {
      throw new SignInException("The sign-in granted access to no Atlassian site. Sign in again and choose a site "
          + "on Atlassian's consent page.");
    }
    throw new SignInException("This sign-in can reach several Atlassian sites: " + list(distinct)
        + ". Set ATLASSIAN_SITE_URL to the one the tools should use, then sign in again.");
  }

  /** Whether a site URL from Atlassian and a configured one name the same site (scheme and host, any case). */
  public static boolean sameSite(String siteUrl, URI configured) {
    return normalized(siteUrl).equals(normalized(configured.toString()));
  }

  private static String normalized(String url) {
    String u = url.trim().toLowerCase(Locale.ROOT);
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    return u;
  }

  private static String list(List<AtlassianSite> sites) {
    return sites.stream()
        .map(s -> s.url() + (s.name().isEmpty() ? "" : " (" + s.name() + ")"))
        .collect(Collectors.joining(", "));
  }
}
