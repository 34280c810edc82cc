package id.labinov.portal.api;

import id.labinov.core.engine.Options;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP's conditional and idempotent requests mapped onto labinov's {@link Options}: {@code If-Match:
 * "<version>"} becomes the expected version (a stale one is labinov's version conflict, answered 412),
 * and {@code Idempotency-Key} becomes labinov's idempotency key (a replay gets the first result; the
 * same key with another request is refused). The {@code ETag} of an innovation is its version in quotes.
 */
public final class Preconditions {
  /** The idempotency header. */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  /** Set to {@code true} on the answer to a replayed request. */
  public static final String REPLAYED = "Idempotent-Replayed";
  /**
   * The longest idempotency key taken: labinov takes 200 characters, of which the caller's person id
   * and a separator come first (see {@link #options}).
   */
  public static final int MAX_KEY_LENGTH = 120;
  /** A strong entity tag (RFC 9110 compares {@code If-Match} strongly: a weak {@code W/"3"} never matches). */
  private static final Pattern ENTITY_TAG = Pattern.compile("\"?([0-9]{1,18})\"?");
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1," + MAX_KEY_LENGTH + "}");

  private Preconditions() {}

  /**
   * The {@code ETag} of a version.
   *
   * @param version the innovation's version
   * @return the entity tag, e.g. {@code "3"}
   */
  public static String etag(long version) {
    return "\"" + version + "\"";
  }

  /**
   * The options of a command from its headers.
   *
   * <p>labinov keeps idempotency keys per region, and two callers may well pick the same key (both
   * numbering their proposals from 1): the key given to labinov is the caller's person id, a colon
   * and the header, so one caller's key never meets another's.
   *
   * @param ifMatch the {@code If-Match} header, or {@code null}; {@code *} means any version
   * @param idempotencyKey the {@code Idempotency-Key} header, or {@code null}
   * @param caller the calling person's id
   * @return labinov's options
   * @throws ApiBadRequestException naming the header when it is not in the expected form
   */
  public static Options options(String ifMatch, String idempotencyKey, String caller) {
    Options options = Options.none();
    if (idempotencyKey != null) {
      String key = idempotencyKey.trim();
      if (!KEY.matcher(key).matches()) {
        throw new ApiBadRequestException("INVALID_IDEMPOTENCY_KEY", IDEMPOTENCY_KEY, "api.error.INVALID_IDEMPOTENCY_KEY",
            MAX_KEY_LENGTH);
      }
      options = options.withIdempotencyKey(caller + ":" + key);
    }
    if (ifMatch != null && !ifMatch.trim().equals("*")) {
      Matcher m = ENTITY_TAG.matcher(ifMatch.trim());
      if (!m.matches()) {
        throw new ApiBadRequestException("INVALID_IF_MATCH", "If-Match", "api.error.INVALID_IF_MATCH",
            printable(ifMatch));
      }
      options = options.expectingVersion(Long.parseLong(m.group(1)));
    }
    return options;
  }

  private static String printable(String s) {
    String cut = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    return cut.replaceAll("[^\\x20-\\x7E]", "?");
  }
}
