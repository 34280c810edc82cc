package id.labinov.reporting.render;

import static id.labinov.reporting.render.TableSpec.text;

import id.labinov.reporting.data.AgreementRow;
import id.labinov.reporting.data.CriterionInfo;
import id.labinov.reporting.data.IidReadiness;
import id.labinov.reporting.data.IidReadinessOnePage;
import id.labinov.reporting.data.ReadinessBasis;
import id.labinov.reporting.data.ReadinessClaim;
import id.labinov.reporting.data.ReadinessFix;
import id.labinov.reporting.data.ReadinessIndex;
import id.labinov.reporting.data.ReadinessInnovation;
import id.labinov.reporting.data.ReportKind;
import id.labinov.reporting.internal.ReportTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Layouts of the IID readiness report and its one-page version. The one-page version uses the full
 * report's fact keys and table names, so its figures keep the full report's definitions.
 */
final class ReadinessLayouts {
  /** The report whose facts the one-page version repeats: its facts are defined there. */
  static final List<String> SOURCES = List.of(ReportKind.IID_READINESS.code());

  private ReadinessLayouts() {}

  static Doc readiness(IidReadiness r) {
    Locale l = r.info().locale();
    Facts f = new Facts(l).add("year", r.year()).add("innovationsWithClaims", r.innovationCount())
        .add("claims", r.claimCount()).add("claimsVerified", r.claimsVerified())
        .add("claimsVerifiedLabel", verifiedOf(l, r.claimsVerified(), r.claimCount()))
        .add("claimedTotal", r.claimedTotal()).add("supportedTotal", r.supportedTotal())
        .add("verifiedTotal", r.verifiedTotal()).add("pointsToGain", r.pointsToGain()).add("gaps", r.gaps())
        .add("fixes", (long) r.fixes().size()).add("innovationsMissingMandatory", r.innovationsMissingMandatory())
        .add("agreementCompared", (long) r.overall().compared()).add("agreementAgreed", (long) r.overall().agreed())
        .add("agreementPercent", r.overall().percent());
    notes(f, l, r.year(), r.bandsYear(), r.bandsVerified(), r.spdGiven(), r.spdVerifiedGiven(), r.countScoreGiven());
    List<Doc.Table> tables = List.of(index(r.index(), l), innovations(r.innovations(), l),
        fixes(r.fixes(), l, "readinessFixes"), claims(r.claims(), l), agreement(r, l));
    return new Doc(r.info(), Layouts.title(r), f.list(), tables);
  }

  static Doc onePage(IidReadinessOnePage r) {
    Locale l = r.info().locale();
    Facts f = new Facts(l).add("year", r.year()).add("innovationsWithClaims", r.innovations()).add("claims", r.claims())
        .add("claimsVerified", r.claimsVerified()).add("claimsVerifiedLabel", verifiedOf(l, r.claimsVerified(),
            r.claims()))
        .add("claimedTotal", r.claimedTotal()).add("supportedTotal", r.supportedTotal())
        .add("verifiedTotal", r.verifiedTotal()).add("pointsToGain", r.pointsToGain()).add("gaps", r.gaps())
        .add("fixes", r.fixes()).add("innovationsMissingMandatory", r.innovationsMissingMandatory())
        .add("agreementCompared", (long) r.overall().compared()).add("agreementAgreed", (long) r.overall().agreed())
        .add("agreementPercent", r.overall().percent());
    notes(f, l, r.year(), r.bandsYear(), r.bandsVerified(), r.spdGiven(), r.spdVerifiedGiven(), r.countScoreGiven());
    Doc.Table top = fixes(r.top(), l, "readinessFixes");
    List<Doc.Table> tables = List.of(index(r.index(), l),
        new Doc.Table(top.name(), ReportTexts.text(l, "table.readinessTop"), top.columns(), top.rows(), true));
    return new Doc(r.info(), Layouts.title(r), f.list(), tables);
  }

