package id.labinov.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * What the tool reads from a file it registers by reference (gate evidence, a document of the
 * evidence register): its SHA-256, its size, its media type by extension and its {@code file:} URI.
 * labinov stores none of the file's bytes.
 *
 * @param sha256 the SHA-256 of the bytes, 64 lower-case hexadecimal digits
 * @param mediaType the media type its extension names, else {@code application/octet-stream}
 * @param size the size in bytes
 * @param uri the file's absolute {@code file:} URI
 */
record FileFacts(String sha256, String mediaType, long size, String uri) {
  private static final Map<String, String> MEDIA = Map.ofEntries(Map.entry("pdf", "application/pdf"),
      Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
      Map.entry("mp4", "video/mp4"), Map.entry("txt", "text/plain"),
      Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
      Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

  /**
   * Reads a file.
   *
   * @param file a readable regular file
   * @return its facts
   * @throws CliException with {@link ExitCodes#USAGE} if it is missing, a folder or unreadable
   * @throws IOException if reading it fails midway
   */
  static FileFacts of(Path file) throws IOException {
    Settings.ensureReadable(file);
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return new FileFacts(HexFormat.of().formatHex(digest.digest()), MEDIA.getOrDefault(ext, "application/octet-stream"),
        Files.size(file), file.toAbsolutePath().normalize().toUri().toString());
  }

  /**
   * Checks a hash the user typed beside {@code --file} against the file's.
   *
   * @param file the file, as the message names it
   * @param typed the {@code --sha256} value, or {@code null} for none
   * @throws CliException with {@link ExitCodes#USAGE} naming both hashes when they differ
   */
  void check(Path file, String typed) {
    if (typed != null && !typed.strip().equalsIgnoreCase(sha256)) {
      throw new CliException(ExitCodes.USAGE, "error.attach.hash", file, typed.strip(), sha256);
    }
  }
}
