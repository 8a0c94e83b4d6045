package io.csol.sandbox.engine;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Makes tamper-evident tokens: base64url(payload || HMAC-SHA256(secret, payload)). */
final class Signer {
  private static final int MAC_BYTES = 32;
  /** Tokens longer than this are rejected before any decoding work. */
  private static final int MAX_TOKEN_CHARS = 16_384;

  private final SecretKeySpec key;

  Signer(byte[] secret) {
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
  }

  String sign(byte[] payload) {
    byte[] mac = mac(payload);
    byte[] all = Arrays.copyOf(payload, payload.length + MAC_BYTES);
    System.arraycopy(mac, 0, all, payload.length, MAC_BYTES);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(all);
  }

  /** Returns the payload of a token this signer made, or throws invalid-cursor for {@code field}. */
  byte[] verify(String token, String field) {
    if (token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
      throw QueryException.cursor(field, field + " is not a token issued by this server");
    }
    byte[] all;
    try {
      all = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      throw QueryException.cursor(field, field + " is not a token issued by this server (not base64url)");
    }
    // A re-encoded token with different trailing bits decodes to the same bytes; insist on
    // the canonical spelling so that any changed character is rejected.
    if (all.length <= MAC_BYTES
        || !Base64.getUrlEncoder().withoutPadding().encodeToString(all).equals(token)) {
      throw QueryException.cursor(field, field + " is not a token issued by this server");
    }
    byte[] payload = Arrays.copyOf(all, all.length - MAC_BYTES);
    byte[] given = Arrays.copyOfRange(all, all.length - MAC_BYTES, all.length);
    if (!MessageDigest.isEqual(given, mac(payload))) {
      throw QueryException.cursor(field, field + " has been modified or was issued by another server");
    }
    return payload;
  }

  private byte[] mac(byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  /** Returns the first 16 bytes of SHA-256 over the parts, each terminated by a NUL. */
  static byte[] hash(String... parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String p : parts) {
        md.update((p == null ? "" : p).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return Arrays.copyOf(md.digest(), 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }
}
