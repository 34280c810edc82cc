package id.labinov.reporting;

import id.labinov.core.Labinov;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.PersonName;
import id.labinov.core.model.Province;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.model.Theme;
import id.labinov.core.spi.Directory;
import id.labinov.core.spi.EvaluationStore;
import id.labinov.core.spi.InnovationQuery;
import id.labinov.core.spi.RefusalLog;
import id.labinov.reporting.data.ReportInfo;
import id.labinov.reporting.data.ReportKind;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything one report computation needs: the facade, the query port, the optional stores and
 * directory, and the settings, with the time fixed for the whole report. Caches unit names, which
 * are few.
 */
final class Context {
  final Labinov lab;
  final InnovationQuery query;
  final EvaluationStore evaluations;
  final Directory directory;
  final HistoryVerifier verifier;
  final Locale locale;
  final Instant generatedAt;
  final int pageSize;
  final int rowLimit;
  final Set<String> displayedStages;
  final RefusalLog refusals;
  private final Map<OpdCode, Optional<String>> opdNames = new ConcurrentHashMap<>();

  Context(Labinov lab, InnovationQuery query, EvaluationStore evaluations, Directory directory,
      HistoryVerifier verifier, Locale locale, Instant generatedAt, int pageSize, int rowLimit,
      Set<String> displayedStages, RefusalLog refusals) {
    this.lab = lab;
    this.query = query;
    this.evaluations = evaluations;
    this.directory = directory;
    this.verifier = verifier;
    this.locale = locale;
    this.generatedAt = generatedAt;
    this.pageSize = pageSize;
    this.rowLimit = rowLimit;
    this.displayedStages = displayedStages;
    this.refusals = refusals;
  }

  ReportInfo info(ReportKind kind, IndonesianTimeZone zone, Scope scope) {
    return new ReportInfo(kind, locale, generatedAt, zone, scope);
  }

  /** The unit's name, or {@code null}. */
  String opdName(OpdCode opd) {
    if (opd == null) {
      return null;
    }
    return opdNames.computeIfAbsent(opd, o -> directory.findOpdName(o)).orElse(null);
  }

  /** The person's name, "(dihapus)"/"(erased)" if it was erased, or {@code null} if unknown. */
  String personName(PersonId person) {
    if (person == null) {
      return null;
    }
    PersonName name = directory.findPersonName(person);
    return name.isErased() ? id.labinov.reporting.internal.ReportTexts.text(locale, "person.erased")
        : name.findName().orElse(null);
  }

  /** The theme's name in the report language, or {@code null}. */
  String themeName(Theme theme) {
    return theme == null ? null : directory.findThemeName(theme, locale).orElse(null);
  }

  /**
   * Score sheets refused at submission for a scheme and round in a scope, up to the report time, by
   * innovation, from the refusal log; {@code null} when there is none (the number is not known).
   */
  Map<InnovationRef, Long> refusedSheets(Scope scope, String schemeId, int round) {
    if (refusals == null) {
      return null;
    }
    Map<InnovationRef, Long> out = new java.util.HashMap<>();
    // every refusal the log keeps up to the report time (the log's retention bounds how far back)
    refusals.forEach(scope, Instant.EPOCH, generatedAt.plusNanos(1000), r -> {
      if (r.isScoreSheetFor(schemeId, round) && r.target() != null) {
        out.merge(r.target(), 1L, Long::sum);
      }
    });
    return out;
  }

  /** The zone of a scope: its region's or province's; WIB for the nation. */
  static IndonesianTimeZone zoneOf(Scope scope) {
    return switch (scope.level()) {
      case REGION -> RegionCode.parse(scope.code()).defaultTimeZone();
      case PROVINCE -> Province.ofCode(scope.code()).timeZone();
      case NATIONAL -> IndonesianTimeZone.WIB;
    };
  }
}
