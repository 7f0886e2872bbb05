package io.github.atlassianmcp.server.remote.store;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;

/**
 * Encrypts the tokens of the shared store with Google Tink's AEAD (AES-256-GCM keysets; rotation is Tink's: add a
 * key, make it primary, old rows still decrypt). The associated data binds each ciphertext to its row's subject
 * and column, so a ciphertext copied into another user's row, or from the refresh column into the access column,
 * does not decrypt.
 */
public final class TokenCipher {

  private final Aead aead;

  private TokenCipher(Aead aead) {
    this.aead = aead;
  }

  /**
   * @param keysetJson a Tink keyset in Tink's JSON format (what {@link #newKeysetJson()} writes)
   * @throws IllegalArgumentException when it is not one; the message never quotes it
   */
  public static TokenCipher fromKeysetJson(String keysetJson) {
    Objects.requireNonNull(keysetJson, "keysetJson");
    try {
      AeadConfig.register();
      KeysetHandle keyset = TinkJsonProtoKeysetFormat.parseKeyset(keysetJson, InsecureSecretKeyAccess.get());
      return new TokenCipher(keyset.getPrimitive(RegistryConfiguration.get(), Aead.class));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new IllegalArgumentException("the token encryption keyset is not a Tink AEAD keyset in JSON ("
          + e.getClass().getSimpleName() + ")");
    }
  }

  /** A new AES-256-GCM keyset in Tink's JSON format, for an operator to keep in their secret manager. */
  public static String newKeysetJson() {
    try {
      AeadConfig.register();
      return TinkJsonProtoKeysetFormat.serializeKeyset(
          KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), InsecureSecretKeyAccess.get());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Tink cannot make an AES-256-GCM keyset", e);
    }
  }

  public byte[] encrypt(String plaintext, String subject, String column) {
    try {
      return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), associatedData(subject, column));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot encrypt a token (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * @throws GeneralSecurityException when the ciphertext was not made with this keyset for this subject and column
   */
  public String decrypt(byte[] ciphertext, String subject, String column) throws GeneralSecurityException {
    return new String(aead.decrypt(ciphertext, associatedData(subject, column)), StandardCharsets.UTF_8);
  }

  private static byte[] associatedData(String subject, String column) {
    // The column first and a separator no column name contains: ("a", "b:c") and ("a:b", "c") differ.
    return (column + ":" + subject).getBytes(StandardCharsets.UTF_8);
  }
}
