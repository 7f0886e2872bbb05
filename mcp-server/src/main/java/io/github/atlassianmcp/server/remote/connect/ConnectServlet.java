package io.github.atlassianmcp.server.remote.connect;

import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import io.github.atlassianmcp.auth.AuthorizationAttempt;
import io.github.atlassianmcp.auth.CodeRedemption;
import io.github.atlassianmcp.auth.SignInException;
import io.github.atlassianmcp.auth.StoredCredentials;
import io.github.atlassianmcp.server.remote.UserSessions;
import io.github.atlassianmcp.server.remote.oidc.BrowserSignIn;
import io.github.atlassianmcp.server.remote.store.ConnectStates;
import io.github.atlassianmcp.server.remote.store.ConnectStates.Kind;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account-linking pages a URL elicitation sends the user to. {@code GET /connect?link=...} signs the browser in
 * with the team's provider; {@code /connect/signed-in} checks it is the same person the link was made for and asks
 * them to confirm (a form with a single-use token); {@code POST /connect/approve} sends them to Atlassian's consent
 * with PKCE; {@code /connect/callback} redeems the code and stores the grant under their subject.
 *
 * <p>Every step's state lives in the shared store, bound to the browser that began (a cookie, compared by hash),
 * and is used once, so any replica can take any step and a link or callback replayed in another browser does
 * nothing. Atlassian's URL is only ever shown to the browser, never to the MCP client.
 */
public final class ConnectServlet extends HttpServlet {

  private static final Logger LOG = LoggerFactory.getLogger(ConnectServlet.class);
  static final String COOKIE = "atlassian_mcp_connect";
  private static final Duration STEP_LIFETIME = Duration.ofMinutes(10);

  /** What the pages need of the server. */
  public record Wiring(ConnectStates states, BrowserSignIn browserSignIn, CodeRedemption redemption,
      UserSessions sessions, URI publicUrl, URI atlassianAuthUrl, String atlassianClientId,
      URI atlassianCallback, List<String> atlassianScopes) {
    public Wiring {
      Objects.requireNonNull(states, "states");
      Objects.requireNonNull(browserSignIn, "browserSignIn");
      Objects.requireNonNull(redemption, "redemption");
      Objects.requireNonNull(sessions, "sessions");
      Objects.requireNonNull(publicUrl, "publicUrl");
      Objects.requireNonNull(atlassianAuthUrl, "atlassianAuthUrl");
      Objects.requireNonNull(atlassianClientId, "atlassianClientId");
      Objects.requireNonNull(atlassianCallback, "atlassianCallback");
      atlassianScopes = List.copyOf(atlassianScopes);
    }
  }

  private final transient Wiring wiring;

  public ConnectServlet(Wiring wiring) {
    this.wiring = Objects.requireNonNull(wiring, "wiring");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
    switch (path) {
      case "/" -> start(request, response);
      case "/signed-in" -> signedIn(request, response);
      case "/callback" -> atlassianCallback(request, response);
      default -> problem(response, 404, "There is no such page.");
    }
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
    if (!path.equals("/approve")) {
      problem(response, 404, "There is no such page.");
      return;
    }
    approve(request, response);
  }

