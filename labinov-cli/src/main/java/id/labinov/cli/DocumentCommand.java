package id.labinov.cli;

import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Options;
import id.labinov.core.evaluation.Criterion;
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.DocumentFilter;
import id.labinov.core.iid.DocumentSupersededException;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.iid.IndicatorClaim;
import id.labinov.core.iid.NoSuchDocumentException;
import id.labinov.core.iid.RegisterRefusedException;
import id.labinov.core.iid.RegisteredClaim;
import id.labinov.core.iid.RegisteredDocument;
import id.labinov.core.model.Actor;
import id.labinov.core.model.EvidenceKind;
import id.labinov.core.model.RegionCode;
import id.labinov.core.rules.Rulebook;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code labinov document}: the region's IID evidence register (daftar bukti dukung). {@code add}
 * registers a document, {@code supersede} replaces one with a corrected or renewed one, {@code list}
 * lists them, {@code link} links one to a claim (and, with {@code --as-gate-evidence}, attaches it to
 * the innovation as 5D gate evidence). Documents are never edited or overwritten: the register keeps
 * what was submitted.
 */
@Command(name = "document", mixinStandardHelpOptions = true,
    subcommands = {DocumentCommand.Add.class, DocumentCommand.Supersede.class, DocumentCommand.ListDocuments.class,
        DocumentCommand.Link.class})
final class DocumentCommand extends BaseCommand {
  @Override
  int run() {
    spec.commandLine().usage(err());
    return ExitCodes.USAGE;
  }

  /** Prints what the register holds of a document under its sentence: subject, issuer, file, what it backs. */
  static void details(IidCommand c, Session s, RegisteredDocument registered, String fileShown) {
    Texts t = c.texts();
    EvidenceDocument d = registered.document();
    c.out().println(t.get("document.detail.subject", d.subject(), d.issuer(), d.issuerLevel().label(t.locale())));
    if (d.file().isPresent()) {
      var f = d.file().get();
      c.out().println(t.get("document.detail.file", fileShown != null ? fileShown : f.uri().toString(), f.mediaType(),
          f.size(), f.sha256()));
    } else {
      c.out().println(t.get("document.detail.noFile"));
    }
    if (d.validFrom().isPresent() || d.validUntil().isPresent()) {
      c.out().println(t.get("document.detail.validity", ValueText.date(d.validFrom().orElse(d.date()), t),
          d.validUntil().map(u -> ValueText.date(u, t)).orElse(t.get("document.detail.noEnd"))));
    }
    List<String> backs = new ArrayList<>();
    d.innovations().forEach(i -> backs.add("«" + c.title(s, new InnovationRef(d.region(), i), false) + "»"));
    List<String> indicators = d.indicators().stream().map(code -> IidValues.indicatorLabel(code, t)).toList();
    if (!backs.isEmpty() || !indicators.isEmpty()) {
      c.out().println(t.get("document.detail.backs", backs.isEmpty() ? "-" : String.join(", ", backs),
          indicators.isEmpty() ? "-" : String.join(", ", indicators)));
    }
  }

  /**
   * {@code labinov document add}: registers a document (version 1) with the id given, or one made of
   * its kind, date and random digits.
   */
  @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
  static final class Add extends IidCommand {
    @Mixin
    DocumentOptions document = new DocumentOptions();

    @Override
    int run() throws IOException {
      document.requireNew();
      RegionCode region = region();
      EvidenceDocument d = document.build(this, region, Optional.empty());
      try (Session s = open()) {
        for (var i : d.innovations()) {
          title(s, document.found(i).orElseThrow(), true); // an innovation that does not exist ends with exit 3
        }
        RegisteredDocument added;
        try {
          added = s.lab().iid().addDocument(actor(), d);
        } catch (RegisterRefusedException e) {
          return refused(e);
        }
        Texts t = texts();
        out().println(t.get("document.added", d.describe(t.locale()), d.id(), added.version()));
        details(this, s, added, document.file == null ? null : document.file.toString());
        return ExitCodes.OK;
      }
    }
  }

  /**
   * {@code labinov document supersede OLD --reason TEXT}: registers a new document that replaces
   * {@code OLD} (atomic: the old one becomes superseded, naming its replacement). Every part not given is
   * the old document's; the version checked is the stored one unless {@code --expect-version} says
   * which one the user saw.
   */
  @Command(name = "supersede", mixinStandardHelpOptions = true, sortOptions = false)
  static final class Supersede extends IidCommand {
    @Parameters(index = "0", paramLabel = "DOCUMENT", descriptionKey = "param.documentOld")
    String old;

