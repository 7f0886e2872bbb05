package io.github.atlassianmcp.examples;

import io.github.atlassianmcp.auth.AtlassianOAuth;
import io.github.atlassianmcp.auth.FileCredentialStore;
import io.github.atlassianmcp.auth.ScopeSet;
import io.github.atlassianmcp.auth.SignInResult;
import io.github.atlassianmcp.client.AtlassianClients;
import io.github.atlassianmcp.client.http.RetryPolicy;
import io.github.atlassianmcp.client.jira.platform.api.MyselfApi;
import io.github.atlassianmcp.client.jira.platform.model.User;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Signs in with OAuth 2.0 (3LO) through the browser once, then calls Jira as that user; later runs reuse the stored
 * sign-in and renew its tokens on their own.
 *
 * <pre>
 * java -cp examples/target/atlassian-examples.jar io.github.atlassianmcp.examples.OAuthSignIn \
 *   CLIENT_ID CLIENT_SECRET https://your-domain.atlassian.net
 * </pre>
 *
 * The OAuth app needs the callback URL {@code http://localhost:8080/callback} and the Jira scopes printed on
 * the first run.
 */
public final class OAuthSignIn {

  private OAuthSignIn() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("Usage: OAuthSignIn CLIENT_ID CLIENT_SECRET SITE_URL");
      System.exit(2);
    }
    AtlassianOAuth oauth = AtlassianOAuth.builder()
        .client(args[0], args[1])
        .scopes(scopes())
        .site(URI.create(args[2]))
        .store(new FileCredentialStore(Path.of(System.getProperty("user.home"), ".atlassian-examples")))
        .clientOptions(clients -> clients.retries(RetryPolicy.standard()))
        .build();
    System.err.println("Scopes: " + oauth.scopes());
    SignInResult result = oauth.signIn(false, System.err::println);
    System.err.println(result.describe(Instant.now()));
    System.out.println(whoAmI(oauth.clients()));
  }

  /** The scopes of the operations this program calls, as Atlassian's specs list them, plus a refresh token's. */
  public static ScopeSet scopes() {
    // Operation ids as Atlassian publishes them (misspelling included); the client names this one
    // searchAndReconcileIssuesUsingJql.
    return ScopeSet.forOperations("jira-platform.v3.json#getCurrentUser", "searchAndReconsileIssuesUsingJqlPost");
  }

  /** "Name <email>" of whoever the clients act for. */
  public static String whoAmI(AtlassianClients atlassian) {
    User me = new MyselfApi(atlassian.jiraPlatform()).getCurrentUser().execute();
    return me.getDisplayName() + " <" + me.getEmailAddress() + ">";
  }
}
