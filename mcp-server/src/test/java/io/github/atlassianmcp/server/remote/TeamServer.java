package io.github.atlassianmcp.server.remote;

import io.github.atlassianmcp.sandbox.AtlassianSandbox;
import io.github.atlassianmcp.server.ServerAssembly;
import io.github.atlassianmcp.server.config.RemoteConfig;
import io.github.atlassianmcp.server.config.ServerConfig;
import io.github.atlassianmcp.server.remote.store.TokenCipher;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The team deployment of the tests: replicas of {@code serve --http} on their own ports, one database, one
 * sign-in provider, the sandbox as Atlassian. They share one public URL (the first replica's address, standing for
 * the load balancer's); tests send each request to the replica they choose.
 */
final class TeamServer implements AutoCloseable {

  private final AtlassianSandbox sandbox;
  private final StandInOidcProvider provider;
  private final String databaseUrl;
  private final String databaseUser;
  private final String keyset;
  private final Path home;
  private final int[] ports;
  private final String publicUrl;
  private final List<RemoteServer> replicas = new ArrayList<>();

  TeamServer(AtlassianSandbox sandbox, StandInOidcProvider provider, String databaseUrl, String databaseUser,
      int replicaCount) throws IOException {
    this(sandbox, provider, databaseUrl, databaseUser, replicaCount, null);
  }

  /** @param publicUrl what clients reach (a proxy in front); null: the first replica's address */
  TeamServer(AtlassianSandbox sandbox, StandInOidcProvider provider, String databaseUrl, String databaseUser,
      int replicaCount, String publicUrl) throws IOException {
    this.sandbox = sandbox;
    this.provider = provider;
    this.databaseUrl = databaseUrl;
    this.databaseUser = databaseUser;
    this.keyset = TokenCipher.newKeysetJson();
    this.home = Files.createTempDirectory("atlassian-mcp-team-");
    this.ports = new int[replicaCount];
    for (int i = 0; i < replicaCount; i++) {
      ports[i] = freePort();
    }
    this.publicUrl = publicUrl != null ? publicUrl : "http://127.0.0.1:" + ports[0];
    start();
  }

  /** Starts every replica (again, after {@link #stopReplicas}), on the same ports. */
  void start() {
    for (int i = 0; i < ports.length; i++) {
      Map<String, String> env = environment(i);
      ServerConfig config = ServerConfig.fromEnvironment(env);
      RemoteConfig remote = RemoteConfig.from(env, Map.of(), config.home());
      replicas.add(RemoteServer.start(ServerAssembly.builder(config).build(), remote, keyset, Clock.systemUTC()));
    }
  }

  void stopReplicas() {
    replicas.forEach(RemoteServer::close);
    replicas.clear();
  }

  Map<String, String> environment(int replica) {
    Map<String, String> env = new HashMap<>();
    env.put(ServerConfig.CLIENT_ID, sandbox.oauthApp().clientId());
    env.put(ServerConfig.CLIENT_SECRET, sandbox.oauthApp().clientSecret());
    env.put(ServerConfig.AUTH_URL, sandbox.authUrl());
    env.put(ServerConfig.API_URL, sandbox.apiUrl());
    // With the embedded database the replicas share a home (H2 allows one process; these share one JVM).
    env.put(ServerConfig.MCP_HOME, home.resolve(databaseUrl == null ? "shared" : "replica-" + replica).toString());
    env.put(RemoteConfig.PORT, String.valueOf(ports[replica]));
    env.put(RemoteConfig.PUBLIC_URL, publicUrl());
    env.put(RemoteConfig.OIDC_ISSUER, provider.issuer());
    env.put(RemoteConfig.OIDC_CLIENT_ID, StandInOidcProvider.CLIENT_ID);
    env.put(RemoteConfig.OIDC_CLIENT_SECRET, StandInOidcProvider.CLIENT_SECRET);
    if (databaseUrl != null) {
      env.put(RemoteConfig.DB_URL, databaseUrl); // else the embedded H2 file under the home folder
    }
    if (databaseUser != null) {
      env.put(RemoteConfig.DB_USER, databaseUser);
    }
    env.put(RemoteConfig.KEYSET, keyset);
    return env;
  }

  String publicUrl() {
    return publicUrl;
  }

  /** The MCP endpoint: what tokens are issued for. */
  String resource() {
    return publicUrl() + "/mcp";
  }

  int port(int replica) {
    return ports[replica];
  }

  int replicas() {
    return ports.length;
  }

  String keyset() {
    return keyset;
  }

  @Override
  public void close() throws IOException {
    stopReplicas();
    try (var files = Files.walk(home)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
