package id.labinov.reporting;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.Refusal;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.Scope;
import id.labinov.core.rules.LocalizedText;
import id.labinov.core.spi.RefusalLog;
import id.labinov.reporting.data.Blocker;
import id.labinov.reporting.data.BlockerReport;
import id.labinov.reporting.data.ReportKind;
import id.labinov.reporting.internal.ReportTexts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Computes "what blocks innovations" in one pass over the refusal log: counters per criterion, per
 * stage and criterion, and per OPD and criterion, with the distinct innovations of each (memory grows
 * with the refused innovations, not with the refusals).
 */
final class BlockerComputer {
  /** Codes whose first argument says what is missing, so it is part of the criterion. */
  static final Set<String> DETAILED = Set.of("EVIDENCE_MISSING", "APPROVALS_MISSING", "FIELD_REQUIRED",
      "FIELD_TOO_SHORT", "CRITERION_MISSING");

  private final Context ctx;
  private final StageAxis axis;

  BlockerComputer(Context ctx) {
    this.ctx = ctx;
    this.axis = new StageAxis(ctx);
  }

  /** A criterion within a group (a stage, an OPD, or none). */
  private record Key(String group, String code, String detail) {}

  /** The tallies of one key. */
  private static final class Tally {
    long reasons;
    final Set<InnovationRef> innovations = new HashSet<>();
  }

  BlockerReport compute(Scope scope, LocalDate from, LocalDate to, RefusalLog log) {
    ZoneId zone = Context.zoneOf(scope).zoneId();
    Map<Key, Tally> overall = new HashMap<>();
    Map<Key, Tally> byStage = new HashMap<>();
    Map<Key, Tally> byOpd = new HashMap<>();
    Map<String, Long> reasonsPerStage = new HashMap<>();
    Map<String, Long> reasonsPerOpd = new HashMap<>();
    Set<InnovationRef> innovations = new HashSet<>();
    long[] totals = new long[2];
    log.forEach(scope, from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant(), r -> {
      totals[0]++;
      if (r.target() != null) {
        innovations.add(r.target());
      }
      String stage = r.stage() == null ? "" : r.stage();
      String opd = r.innovationOpd() == null ? "" : r.innovationOpd().value();
      for (Refusal.Reason reason : r.violations()) {
        totals[1]++;
        String detail = DETAILED.contains(reason.code()) && !reason.arguments().isEmpty()
            ? reason.arguments().get(0) : null;
        add(overall, new Key("", reason.code(), detail), r.target());
        add(byStage, new Key(stage, reason.code(), detail), r.target());
        add(byOpd, new Key(opd, reason.code(), detail), r.target());
        reasonsPerStage.merge(stage, 1L, Long::sum);
        reasonsPerOpd.merge(opd, 1L, Long::sum);
      }
      if (r.target() != null) {
        axis.addRulebookOf(r.target());
      }
      if (!stage.isEmpty()) {
        axis.addCode(stage);
      }
    });
    List<Blocker> all = rows(overall, Map.of("", totals[1]), false, false);
    List<Blocker> stages = rows(byStage, reasonsPerStage, true, false);
    List<String> order = axis.codes();
    stages.sort(Comparator.comparingInt((Blocker b) -> b.stage() == null ? Integer.MAX_VALUE : order.indexOf(b.stage()))
        .thenComparing(Comparator.comparingLong(Blocker::reasons).reversed())
        .thenComparing(Blocker::code).thenComparing(b -> Objects.toString(b.detail(), "")));
    List<Blocker> opds = rows(byOpd, reasonsPerOpd, false, true);
    opds.sort(Comparator.comparing((Blocker b) -> b.opd() == null ? "\uffff" : b.opd().value())
        .thenComparing(Comparator.comparingLong(Blocker::reasons).reversed())
        .thenComparing(Blocker::code).thenComparing(b -> Objects.toString(b.detail(), "")));
    return new BlockerReport(ctx.info(ReportKind.WHAT_BLOCKS, Context.zoneOf(scope), scope), from, to, totals[0],
        totals[1], innovations.size(), all, stages, opds);
  }

  private static void add(Map<Key, Tally> m, Key key, InnovationRef target) {
    Tally t = m.computeIfAbsent(key, k -> new Tally());
    t.reasons++;
    if (target != null) {
      t.innovations.add(target);
    }
  }

  private List<Blocker> rows(Map<Key, Tally> tallies, Map<String, Long> groupTotals, boolean stage, boolean opd) {
    List<Blocker> out = new ArrayList<>();
    for (Map.Entry<Key, Tally> e : tallies.entrySet()) {
      Key k = e.getKey();
      String group = k.group().isEmpty() ? null : k.group();
      OpdCode unit = opd && group != null ? OpdCode.of(group) : null;
      out.add(new Blocker(stage ? group : null, stage && group != null ? axis.label(group) : null, unit,
          ctx.opdName(unit), k.code(), label(k.code()), k.detail(), detailLabel(k.code(), k.detail()),
          e.getValue().reasons,
          e.getValue().innovations.size(), SummaryComputer.percent(e.getValue().reasons, groupTotals.get(k.group()))));
    }
    out.sort(Comparator.comparingLong(Blocker::reasons).reversed().thenComparing(Blocker::code)
        .thenComparing(b -> Objects.toString(b.detail(), "")));
    return out;
  }

  /** What is missing, in words: an evidence kind's, a role's or a field's label. */
  static LocalizedText detailLabel(String code, String detail) {
    if (detail == null) {
      return null;
    }
    return switch (code) {
      case "EVIDENCE_MISSING" -> Labels.evidenceKind(detail);
      case "APPROVALS_MISSING" -> Labels.role(detail);
      case "FIELD_REQUIRED", "FIELD_TOO_SHORT" -> Labels.field(detail);
      default -> LocalizedText.of(Labels.words(detail), Labels.words(detail));
    };
  }

  /** The criterion's label in both languages; the code itself where labinov has none. */
  static LocalizedText label(String code) {
    String key = "criterion." + code;
    return ReportTexts.isDefined(key) ? LocalizedText.of(ReportTexts.text(Locale.ROOT, key),
        ReportTexts.text(Locale.ENGLISH, key)) : LocalizedText.of(code, code);
  }
}
