package io.github.atlassianmcp.sandbox.servicedesk;

import static io.github.atlassianmcp.sandbox.SpecCheck.assertMatchesSpec;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import io.github.atlassianmcp.sandbox.SandboxTest;
import io.github.atlassianmcp.sandbox.SandboxUser;
import io.github.atlassianmcp.sandbox.TestHttp;
import io.github.atlassianmcp.sandbox.seed.SeedUsers;
import io.github.atlassianmcp.testing.SpecValidator;
import java.util.HashSet;
import java.util.Set;

/**
 * A service desk test: calls as Morgan (an agent, through the gateway) or as anyone else on the site with their
 * own API token, as a customer calls JSM.
 */
abstract class ServiceDeskSandboxTest extends SandboxTest {

  /** A person calling the site's JSM API with their email and API token. */
  final class Person {
    private final SandboxUser user;

    Person(SandboxUser user) {
      this.user = user;
    }

    SandboxUser user() {
      return user;
    }

    TestHttp.Answer get(String path) {
      return fx.http.get(site(path), "Authorization", auth());
    }

    TestHttp.Answer post(String path, String json) {
      return fx.http.postJson(site(path), json, "Authorization", auth());
    }

    private String auth() {
      return TestHttp.basic(user.email(), user.apiToken());
    }

    private String site(String path) {
      return fx.site("/rest/servicedeskapi" + path);
    }
  }

  /** A JSM URL through the gateway, for Morgan (the signed-in agent). */
  String jsm(String path) {
    return fx.jira("/rest/servicedeskapi" + path);
  }

  Person as(String accountId) {
    return new Person(fx.sandbox.users().stream().filter(user -> user.accountId().equals(accountId))
        .findFirst().orElseThrow());
  }

  Person sam() {
    return as(SeedUsers.CUSTOMER_SAM);
  }

  Person lee() {
    return as(SeedUsers.CUSTOMER_LEE);
  }

  /** Raises a request as Morgan and returns its key; fails unless JSM answers 201. */
  String raise(SpecValidator spec, String body) {
    TestHttp.Answer created = assertMatchesSpec(spec, fx.post(jsm("/request"), body));
    assertEquals(201, created.status(), created.toString());
    return created.json().getAsJsonObject().get("issueKey").getAsString();
  }

  static Set<String> keys(TestHttp.Answer answer) {
    Set<String> keys = new HashSet<>();
    answer.json().getAsJsonObject().getAsJsonArray("values")
        .forEach(v -> keys.add(v.getAsJsonObject().get("issueKey").getAsString()));
    return keys;
  }

  static String errorMessage(TestHttp.Answer answer) {
    JsonObject body = answer.json().getAsJsonObject();
    return body.get("errorMessage").getAsString();
  }
}
