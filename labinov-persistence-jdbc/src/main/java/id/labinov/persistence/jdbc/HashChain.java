package id.labinov.persistence.jdbc;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The tamper-evident chain over an innovation's events: {@code hash_n = SHA-256(hash_(n-1) ||
 * payload_n)}, where {@code hash_(n-1)} is the previous hash's 32 raw bytes, {@code payload_n} the
 * event's canonical bytes as stored, and {@code hash_0} the {@link #GENESIS} (32 zero bytes). Hashes
 * are stored as 64 lower-case hex digits. Not API.
 */
final class HashChain {
  /** The hash before the first event: 64 zeros. */
  static final String GENESIS = "0".repeat(64);
  private static final HexFormat HEX = HexFormat.of();

  private HashChain() {}

  /**
   * Returns the next link.
   *
   * @param previous the previous hash in hex ({@link #GENESIS} for the first event)
   * @param payload the event's stored bytes
   * @return the hash in hex
   */
  static String next(String previous, byte[] payload) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(HEX.parseHex(previous));
      sha.update(payload);
      return HEX.formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