    @Mixin
    DocumentOptions document = new DocumentOptions();

    @Option(names = "--reason", required = true, paramLabel = "TEXT", descriptionKey = "option.reason")
    String reason;

    @Option(names = "--expect-version", paramLabel = "N", descriptionKey = "option.documentExpectVersion")
    Long expectVersion;

    @Override
    int run() throws IOException {
      RegionCode region = region();
      if (!document.anyGiven()) {
        throw new CliException(ExitCodes.USAGE, "error.document.nothingNew", old.strip());
      }
      try (Session s = open()) {
        Actor actor = actor();
        RegisteredDocument stored = s.lab().iid().findDocument(actor, region, old.strip())
            .orElseThrow(() -> new NoSuchDocumentException(region, old.strip()));
        EvidenceDocument replacement = document.build(this, region, Optional.of(stored.document()));
        if (!document.innovations.isEmpty()) { // innovations given anew must exist (exit 3 otherwise)
          for (var i : replacement.innovations()) {
            title(s, document.found(i).orElseThrow(), true);
          }
        }
        RegisteredDocument added;
        try {
          added = s.lab().iid().supersedeDocument(actor, region, stored.id(),
              expectVersion != null ? expectVersion : stored.version(), replacement, reason.strip());
        } catch (RegisterRefusedException e) {
          return refused(e);
        }
        Texts t = texts();
        out().println(t.get("document.superseded", stored.id(), stored.document().describe(t.locale()),
            replacement.describe(t.locale()), added.id(), added.version(), reason.strip()));
        details(this, s, added, document.file == null ? null : document.file.toString());
        return ExitCodes.OK;
      }
    }
  }

