package id.labinov.cli;

import id.labinov.core.cycle.EligibilityVerdict;
import id.labinov.core.cycle.InnovationVersion;
import id.labinov.core.cycle.LegalBasis;
import id.labinov.core.cycle.LegalBasisState;
import id.labinov.core.cycle.SustainabilityStatus;
import id.labinov.core.cycle.WatchAssessment;
import id.labinov.core.cycle.WatchState;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.RegionNames;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code labinov sustainability}: the sustainability watch of the region today — every displayed
 * innovation that was not dropped, with its monitoring state (watched, at risk, lapsed) and how many
 * days its next monitoring entry is overdue, its legal basis from the evidence register, its owner,
 * its latest development and whether it may enter the coming competition years; then the counts.
 * {@code --flagged} keeps the innovations that need attention. A report: exit 0 whatever it finds.
 */
@Command(name = "sustainability", mixinStandardHelpOptions = true, sortOptions = false)
final class SustainabilityCommand extends CycleCommand {
  private static final Choices<String> FORMATS = Choices.codes("--format", List.of("text", "json"));

  @Option(names = "--flagged", descriptionKey = "option.sustainabilityFlagged")
  boolean flagged;

  @Option(names = "--format", paramLabel = "text|json", descriptionKey = "option.cycleFormat")
  String format;

  @Override
  int run() {
    String shape = format == null ? "text" : FORMATS.parse(format);
    RegionCode region = region();
    LocalDate today = LocalDate.now(root().clock().withZone(region.defaultTimeZone().zoneId()));
    try (Session s = open()) {
      List<SustainabilityStatus> all = s.lab().cycle().sustainability(actor(), region);
      List<SustainabilityStatus> shown = flagged ? all.stream().filter(SustainabilityStatus::flagged).toList() : all;
      Names names = Names.of(s, texts());
      if (shape.equals("json")) {
        json(region, today, shown, names);
      } else {
        text(region, today, all, shown, names);
      }
      return ExitCodes.OK;
    }
  }

  private void text(RegionCode region, LocalDate today, List<SustainabilityStatus> all,
      List<SustainabilityStatus> shown, Names names) {
    Texts t = texts();
    out().println(t.get("sustainability.head", RegionNames.nameOrCode(region), region.value(),
        ValueText.date(today, t), all.size()));
    for (SustainabilityStatus st : shown) {
      out().println(t.get("sustainability.title", st.title(), names.opd(st.opd().orElse(null)),
          names.person(st.owner())));
      out().println(t.get("sustainability.watch", watch(st.watch())));
      out().println(t.get("sustainability.legal", legal(st.legalBasis())));
      out().println(st.latestVersion().map(v -> t.get("sustainability.version", v.number(), String.valueOf(v.year()),
          CycleValues.changes(v.changes(), t))).orElseGet(() -> t.get("sustainability.noVersion")));
      for (EligibilityVerdict v : st.coming()) {
        String verdict = v.eligible() ? t.get("sustainability.eligible")
            : t.get("sustainability.notEligible", String.join(" ", v.reasons().stream()
                .map(r -> r.message(t.locale())).toList()));
        out().println(t.get("sustainability.coming", CycleValues.name(v.competition(), t), String.valueOf(v.year()),
            verdict));
      }
    }
    long watched = all.stream().filter(st -> st.watch().state() == WatchState.WATCHED).count();
    long atRisk = all.stream().filter(st -> st.watch().state() == WatchState.AT_RISK).count();
    long lapsed = all.stream().filter(st -> st.watch().state() == WatchState.LAPSED).count();
    long noBasis = all.stream().filter(st -> st.legalBasis().state() != LegalBasisState.VALID).count();
    out().println(t.get("sustainability.total", watched, atRisk, lapsed, noBasis));
  }

  /** "Berisiko, terlambat 45 hari; terakhir 5 Januari 2026 (6 catatan), jatuh tempo 5 April 2026". */
  private String watch(WatchAssessment w) {
    Texts t = texts();
    String state = w.state().label(t.locale());
    String overdue = w.overdueDays() == 0 ? "" : w.overdueDays() == 1 ? t.get("sustainability.overdue.one")
        : t.get("sustainability.overdue", w.overdueDays());
    String when = w.lastEntry().map(d -> t.get("sustainability.last", ValueText.date(d, t), w.entryDays(),
        ValueText.date(w.nextDue(), t))).orElseGet(() -> t.get("sustainability.noEntry",
        ValueText.date(w.watchedSince(), t), ValueText.date(w.nextDue(), t)));
    return state + overdue + "; " + when;
  }

  /** "Sudah tidak berlaku: SK nomor 800/12/2021, berlaku sampai 31 Desember 2025". */
  private String legal(LegalBasis b) {
    Texts t = texts();
    String state = b.state().label(t.locale());
    if (b.kind().isEmpty()) {
      return state;
    }
    String number = b.number().map(n -> t.get("sustainability.legal.number", n)).orElse("");
    String until = b.validUntil().map(d -> t.get("sustainability.legal.until", ValueText.date(d, t))).orElse("");
    return t.get("sustainability.legal.document", state, b.kind().get().label(t.locale()), number, until);
  }

  private void json(RegionCode region, LocalDate today, List<SustainabilityStatus> shown, Names names) {
    Texts t = texts();
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("region", region.value());
    o.put("day", today.toString());
    List<Object> items = new ArrayList<>();
    for (SustainabilityStatus st : shown) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("innovation", st.ref().toString());
      m.put("title", st.title());
      m.put("opd", st.opd().map(Object::toString).orElse(null));
      m.put("opdName", st.opd().map(names::opd).orElse(null));
      m.put("owner", st.owner().value());
      m.put("ownerName", names.person(st.owner()));
      WatchAssessment w = st.watch();
      m.put("state", w.state().name());
      m.put("stateLabel", w.state().label(t.locale()));
      m.put("watchedSince", w.watchedSince().toString());
      m.put("lastEntry", w.lastEntry().map(Object::toString).orElse(null));
      m.put("entryDays", w.entryDays());
      m.put("nextDue", w.nextDue().toString());
      m.put("overdueDays", w.overdueDays());
      LegalBasis b = st.legalBasis();
      m.put("legalBasis", b.state().name());
      m.put("legalBasisLabel", b.state().label(t.locale()));
      m.put("legalDocument", b.documentId().orElse(null));
      m.put("legalValidUntil", b.validUntil().map(Object::toString).orElse(null));
      m.put("latestVersion", st.latestVersion().map(InnovationVersion::number).orElse(null));
      List<Object> coming = new ArrayList<>();
      for (EligibilityVerdict v : st.coming()) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("competition", v.competition().name());
        c.put("year", v.year());
        c.put("eligible", v.eligible());
        c.put("reasons", v.reasons().stream().map(r -> r.code().name()).toList());
        coming.add(c);
      }
      m.put("coming", coming);
      m.put("flagged", st.flagged());
      items.add(m);
    }
    o.put("innovations", items);
    StringBuilder sb = new StringBuilder();
    ListCommand.Json.write(sb, o);
    out().print(Terminal.stdout() ? PrettyJson.indent(sb.toString()) : sb.append('\n').toString());
  }
}