  /** "12 dari 40 klaim" / "12 of 40 claims". */
  static String verifiedOf(Locale l, long verified, long claims) {
    return ReportTexts.format(l, "readiness.verifiedOf", List.of(verified, claims));
  }

  /** The notes on the rating bands, the SPD and the count score, and that the index is an estimate. */
  private static void notes(Facts f, Locale l, int year, int bandsYear, boolean bandsVerified, boolean spd,
      boolean spdVerified, boolean count) {
    f.add("bandsYear", bandsYear).add("bandsVerified", bandsVerified)
        .add("bandsNote", bandsNote(l, year, bandsYear, bandsVerified))
        .add("spdNote", spdNote(l, spd, spdVerified, count))
        .add("estimateNote", ReportTexts.text(l, "readiness.note.estimate"));
  }

  /** "Predikat 2026 belum tersedia; dipakai predikat 2025. Predikat 2025 belum terverifikasi: ...". */
  static String bandsNote(Locale l, int year, int bandsYear, boolean verified) {
    List<String> parts = new ArrayList<>();
    if (year != bandsYear) {
      parts.add(ReportTexts.format(l, bandsYear < year ? "readiness.note.bandsEarlier" : "readiness.note.bandsLater",
          List.of(Integer.toString(year), Integer.toString(bandsYear))));
    }
    parts.add(ReportTexts.format(l, verified ? "readiness.note.bandsVerified" : "readiness.note.bandsUnverified",
        List.of(Integer.toString(bandsYear))));
    return String.join(" ", parts);
  }

  /** That labinov ships no SPD indicators or evidence rules, and which scores were not entered. */
  static String spdNote(Locale l, boolean spd, boolean spdVerified, boolean count) {
    List<String> parts = new ArrayList<>();
    parts.add(ReportTexts.text(l, "readiness.note.spd"));
    if (!spd) {
      parts.add(ReportTexts.text(l, "readiness.note.noSpd"));
    }
    if (!spdVerified) {
      parts.add(ReportTexts.text(l, "readiness.note.noSpdVerified"));
    }
    if (!count) {
      parts.add(ReportTexts.text(l, "readiness.note.noCount"));
    }
    return String.join(" ", parts);
  }

  static String basis(Locale l, ReadinessBasis b) {
    return ReportTexts.text(l, "readiness.basis." + b.code());
  }

  /** A title, or what the report says when the query port does not know the innovation. */
  static String title(Locale l, String title) {
    return title == null ? ReportTexts.text(l, "readiness.unknownInnovation") : title;
  }

  static String opdName(Locale l, id.labinov.core.model.OpdCode opd, String name) {
    return opd == null ? AggregateLayouts.notSet(l) : name;
  }

  private static Doc.Table index(List<ReadinessIndex> rows, Locale l) {
    return new TableSpec<ReadinessIndex>(l, "readinessIndex").col("basis", x -> x.basis().code())
        .col("basisLabel", x -> basis(l, x.basis())).col("innovationSum", ReadinessIndex::innovationSum)
        .col("sid", ReadinessIndex::sid).col("spd", ReadinessIndex::spd).col("countScore", ReadinessIndex::countScore)
        .col("index", ReadinessIndex::index).col("rating", x -> x.rating().code())
        .col("ratingLabel", x -> text(x.rating().label(), l)).of(rows);
  }

