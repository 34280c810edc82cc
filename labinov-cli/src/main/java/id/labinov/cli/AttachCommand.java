package id.labinov.cli;

import id.labinov.core.model.EvidenceRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code labinov attach}: attaches evidence (a reference: kind, URI, SHA-256, media type, size;
 * labinov never stores the file). With {@code --file} the hash, size and media type are computed.
 */
@Command(name = "attach", mixinStandardHelpOptions = true, sortOptions = false)
final class AttachCommand extends InnovationCommand {
  @picocli.CommandLine.Mixin
  WriteOptions write = new WriteOptions();

  private static final Map<String, String> MEDIA = Map.of("pdf", "application/pdf", "jpg", "image/jpeg",
      "jpeg", "image/jpeg", "png", "image/png", "mp4", "video/mp4", "docx",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "txt", "text/plain");

  @Option(names = "--kind", required = true, paramLabel = "KIND", descriptionKey = "option.kind")
  String kind;

  @Option(names = "--file", paramLabel = "FILE", descriptionKey = "option.evidenceFile")
  Path file;

  @Option(names = "--uri", paramLabel = "URI", descriptionKey = "option.uri")
  String uri;

  @Option(names = "--sha256", paramLabel = "HEX", descriptionKey = "option.sha256")
  String sha256;

  @Option(names = "--media-type", paramLabel = "TYPE", descriptionKey = "option.mediaType")
  String mediaType;

  @Option(names = "--size", paramLabel = "BYTES", descriptionKey = "option.size")
  Long size;

  @Override
  int run() throws IOException {
    try (Session s = open()) {
      var ref = ref();
      // the kinds of the innovation's rulebook and core's: "FOTO" is refused, "foto kegiatan" is PHOTO
      String code = Choices.evidenceKinds("--kind", s.lab().innovations().rulebookOf(ref)).parse(kind);
      EvidenceRef evidence = evidence(code);
      return print(s, s.lab().innovations().attachEvidence(ref, settings().actor(), evidence, write.options()));
    }
  }

  private EvidenceRef evidence(String kind) throws IOException {
    if (file == null) {
      if (uri == null || sha256 == null || mediaType == null || size == null) {
        throw new CliException(ExitCodes.USAGE, "error.attach.incomplete");
      }
      return EvidenceRef.of(kind, uri, sha256, mediaType, size);
    }
    Settings.ensureReadable(file);
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    String hex = HexFormat.of().formatHex(digest.digest());
    if (sha256 != null && !sha256.equalsIgnoreCase(hex)) {
      throw new CliException(ExitCodes.USAGE, "error.attach.hash", file, sha256, hex);
    }
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    String type = mediaType != null ? mediaType : MEDIA.getOrDefault(ext, "application/octet-stream");
    String where = uri != null ? uri : file.toAbsolutePath().normalize().toUri().toString();
    return EvidenceRef.of(kind, where, hex, type, Files.size(file));
  }
}
