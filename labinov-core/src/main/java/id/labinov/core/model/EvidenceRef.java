package id.labinov.core.model;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A reference to a stored piece of evidence: labinov keeps where the file is and its fingerprint,
 * never the file itself.
 *
 * @param kind what the evidence shows
 * @param uri where the host stores it; absolute (e.g. {@code https:}, {@code s3:})
 * @param sha256 the file's SHA-256, 64 lower-case hex digits (upper case is accepted and lowered)
 * @param mediaType e.g. {@code application/pdf}, {@code image/jpeg}, {@code video/mp4}
 * @param sizeBytes the file's size in bytes, 0 or more
 */
public record EvidenceRef(EvidenceKind kind, URI uri, String sha256, String mediaType, long sizeBytes) {
  private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern MEDIA = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");

  /**
   * Validates the reference.
   *
   * @param kind what the evidence shows
   * @param uri where the host stores it; absolute (e.g. {@code https:}, {@code s3:})
   * @param sha256 the file's SHA-256, 64 lower-case hex digits (upper case is accepted and lowered)
   * @param mediaType e.g. {@code application/pdf}, {@code image/jpeg}, {@code video/mp4}
   * @param sizeBytes the file's size in bytes, 0 or more
   * @throws InvalidValueException naming the field that is wrong
   */
  public EvidenceRef {
    Checks.notNull(kind, "kind");
    Checks.notNull(uri, "uri");
    if (!uri.isAbsolute()) {
      throw new InvalidValueException("INVALID_EVIDENCE", "uri", uri, "error.evidence.uri");
    }
    sha256 = sha256 == null ? null : sha256.toLowerCase(Locale.ROOT);
    if (sha256 == null || !SHA.matcher(sha256).matches()) {
      throw new InvalidValueException("INVALID_EVIDENCE", "sha256", sha256, "error.evidence.sha256");
    }
    mediaType = mediaType == null ? null : mediaType.toLowerCase(Locale.ROOT);
    if (mediaType == null || !MEDIA.matcher(mediaType).matches()) {
      throw new InvalidValueException("INVALID_EVIDENCE", "mediaType", mediaType, "error.evidence.mediaType");
    }
    if (sizeBytes < 0) {
      throw new InvalidValueException("INVALID_EVIDENCE", "sizeBytes", sizeBytes, "error.evidence.size");
    }
  }

  /**
   * Creates a reference.
   *
   * @param kind e.g. {@code "ACTION_PLAN"}
   * @param uri e.g. {@code "https://files.lebakkab.go.id/labinov/rencana-aksi.pdf"}
   * @param sha256 64 hex digits
   * @param mediaType e.g. {@code "application/pdf"}
   * @param sizeBytes the size
   * @return the reference
   */
  public static EvidenceRef of(String kind, String uri, String sha256, String mediaType, long sizeBytes) {
    URI parsed;
    try {
      parsed = new URI(Checks.notBlank(uri, "uri"));
    } catch (java.net.URISyntaxException e) {
      throw new InvalidValueException("INVALID_EVIDENCE", "uri", uri, "error.evidence.uri");
    }
    return new EvidenceRef(EvidenceKind.of(kind), parsed, sha256, mediaType, sizeBytes);
  }
}
