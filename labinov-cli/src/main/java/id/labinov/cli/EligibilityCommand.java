package id.labinov.cli;

import id.labinov.core.cycle.Competition;
import id.labinov.core.cycle.CompetitionRules;
import id.labinov.core.cycle.EligibilityReason;
import id.labinov.core.cycle.EligibilityVerdict;
import id.labinov.core.engine.InnovationRef;
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
 * {@code labinov eligibility --competition C --year Y [--innovation X]}: which innovations of the region
 * may enter a competition year — the ones that may first, then each one that may not with every reason,
 * what would make it eligible and by when; reasons resting on a rule whose source is not confirmed say
 * so. Without {@code --innovation}: every innovation of the region that was implemented or displayed, or
 * entered the competition. A report: exit 0 whatever the answer ({@code --format json} for scripts).
 */
@Command(name = "eligibility", mixinStandardHelpOptions = true, sortOptions = false)
final class EligibilityCommand extends CycleCommand {
  private static final Choices<String> FORMATS = Choices.codes("--format", List.of("text", "json"));

  @Option(names = "--competition", required = true, paramLabel = "IGA|KIPP", descriptionKey = "option.competition")
  String competition;

  @Option(names = "--year", required = true, paramLabel = "YYYY", descriptionKey = "option.competitionYear")
  int year;

  @Option(names = "--innovation", paramLabel = "INNOVATION", descriptionKey = "option.eligibilityInnovation")
  String innovation;

  @Option(names = "--format", paramLabel = "text|json", descriptionKey = "option.cycleFormat")
  String format;

  @Override
  int run() {
    String shape = format == null ? "text" : FORMATS.parse(format);
    Competition c = CycleValues.competitions("--competition").parse(competition);
    cycleYear(year);
    RegionCode region = region();
    InnovationRef ref = innovation == null ? null : innovation("--innovation", innovation, region);
    try (Session s = open()) {
      CompetitionRules rules = s.lab().cycle().rules().forYear(c, year);
      List<EligibilityVerdict> verdicts = ref == null ? s.lab().cycle().eligibility(actor(), region, c, year)
          : List.of(s.lab().cycle().eligibility(actor(), ref, c, year));
      if (shape.equals("json")) {
        json(region, c, rules, verdicts);
      } else {
        text(region, c, rules, verdicts);
      }
      return ExitCodes.OK;
    }
  }

  private void text(RegionCode region, Competition c, CompetitionRules rules, List<EligibilityVerdict> verdicts) {
    Texts t = texts();
    LocalDate deadline = rules.deadline(year);
    out().println(t.get("eligibility.head", c.label(t.locale()), String.valueOf(year), RegionNames.nameOrCode(region),
        region.value(), ValueText.date(deadline, t)));
    if (!rules.unverified().isEmpty()) {
      out().println(t.get("eligibility.rulesNote", String.valueOf(year)));
    }
    if (verdicts.isEmpty()) {
      out().println(t.get("eligibility.none"));
      return;
    }
    List<EligibilityVerdict> eligible = verdicts.stream().filter(EligibilityVerdict::eligible).toList();
    List<EligibilityVerdict> others = verdicts.stream().filter(v -> !v.eligible()).toList();
    if (!eligible.isEmpty()) {
      out().println(t.get("eligibility.eligible.head", eligible.size()));
      for (EligibilityVerdict v : eligible) {
        out().println(t.get("eligibility.innovation", v.title(), entered(v)));
      }
    }
    if (!others.isEmpty()) {
      out().println(t.get("eligibility.notEligible.head", others.size()));
      for (EligibilityVerdict v : others) {
        out().println(t.get("eligibility.innovation", v.title(), entered(v)));
        for (EligibilityReason r : v.reasons()) {
          out().println(t.get("eligibility.reason", r.message(t.locale())));
          if (!(v.closed() && r.fixable())) {
            out().println(t.get("eligibility.fix", r.fix(t.locale())));
          }
        }
      }
    }
    long fixable = others.stream().filter(EligibilityVerdict::fixable).count();
    if (verdicts.get(0).closed()) {
      out().println(t.get("eligibility.totalClosed", eligible.size(), verdicts.size()) + " "
          + verdicts.get(0).closedNote(t.locale()).orElseThrow());
    } else {
      out().println(t.get("eligibility.total", eligible.size(), verdicts.size(), fixable, ValueText.date(deadline, t)));
    }
  }

  /** " (sudah didaftarkan: Nominasi)" for an innovation entered in the year already, else nothing. */
  private String entered(EligibilityVerdict v) {
    Texts t = texts();
    return v.entered().map(e -> t.get("eligibility.entered", e.result().label(t.locale()))).orElse("");
  }

  private void json(RegionCode region, Competition c, CompetitionRules rules, List<EligibilityVerdict> verdicts) {
    Texts t = texts();
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("region", region.value());
    o.put("competition", c.name());
    o.put("competitionLabel", c.label(t.locale()));
    o.put("year", year);
    o.put("deadline", rules.deadline(year).toString());
    o.put("eligible", verdicts.stream().filter(EligibilityVerdict::eligible).count());
    List<Object> items = new ArrayList<>();
    for (EligibilityVerdict v : verdicts) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("innovation", v.ref().toString());
      m.put("title", v.title());
      m.put("eligible", v.eligible());
      m.put("fixable", v.fixable());
      m.put("closed", v.closed());
      m.put("entered", v.entered().map(e -> e.result().name()).orElse(null));
      List<Object> reasons = new ArrayList<>();
      for (EligibilityReason r : v.reasons()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("code", r.code().name());
        x.put("verified", r.verified());
        x.put("fixable", r.fixable());
        x.put("fixBy", r.fixBy().map(Object::toString).orElse(null));
        x.put("eligibleFromYear", r.eligibleFromYear().isPresent() ? r.eligibleFromYear().getAsInt() : null);
        x.put("message", r.message(t.locale()));
        x.put("fix", r.fix(t.locale()));
        reasons.add(x);
      }
      m.put("reasons", reasons);
      items.add(m);
    }
    o.put("innovations", items);
    StringBuilder sb = new StringBuilder();
    ListCommand.Json.write(sb, o);
    out().print(Terminal.stdout() ? PrettyJson.indent(sb.toString()) : sb.append('\n').toString());
  }
}
