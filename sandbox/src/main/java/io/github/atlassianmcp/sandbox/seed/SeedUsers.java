package io.github.atlassianmcp.sandbox.seed;

import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.oauth.RandomTokens;
import io.github.atlassianmcp.sandbox.users.UserDirectory;
import java.util.List;

/**
 * The people of the seeded site. Account IDs are fixed and shaped like Atlassian's (the {@code 712020:} UUID form
 * of newer accounts, the 24-hex form of older ones, the {@code qm:} form of portal-only customers); API tokens
 * are fresh and random for every sandbox, like the secrets they are.
 */
public final class SeedUsers {

  public static final String CURRENT = "712020:5f1c4a3e-8b2d-4c6f-9e1a-3d7b5c9e2f40";
  public static final String PRIYA = "5b10ac8d82e05b22cc7d4ef5";
  public static final String JONAS = "712020:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
  public static final String AMARA = "60e5a1b2c3d4e5f6a7b8c9d0";
  /** Joined after the seeded history (no issues, comments or pages); shares a first name with Morgan Lee. */
  public static final String MORGAN_HALE = "5f0e1d2c3b4a59687a6b5c4d";
  public static final String DIEGO = "712020:0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
  public static final String CUSTOMER_SAM = "qm:6a1f0c2e-7b3d-4e5f-8a9b-0c1d2e3f4a5b:5ad6d3581db05e2a66fa80b1";
  public static final String CUSTOMER_LEE = "qm:6a1f0c2e-7b3d-4e5f-8a9b-0c1d2e3f4a5b:5ad6d3581db05e2a66fa80b2";

  private SeedUsers() {}

  public static UserDirectory create(RandomTokens random) {
    SandboxUser current = user(random, CURRENT, "Morgan Lee", "morgan.lee@example.com", "Europe/London", "atlassian", true);
    return new UserDirectory(current, List.of(
        user(random, PRIYA, "Priya Natarajan", "priya.natarajan@example.com", "Asia/Kolkata", "atlassian", true),
        // Jonas hides his email in his profile: the APIs leave it out and user search does not match it.
        hidden(user(random, JONAS, "Jonas Berg", "jonas.berg@example.com", "Europe/Stockholm", "atlassian", true)),
        user(random, AMARA, "Amara Okafor", "amara.okafor@example.com", "Africa/Lagos", "atlassian", true),
        user(random, DIEGO, "Diego Alvarez", "diego.alvarez@example.com", "America/Mexico_City", "atlassian", false),
        user(random, MORGAN_HALE, "Morgan Hale", "morgan.hale@example.com", "America/Toronto", "atlassian", true),
        user(random, CUSTOMER_SAM, "Sam Customer", "sam@customer.example.org", "America/New_York", "customer", true),
        user(random, CUSTOMER_LEE, "Lee Portal", "lee@customer.example.org", "Australia/Sydney", "customer", true)));
  }

  private static SandboxUser hidden(SandboxUser user) {
    return new SandboxUser(user.accountId(), user.displayName(), user.email(), user.apiToken(), user.timeZone(),
        user.accountType(), user.active(), false);
  }

  private static SandboxUser user(RandomTokens random, String accountId, String name, String email, String zone,
      String type, boolean active) {
    // Shaped like Atlassian API tokens, which begin with ATATT.
    return new SandboxUser(accountId, name, email, "ATATT3xFfGF0" + random.next(36), zone, type, active);
  }
}