  /**
   * {@code labinov document list}: the register's documents by date, narrowed by kind, innovation,
   * indicator, status (by default those that stand) and years; a table on a terminal, tab-separated
   * lines in a pipe, or JSON.
   */
  @Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false)
  static final class ListDocuments extends IidCommand {
    @Option(names = "--kind", paramLabel = "KIND", descriptionKey = "option.documentKindFilter")
    String kind;

    @Option(names = "--innovation", paramLabel = "INNOVATION", descriptionKey = "option.documentInnovationFilter")
    String innovation;

    @Option(names = "--indicator", paramLabel = "INDICATOR", descriptionKey = "option.documentIndicatorFilter")
    String indicator;

    @Option(names = "--status", paramLabel = "STATUS", descriptionKey = "option.documentStatusFilter")
    String status;

    @Option(names = "--years", paramLabel = "YYYY[..YYYY]", descriptionKey = "option.documentYears")
    String years;

    @Option(names = "--format", paramLabel = "table|tsv|json", descriptionKey = "option.iidListFormat")
    String format;

    @Override
    int run() {
      String shape = IidListing.shape(format);
      RegionCode region = region();
      String wanted = status == null ? "ACTIVE" : IidValues.documentStatuses("--status").parse(status);
      DocumentFilter filter = wanted.equals("ACTIVE") ? DocumentFilter.active() : DocumentFilter.all();
      if (kind != null) {
        filter = filter.withKind(IidValues.documentKinds("--kind").parse(kind));
      }
      if (indicator != null) {
        filter = filter.withIndicator(indicator("--indicator", indicator).code());
      }
      if (years != null) {
        int[] span = IidListing.years("--years", years);
        filter = filter.withYears(span[0], span[1]);
      }
      if (innovation != null) {
        filter = filter.withInnovation(innovation("--innovation", innovation, region).id());
      }
      try (Session s = open()) {
        List<RegisteredDocument> docs = new ArrayList<>(s.lab().iid().documents(actor(), region, filter));
        if (wanted.equals("SUPERSEDED")) {
          docs.removeIf(RegisteredDocument::active);
        }
        new IidListing(this).documents(s, docs, shape);
        return ExitCodes.OK;
      }
    }
  }

  /**
   * {@code labinov document link DOCUMENT --innovation X --year Y --indicator I}: adds the document to
   * the links of that claim (read, then put back with the document added, checked against the version
   * read or {@code --expect-version}); a claim that does not exist is refused, naming
   * {@code claim set}. With {@code --as-gate-evidence KIND} the document is also attached to the
   * innovation as 5D gate evidence of that kind ({@code IidService.attachAsGateEvidence}: its file is
   * the evidence, through the innovation's command path); either part may be given alone. The claim is
   * linked first: a refused attachment (printed, exit 1) leaves the link in place.
   */
  @Command(name = "link", mixinStandardHelpOptions = true, sortOptions = false)
  static final class Link extends IidCommand {
    @Parameters(index = "0", paramLabel = "DOCUMENT", descriptionKey = "param.document")
    String documentId;

    @Option(names = "--innovation", required = true, paramLabel = "INNOVATION", descriptionKey = "option.linkInnovation")
    String innovation;

    @Option(names = "--year", paramLabel = "YYYY", descriptionKey = "option.iidYear")
    Integer year;

    @Option(names = "--indicator", paramLabel = "INDICATOR", descriptionKey = "option.claimIndicator")
    String indicator;

    @Option(names = "--expect-version", paramLabel = "N", descriptionKey = "option.claimExpectVersion")
    Long expectVersion;

    @Option(names = "--as-gate-evidence", paramLabel = "KIND", descriptionKey = "option.asGateEvidence")
    String gateKind;

    @Option(names = "--idempotency-key", paramLabel = "KEY", descriptionKey = "option.idempotencyKey")
    String idempotencyKey;

    @Override
    int run() {
      boolean toClaim = year != null || indicator != null;
      if (!toClaim && gateKind == null) {
        throw new CliException(ExitCodes.USAGE, "error.document.linkWhat");
      }
      if (toClaim && (year == null || indicator == null)) {
        throw new CliException(ExitCodes.USAGE, "error.parse.missingOne", year == null ? "--year YYYY"
            : "--indicator INDICATOR");
      }
      if (year != null) {
        year(year);
      }
      RegionCode region = region();
      InnovationRef ref = innovation("--innovation", innovation, region);
      Criterion criterion = toClaim ? indicator("--indicator", indicator) : null;
      try (Session s = open()) {
        Actor actor = actor();
        String title = title(s, ref, true);
        String id = documentId.strip();
        RegisteredDocument doc = s.lab().iid().findDocument(actor, region, id)
            .orElseThrow(() -> new NoSuchDocumentException(region, id));
        if (doc.supersededBy().isPresent()) {
          throw new DocumentSupersededException(region, id, doc.supersededBy().get());
        }
        Texts t = texts();
        if (toClaim) {
          ClaimKey key = ClaimKey.forInnovation(region, ref.id(), year, criterion.code());
          RegisteredClaim stored = claim(s, actor, key).orElseThrow(() -> new CliException(ExitCodes.NOT_FOUND,
              "error.document.noClaim", title, year, criterion.label().in(t.locale()), ref, criterion.code()));
          IndicatorClaim claim = stored.claim();
          String indicatorLabel = criterion.label().in(t.locale());
          if (claim.documentIds().contains(id)) {
            out().println(t.get("document.alreadyLinked", id, title, year, indicatorLabel, stored.version()));
          } else {
            List<String> ids = new ArrayList<>(claim.documentIds());
            ids.add(id);
            RegisteredClaim put;
            try {
              put = s.lab().iid().putClaim(actor, claim.withDocumentIds(ids),
                  expectVersion != null ? expectVersion : stored.version());
            } catch (RegisterRefusedException e) {
              return refused(e);
            }
            out().println(t.get("document.linked", doc.document().describe(t.locale()), id, title, year, indicatorLabel,
                put.version(), ids.size()));
          }
        }
        if (gateKind == null) {
          return ExitCodes.OK;
        }
        Rulebook rulebook = s.lab().innovations().rulebookOf(ref);
        String kind = Choices.evidenceKinds("--as-gate-evidence", rulebook).parse(gateKind);
        Options options = idempotencyKey == null ? Options.none() : Options.idempotent(idempotencyKey);
        CommandResult result = s.lab().iid().attachAsGateEvidence(actor, ref, id, EvidenceKind.of(kind), options);
        if (!result.accepted()) {
          out().println(result.verdict().describe(t.locale(), rulebook));
          return ExitCodes.REFUSED;
        }
        out().println(Sentences.of(result, rulebook, Names.of(s, t)));
        return ExitCodes.OK;
      }
    }
  }
}
