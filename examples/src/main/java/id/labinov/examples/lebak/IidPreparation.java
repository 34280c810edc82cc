package id.labinov.examples.lebak;

import id.labinov.core.Labinov;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.iid.ClaimKey;
import id.labinov.core.iid.ClaimResult;
import id.labinov.core.iid.DocumentKind;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.iid.FileRef;
import id.labinov.core.iid.IndicatorClaim;
import id.labinov.core.iid.PreflightReport;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.Role;
import id.labinov.examples.lebak.IidYearData.ClaimRow;
import id.labinov.examples.lebak.IidYearData.DecisionRow;
import id.labinov.examples.lebak.IidYearData.DocumentRow;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Lebak's IID 2026, step by step through {@code lab.iid()}: in March the lab admin (Bappeda) registers
 * the documents, in April puts the claims and runs the pre-flight per innovation, in July the verifier
 * records a decision on every claim. All data comes from {@link IidYearData}; the innovations are the
 * ones the 2019 lab year showed, found by their registration number (and checked by title).
 */
final class IidPreparation {
  /** The IID year: the year of the shipped indicator scheme. */
  static final int YEAR = 2026;
  /** The verifying body's desk reviewer. */
  static final Actor VERIFIER = Actor.of("verifikator-bskdn-01", null, Role.VERIFIER).in(LabYear.LEBAK);
  /** The verifier's name as reports show it. */
  static final String VERIFIER_NAME = "Tim Verifikasi Indeks Inovasi Daerah (BSKDN)";

  private final Labinov lab;
  private final ScenarioClock clock;
  private final Map<Integer, InnovationRef> refs;
  private final Map<Integer, String> titles;

  /**
   * Prepares the year for the displayed innovations.
   *
   * @param lab the entry point the lab year ran on
   * @param clock the scenario's clock, after the innovation week
   * @param displayed the displayed innovations by registration number, with their titles
   */
  IidPreparation(Labinov lab, ScenarioClock clock, Map<Integer, InnovationRef> displayed, Map<Integer, String> titles) {
    this.lab = lab;
    this.clock = clock;
    this.refs = Map.copyOf(displayed);
    this.titles = Map.copyOf(titles);
  }

  /** Returns the innovation of a registration number, after checking the title the data gives. */
  InnovationRef innovation(int number, String title, String where) {
    InnovationRef ref = refs.get(number);
    if (ref == null) {
      throw new IllegalStateException(where + ": innovation number " + number + " (" + title
          + ") was not shown at the 2019 innovation week; use one of " + new TreeSet<>(refs.keySet()));
    }
    if (!titles.get(number).equals(title)) {
      throw new IllegalStateException(where + ": innovation number " + number + " is titled \""
          + titles.get(number) + "\", not \"" + title + "\"");
    }
    return ref;
  }

  /**
   * March 2026: the lab admin registers every document, noting which innovations and indicators each
   * backs (from the claims that link it).
   *
   * @return how many documents were registered
   */
  int registerDocuments(IidYearData data) {
    Map<String, Set<InnovationId>> innovations = new TreeMap<>();
    Map<String, Set<String>> indicators = new TreeMap<>();
    for (ClaimRow c : data.claims()) {
      InnovationId id = innovation(c.number(), c.title(), IidYearData.CLAIMS).id();
      for (String doc : c.documentIds()) {
        innovations.computeIfAbsent(doc, k -> new TreeSet<>()).add(id);
        indicators.computeIfAbsent(doc, k -> new TreeSet<>()).add(c.indicator());
      }
    }
    int i = 0;
    for (DocumentRow d : data.documents()) {
      clock.at(LocalDate.of(2026, 3, 16).plusDays(i / 40), i % 40 * 6);
      EvidenceDocument.Builder b = EvidenceDocument.builder(d.id(), LabYear.LEBAK, d.kind(), d.date())
          .subject(d.subject()).issuer(d.issuer(), d.issuerLevel()).file(file(d))
          .backs(innovations.getOrDefault(d.id(), Set.of()), indicators.getOrDefault(d.id(), Set.of()));
      d.number().ifPresent(b::number);
      lab.iid().addDocument(LabYear.ADMIN, b.build());
      i++;
    }
    return i;
  }

  /** April 2026: the lab admin puts every claim (each new, so version 0). */
  int putClaims(IidYearData data) {
    int i = 0;
    for (ClaimRow c : data.claims()) {
      clock.at(LocalDate.of(2026, 4, 6).plusDays(i / 60), i % 60 * 5);
      IndicatorClaim claim = IndicatorClaim.forInnovation(LabYear.LEBAK,
          innovation(c.number(), c.title(), IidYearData.CLAIMS).id(), YEAR, c.indicator(), c.level(), c.documentIds());
      lab.iid().putClaim(LabYear.ADMIN, c.value().map(claim::withStatedValue).orElse(claim), 0);
      i++;
    }
    return i;
  }

  /** Mid April 2026: the pre-flight of every displayed innovation, by registration number. */
  Map<Integer, PreflightReport> preflight() {
    clock.at(LocalDate.of(2026, 4, 20), 0);
    Map<Integer, PreflightReport> out = new TreeMap<>();
    refs.forEach((number, ref) -> out.put(number, lab.iid().preflight(LabYear.ADMIN, LabYear.LEBAK, YEAR, ref.id())));
    return out;
  }

  /**
   * July 2026: the verifier records the decisions of the fixture, one per claim, each the first on
   * its claim (version 0). The pre-flight's prediction is stored beside each by the library.
   *
   * @return how many decisions were recorded
   */
  int verify(IidYearData data) {
    int i = 0;
    for (DecisionRow d : data.decisions()) {
      clock.at(LocalDate.of(2026, 7, 6).plusDays(i / 40), i % 40 * 10);
      ClaimKey key = ClaimKey.forInnovation(LabYear.LEBAK, innovation(d.number(), d.title(), IidYearData.DECISIONS).id(),
          YEAR, d.indicator());
      lab.iid().verifyClaim(VERIFIER, key, d.level(), d.note(), 0);
      i++;
    }
    return i;
  }

  /** Lists the claim results of all pre-flights by registration number and indicator. */
  static Map<String, ClaimResult> byKey(Map<Integer, PreflightReport> reports) {
    Map<String, ClaimResult> out = new LinkedHashMap<>();
    reports.forEach((number, report) -> report.results()
        .forEach(r -> out.put(number + "/" + r.claim().indicator(), r)));
    return out;
  }

  /**
   * The file of a document on the region's document server: its URI, a SHA-256 standing in for the
   * file's (the data is synthetic: the digest of the URI), the media type by kind and a size.
   */
  private static FileRef file(DocumentRow d) {
    String extension = d.kind().equals(DocumentKind.VIDEO) ? "mp4"
        : d.kind().equals(DocumentKind.PHOTO) ? "jpg" : d.kind().equals(DocumentKind.SCREENSHOT) ? "png"
        : d.kind().equals(DocumentKind.NEWS_LINK) ? "html" : "pdf";
    String type = switch (extension) {
      case "mp4" -> "video/mp4";
      case "jpg" -> "image/jpeg";
      case "png" -> "image/png";
      case "html" -> "text/html";
      default -> "application/pdf";
    };
    URI uri = URI.create("https://bukti.lebakkab.go.id/iid-2026/" + d.id() + "." + extension);
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(uri.toString().getBytes(StandardCharsets.UTF_8));
      long size = (extension.equals("mp4") ? 40_000_000L : 150_000L) + (sha[0] & 0xff) * 1_000L;
      return new FileRef(uri, HexFormat.of().formatHex(sha), type, size);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
