package io.github.atlassianmcp.server.remote;

import io.github.atlassianmcp.server.config.ConfigException;
import io.github.atlassianmcp.server.config.RemoteConfig;
import io.github.atlassianmcp.server.remote.store.TokenCipher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where the token keyset comes from: ATLASSIAN_MCP_KEYSET (the JSON itself, from a secret manager), or
 * ATLASSIAN_MCP_KEYSET_FILE; for the embedded database alone, a keyset made on first start in ATLASSIAN_MCP_HOME
 * (0600), since one machine keeps its database and its key side by side anyway.
 */
public final class TokenKeyset {

  static final String GENERATED_FILE = "token-keyset.json";

  private TokenKeyset() {}

  /** The keyset JSON, checked to be one. */
  public static String resolve(RemoteConfig remote, Path home) {
    String json;
    if (remote.keysetJson().isPresent()) {
      json = remote.keysetJson().get();
    } else if (remote.keysetFile().isPresent()) {
      json = read(remote.keysetFile().get(), RemoteConfig.KEYSET_FILE);
    } else {
      json = generated(home.resolve(GENERATED_FILE));
    }
    try {
      TokenCipher.fromKeysetJson(json);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(RemoteConfig.KEYSET, "The " + e.getMessage() + "; make one with 'java -jar"
          + " atlassian-mcp-server.jar keyset'.");
    }
    return json;
  }

  private static String generated(Path file) {
    if (Files.exists(file)) {
      return read(file, RemoteConfig.KEYSET_FILE);
    }
    try {
      Files.createDirectories(file.getParent());
      String json = TokenCipher.newKeysetJson();
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(file);
      }
      Files.writeString(file, json, StandardCharsets.UTF_8);
      return json;
    } catch (FileAlreadyExistsException e) {
      return read(file, RemoteConfig.KEYSET_FILE); // another process made it first
    } catch (IOException e) {
      throw new ConfigException(RemoteConfig.KEYSET_FILE, "Cannot write a new token keyset to " + file + " ("
          + e.getClass().getSimpleName() + "); set " + RemoteConfig.KEYSET + " or " + RemoteConfig.KEYSET_FILE);
    }
  }

  private static String read(Path file, String variable) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(variable, "Cannot read the token keyset " + file + " (" + e.getClass().getSimpleName()
          + ").");
    }
  }
}
