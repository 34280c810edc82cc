package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a document's file is and what it is: labinov stores no files, only this reference.
 *
 * @param uri absolute location of the file (the region's document server, a cloud drive, a video
 *     site)
 * @param sha256 the SHA-256 of the file's bytes, 64 hexadecimal digits (stored in lower case), so a
 *     verifier can tell the file was not replaced
 * @param mediaType e.g. {@code application/pdf}, {@code image/jpeg}, {@code video/mp4}
 * @param size the file's size in bytes, 0 or more
 */
@Beta
public record FileRef(URI uri, String sha256, String mediaType, long size) {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");

  /**
   * Validates the parts.
   *
   * @param uri absolute location of the file
   * @param sha256 64 hexadecimal digits (upper case accepted, stored in lower case)
   * @param mediaType {@code type/subtype}, lower case (upper case accepted)
   * @param size the size in bytes
   * @throws InvalidValueException with code {@code REQUIRED} for a missing part,
   *     {@code INVALID_FILE_URI} for a relative URI, {@code INVALID_SHA256}, {@code INVALID_MEDIA_TYPE}
   *     or {@code NEGATIVE_COUNT} for a malformed one
   */
  public FileRef {
    Checks.notNull(uri, "uri");
    if (!uri.isAbsolute()) {
      throw new InvalidValueException("INVALID_FILE_URI", "uri", uri, "error.iid.fileUri");
    }
    sha256 = Checks.notBlank(sha256, "sha256").toLowerCase(Locale.ROOT);
    if (!SHA256.matcher(sha256).matches()) {
      throw new InvalidValueException("INVALID_SHA256", "sha256", sha256, "error.iid.sha256");
    }
    mediaType = Checks.notBlank(mediaType, "mediaType").toLowerCase(Locale.ROOT);
    if (!MEDIA_TYPE.matcher(mediaType).matches()) {
      throw new InvalidValueException("INVALID_MEDIA_TYPE", "mediaType", mediaType, "error.iid.mediaType");
    }
    Checks.notNegative(size, "size");
  }
}
