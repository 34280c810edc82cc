package id.labinov.cli;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.iid.DocumentKind;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.iid.FileRef;
import id.labinov.core.iid.IssuerLevel;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The options that describe a document of the evidence register, shared by {@code document add} (the
 * kind, date, subject, issuer and issuer level are required there) and {@code document supersede}
 * (every part not given is the replaced document's). The file is given as {@code --file PATH} (its
 * SHA-256, media type and size are read from it; labinov stores no bytes) or as {@code --uri} with
 * {@code --sha256 --media-type --size}.
 */
final class DocumentOptions {
  private static final SecureRandom RANDOM = new SecureRandom();

  @Option(names = "--id", paramLabel = "ID", descriptionKey = "option.documentId")
  String id;

  @Option(names = "--kind", paramLabel = "KIND", descriptionKey = "option.documentKind")
  String kind;

  @Option(names = "--number", paramLabel = "TEXT", descriptionKey = "option.documentNumber")
  String number;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "option.documentDate")
  String date;

  @Option(names = "--subject", paramLabel = "TEXT", descriptionKey = "option.documentSubject")
  String subject;

  @Option(names = "--issuer", paramLabel = "TEXT", descriptionKey = "option.documentIssuer")
  String issuer;

  @Option(names = "--issuer-level", paramLabel = "LEVEL", descriptionKey = "option.documentIssuerLevel")
  String issuerLevel;

  @Option(names = "--file", paramLabel = "FILE", descriptionKey = "option.documentFile")
  Path file;

  @Option(names = "--uri", paramLabel = "URI", descriptionKey = "option.documentUri")
  String uri;

  @Option(names = "--sha256", paramLabel = "HEX", descriptionKey = "option.sha256")
  String sha256;

  @Option(names = "--media-type", paramLabel = "TYPE", descriptionKey = "option.mediaType")
  String mediaType;

  @Option(names = "--size", paramLabel = "BYTES", descriptionKey = "option.size")
  Long size;

  @Option(names = "--valid-from", paramLabel = "YYYY-MM-DD", descriptionKey = "option.documentValidFrom")
  String validFrom;

  @Option(names = "--valid-until", paramLabel = "YYYY-MM-DD", descriptionKey = "option.documentValidUntil")
  String validUntil;

  @Option(names = "--innovation", paramLabel = "INNOVATION", descriptionKey = "option.documentInnovation")
  List<String> innovations = new ArrayList<>();

  @Option(names = "--indicator", paramLabel = "INDICATOR", descriptionKey = "option.documentIndicator")
  List<String> indicators = new ArrayList<>();

  /** The innovations found for {@code --innovation}, by id, with their references (for titles). */
  private final Map<InnovationId, InnovationRef> found = new LinkedHashMap<>();

  /**
   * Checks that {@code document add} was given every part a new document needs.
   *
   * @throws CliException with {@link ExitCodes#USAGE} naming the missing options
   */
  void requireNew() {
    List<String> missing = new ArrayList<>();
    if (kind == null) {
      missing.add("--kind KIND");
    }
    if (date == null) {
      missing.add("--date YYYY-MM-DD");
    }
    if (subject == null) {
      missing.add("--subject TEXT");
    }
    if (issuer == null) {
      missing.add("--issuer TEXT");
    }
    if (issuerLevel == null) {
      missing.add("--issuer-level LEVEL");
    }
    if (missing.size() == 1) {
      throw new CliException(ExitCodes.USAGE, "error.parse.missingOne", missing.get(0));
    }
    if (!missing.isEmpty()) {
      throw new CliException(ExitCodes.USAGE, "error.parse.missingMany", String.join(", ", missing));
    }
  }

  /** Whether any option describing the document's content was given (not only {@code --id}). */
  boolean anyGiven() {
    return kind != null || number != null || date != null || subject != null || issuer != null || issuerLevel != null
        || file != null || uri != null || sha256 != null || mediaType != null || size != null || validFrom != null
        || validUntil != null || !innovations.isEmpty() || !indicators.isEmpty();
  }

  /**
   * Builds the document from the options; every part not given is taken from {@code base} (the
   * replaced document), else left out.
   *
   * @param command the command, to find innovations as it does
   * @param region the register's region
   * @param base the document replaced, or empty for a new one
   * @return the document
   * @throws CliException with {@link ExitCodes#USAGE} for a bad value (a kind, a level, a date, a file)
   */
  EvidenceDocument build(IidCommand command, RegionCode region, Optional<EvidenceDocument> base) throws IOException {
    DocumentKind k = kind != null ? IidValues.documentKinds("--kind").parse(kind) : base.orElseThrow().kind();
    LocalDate day = date != null ? date("--date", date) : base.orElseThrow().date();
    String docId = id != null ? id.strip() : generatedId(k, day);
    IssuerLevel level = issuerLevel != null ? IidValues.issuerLevels("--issuer-level").parse(issuerLevel)
        : base.orElseThrow().issuerLevel();
    EvidenceDocument.Builder b = EvidenceDocument.builder(docId, region, k, day)
        .number(number != null ? blankToNull(number) : base.flatMap(EvidenceDocument::number).orElse(null))
        .subject(subject != null ? subject : base.orElseThrow().subject())
        .issuer(issuer != null ? issuer : base.orElseThrow().issuer(), level)
        .file(file(base.flatMap(EvidenceDocument::file)))
        .valid(validFrom != null ? date("--valid-from", validFrom) : base.flatMap(EvidenceDocument::validFrom).orElse(null),
            validUntil != null ? date("--valid-until", validUntil)
                : base.flatMap(EvidenceDocument::validUntil).orElse(null));
    Set<InnovationId> backs = new LinkedHashSet<>();
    for (String typed : innovations) {
      InnovationRef ref = command.innovation("--innovation", typed, region);
      found.put(ref.id(), ref);
      backs.add(ref.id());
    }
    Set<String> codes = new LinkedHashSet<>();
    for (String typed : indicators) {
      codes.add(IidCommand.indicator("--indicator", typed).code());
    }
    b.backs(innovations.isEmpty() ? base.map(EvidenceDocument::innovations).orElse(Set.of()) : backs,
        indicators.isEmpty() ? base.map(EvidenceDocument::indicators).orElse(Set.of()) : codes);
    return b.build();
  }

  /** The reference of an innovation given with {@code --innovation}, if it was. */
  Optional<InnovationRef> found(InnovationId id) {
    return Optional.ofNullable(found.get(id));
  }

  private FileRef file(Optional<FileRef> base) throws IOException {
    if (file != null) {
      FileFacts facts = FileFacts.of(file);
      facts.check(file, sha256);
      return new FileRef(uri(uri != null ? uri : facts.uri()), facts.sha256(),
          mediaType != null ? mediaType : facts.mediaType(), facts.size());
    }
    if (uri == null && sha256 == null && mediaType == null && size == null) {
      return base.orElse(null);
    }
    if (uri == null || sha256 == null || mediaType == null || size == null) {
      throw new CliException(ExitCodes.USAGE, "error.attach.incomplete");
    }
    return new FileRef(uri(uri), sha256.strip(), mediaType.strip(), size);
  }

  private static URI uri(String text) {
    try {
      return new URI(text.strip());
    } catch (URISyntaxException e) {
      throw new CliException(ExitCodes.USAGE, "error.document.uri", text, e.getReason());
    }
  }

  static LocalDate date(String option, String text) {
    return ValueText.date(text).orElseThrow(() -> new CliException(ExitCodes.USAGE, "error.date", option, text));
  }

  private static String blankToNull(String text) {
    return text.isBlank() ? null : text.strip();
  }

  /**
   * An id for a document given none: its kind, its date and six random hexadecimal digits, e.g.
   * {@code decree-20210302-3fa9c1} (a register never reuses an id; a clash is refused, not replaced).
   */
  static String generatedId(DocumentKind kind, LocalDate date) {
    byte[] random = new byte[3];
    RANDOM.nextBytes(random);
    return kind.code().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + DateTimeFormatter.BASIC_ISO_DATE.format(date)
        + "-" + HexFormat.of().formatHex(random);
  }
}