  private static Doc.Table innovations(List<ReadinessInnovation> rows, Locale l) {
    return new TableSpec<ReadinessInnovation>(l, "readinessInnovations").col("region", x -> x.ref().region().value())
        .col("innovationId", x -> x.ref().id().toString()).col("title", x -> title(l, x.title()))
        .col("opd", x -> x.opd() == null ? null : x.opd().value()).col("opdName", x -> opdName(l, x.opd(), x.opdName()))
        .col("claims", x -> (long) x.claims()).col("claimsVerified", x -> (long) x.claimsVerified())
        .col("claimsVerifiedLabel", x -> verifiedOf(l, x.claimsVerified(), x.claims()))
        .col("claimedScore", ReadinessInnovation::claimedScore).col("supportedScore", ReadinessInnovation::supportedScore)
        .col("verifiedScore", ReadinessInnovation::verifiedScore).col("pointsToGain", ReadinessInnovation::pointsToGain)
        .col("gaps", x -> (long) x.gaps()).col("pointsPerGap", ReadinessInnovation::pointsPerGap)
        .col("missingMandatory", x -> x.missingMandatory().isEmpty() ? null
            : x.missingMandatory().stream().map(CriterionInfo::code).collect(Collectors.joining(", ")))
        .col("missingMandatoryLabel", x -> x.missingMandatory().isEmpty() ? ReportTexts.text(l, "readiness.none")
            : x.missingMandatory().stream().map(c -> c.label().in(l)).collect(Collectors.joining("; ")))
        .of(rows);
  }

  static Doc.Table fixes(List<ReadinessFix> rows, Locale l, String name) {
    return new TableSpec<ReadinessFix>(l, name).col("rank", ReadinessFix::rank)
        .col("region", x -> x.ref().region().value()).col("innovationId", x -> x.ref().id().toString())
        .col("title", x -> title(l, x.title())).col("opd", x -> x.opd() == null ? null : x.opd().value())
        .col("opdName", x -> opdName(l, x.opd(), x.opdName())).col("indicator", x -> x.indicator().code())
        .col("indicatorLabel", x -> x.indicator().label().in(l)).col("claimedLevel", x -> (long) x.claimedLevel())
        .col("supportedLevel", x -> (long) x.supportedLevel()).col("pointsToGain", ReadinessFix::pointsToGain)
        .col("gaps", x -> (long) x.gaps()).col("pointsPerGap", ReadinessFix::pointsPerGap).of(rows);
  }

  private static Doc.Table claims(List<ReadinessClaim> rows, Locale l) {
    return new TableSpec<ReadinessClaim>(l, "readinessClaims").col("region", x -> x.ref().region().value())
        .col("innovationId", x -> x.ref().id().toString()).col("title", x -> title(l, x.title()))
        .col("indicator", x -> x.indicator().code()).col("indicatorLabel", x -> x.indicator().label().in(l))
        .col("weight", x -> x.indicator().weight()).col("claimedLevel", x -> (long) x.claimedLevel())
        .col("supportedLevel", x -> (long) x.supportedLevel())
        .col("verifiedLevel", x -> x.verifiedLevel() == null ? null : (Object) (long) x.verifiedLevel())
        .col("claimedPoints", ReadinessClaim::claimedPoints).col("supportedPoints", ReadinessClaim::supportedPoints)
        .col("verifiedPoints", x -> x.verified() ? x.verifiedPoints() : null).col("gaps", x -> (long) x.gaps())
        .col("sentence", x -> x.sentence().in(l)).of(rows);
  }

  private static Doc.Table agreement(IidReadiness r, Locale l) {
    List<AgreementRow> rows = new ArrayList<>(r.agreement());
    rows.add(r.overall());
    return new TableSpec<AgreementRow>(l, "readinessAgreement").col("indicator", AgreementRow::indicator)
        .col("indicatorLabel", x -> agreementLabel(l, x)).col("compared", x -> (long) x.compared())
        .col("agreed", x -> (long) x.agreed()).col("predictedHigher", x -> (long) x.predictedHigher())
        .col("predictedLower", x -> (long) x.predictedLower()).col("unpredicted", x -> (long) x.unpredicted())
        .col("agreementPercent", AgreementRow::percent).of(rows);
  }

  /** The indicator's label; "all indicators" for the overall row; for a region-level one, its code named so. */
  static String agreementLabel(Locale l, AgreementRow x) {
    if (x.overall()) {
      return ReportTexts.text(l, "readiness.allIndicators");
    }
    return x.label() != null ? x.label().in(l)
        : ReportTexts.format(l, "readiness.regionIndicator", List.of(x.indicator()));
  }
}
