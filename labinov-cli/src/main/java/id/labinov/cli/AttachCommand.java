package id.labinov.cli;

import id.labinov.core.model.EvidenceRef;
import java.io.IOException;
import java.nio.file.Path;
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
    FileFacts facts = FileFacts.of(file);
    facts.check(file, sha256);
    return EvidenceRef.of(kind, uri != null ? uri : facts.uri(), facts.sha256(),
        mediaType != null ? mediaType : facts.mediaType(), facts.size());
  }
}