  /** The link from the elicitation: sign the browser in with the team's provider first. */
  private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<ConnectStates.Entry> link = wiring.states().peek(request.getParameter("link"), Kind.LINK);
    if (link.isEmpty()) {
      problem(response, 400, "This link is unknown or has expired. Ask your assistant to use an Atlassian tool"
          + " again: it answers with a new link.");
      return;
    }
    String browser = browserCookie(request).orElseGet(() -> newBrowserCookie(request, response));
    CodeVerifier verifier = new CodeVerifier();
    Nonce nonce = new Nonce();
    String state = wiring.states().create(Kind.OIDC, link.get().subject(), hash(browser),
        Optional.of(verifier.getValue() + " " + nonce.getValue()), STEP_LIFETIME);
    Page.redirect(response, wiring.browserSignIn().authorizationUrl(new State(state), nonce, verifier),
        wiring.atlassianAuthUrl());
  }

  /** Back from the team's provider: the same person as the link's? Then ask them to confirm. */
  private void signedIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<ConnectStates.Entry> step = takeForThisBrowser(request, Kind.OIDC);
    if (step.isEmpty()) {
      problem(response, 400, "This sign-in is unknown, was already used, has expired or began in another browser."
          + " Open the link from your assistant again.");
      return;
    }
    if (request.getParameter("error") != null) {
      problem(response, 400, "The sign-in provider answered " + request.getParameter("error") + ". Open the link"
          + " from your assistant again.");
      return;
    }
    String[] secret = step.get().secret().orElse("").split(" ", 2);
    BrowserSignIn.SignedIn who;
    try {
      who = wiring.browserSignIn().finish(Optional.ofNullable(request.getParameter("code")).orElse(""),
          new CodeVerifier(secret[0]), new Nonce(secret.length > 1 ? secret[1] : ""));
    } catch (IllegalStateException e) {
      problem(response, 400, e.getMessage());
      return;
    }
    if (!who.subject().equals(step.get().subject())) {
      LOG.warn("A link made for one user was opened by another; nothing was linked");
      problem(response, 403, "You signed in as " + who.displayName() + ", but this link was made for another"
          + " person. Sign in as the person using the assistant, or ask the assistant for a new link.");
      return;
    }
    String confirm = wiring.states().create(Kind.CONFIRM, who.subject(), step.get().browser(), Optional.empty(),
        STEP_LIFETIME);
    Page.send(response, 200, "Link your Atlassian account", "<p>Signed in as <strong>"
        + Page.escape(who.displayName()) + "</strong>.</p><p>Your assistant will use Jira, Confluence and Jira Service"
        + " Management as the Atlassian account you approve next.</p>"
        + "<form method=\"post\" action=\"" + Page.escape(wiring.publicUrl() + "/connect/approve") + "\">"
        + "<input type=\"hidden\" name=\"csrf\" value=\"" + Page.escape(confirm) + "\">"
        + "<button type=\"submit\">Continue to Atlassian</button></form>", wiring.atlassianAuthUrl());
  }

  /** The confirmation form: on to Atlassian's consent, with PKCE and a state kept in the store. */
  private void approve(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String origin = request.getHeader("Origin");
    String publicOrigin = wiring.publicUrl().getScheme() + "://" + wiring.publicUrl().getRawAuthority();
    if (origin != null && !origin.equals("null") && !origin.equals(publicOrigin)) {
      problem(response, 403, "This form can only be sent from " + publicOrigin + ".");
      return;
    }
    Optional<ConnectStates.Entry> confirm = Optional.ofNullable(request.getParameter("csrf"))
        .flatMap(token -> takeForThisBrowser(token, request, Kind.CONFIRM));
    if (confirm.isEmpty()) {
      problem(response, 403, "This form is unknown, was already sent, has expired or came from another browser."
          + " Open the link from your assistant again.");
      return;
    }
    CodeVerifier verifier = new CodeVerifier();
    String state = wiring.states().create(Kind.ATLASSIAN, confirm.get().subject(), confirm.get().browser(),
        Optional.of(verifier.getValue()), STEP_LIFETIME);
    Page.redirect(response, AuthorizationAttempt.url(wiring.atlassianAuthUrl(), wiring.atlassianClientId(),
        wiring.atlassianCallback(), wiring.atlassianScopes(), new State(state), verifier), wiring.atlassianAuthUrl());
  }

  /** Back from Atlassian: redeem the code and store the grant under the user's subject. */
  private void atlassianCallback(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<ConnectStates.Entry> step = takeForThisBrowser(request, Kind.ATLASSIAN);
    if (step.isEmpty()) {
      problem(response, 400, "This approval is unknown, was already used, has expired or began in another browser."
          + " Open the link from your assistant again.");
      return;
    }
    if (request.getParameter("error") != null) {
      problem(response, 400, "Atlassian answered " + request.getParameter("error") + " ("
          + Optional.ofNullable(request.getParameter("error_description")).orElse("no description")
          + "). Nothing was linked; open the link from your assistant again to retry.");
      return;
    }
    StoredCredentials credentials;
    try {
      credentials = wiring.redemption().redeem(Optional.ofNullable(request.getParameter("code")).orElse(""),
          wiring.atlassianCallback(), new CodeVerifier(step.get().secret().orElse("")));
    } catch (SignInException e) {
      problem(response, 502, e.getMessage());
      return;
    }
    wiring.sessions().linked(step.get().subject(), credentials);
    LOG.info("Linked an Atlassian account for a user");
    Page.send(response, 200, "Atlassian account linked", "<p>Your assistant now works as <strong>"
        + Page.escape(credentials.user().name() == null ? credentials.user().accountId() : credentials.user().name())
        + "</strong> on <strong>" + Page.escape(credentials.site().url()) + "</strong>.</p><p>You can close this tab"
        + " and go back to your assistant.</p>", wiring.atlassianAuthUrl());
  }

  private Optional<ConnectStates.Entry> takeForThisBrowser(HttpServletRequest request, Kind kind) {
    return Optional.ofNullable(request.getParameter("state"))
        .flatMap(state -> takeForThisBrowser(state, request, kind));
  }

  private Optional<ConnectStates.Entry> takeForThisBrowser(String state, HttpServletRequest request, Kind kind) {
    Optional<ConnectStates.Entry> entry = wiring.states().take(state, kind);
    Optional<String> browser = browserCookie(request).map(ConnectServlet::hash);
    if (entry.isEmpty() || browser.isEmpty() || !MessageDigest.isEqual(
        browser.get().getBytes(StandardCharsets.UTF_8), entry.get().browser().getBytes(StandardCharsets.UTF_8))) {
      return Optional.empty();
    }
    return entry;
  }

  private static Optional<String> browserCookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && cookie.getValue().length() >= 32) {
        return Optional.of(cookie.getValue());
      }
    }
    return Optional.empty();
  }

  private String newBrowserCookie(HttpServletRequest request, HttpServletResponse response) {
    String value = new State(32).getValue();
    Cookie cookie = new Cookie(COOKIE, value);
    cookie.setHttpOnly(true);
    cookie.setSecure("https".equals(wiring.publicUrl().getScheme()));
    cookie.setPath("/connect");
    cookie.setMaxAge((int) Duration.ofHours(1).toSeconds());
    // Lax: sent on the top-level redirects back from the provider and from Atlassian, never on cross-site posts.
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
    return value;
  }

  static String hash(String value) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private void problem(HttpServletResponse response, int status, String message) throws IOException {
    Page.send(response, status, "Linking your Atlassian account did not work", "<p>" + Page.escape(message) + "</p>",
        wiring.atlassianAuthUrl());
  }
}
