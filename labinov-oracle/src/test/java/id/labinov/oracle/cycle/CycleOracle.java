package id.labinov.oracle.cycle;

import id.labinov.core.cycle.Competition;
import id.labinov.core.cycle.CompetitionEntry;
import id.labinov.core.cycle.CompetitionRules;
import id.labinov.core.cycle.DevelopmentChange;
import id.labinov.core.cycle.Eligibility;
import id.labinov.core.cycle.EligibilityFacts;
import id.labinov.core.cycle.EligibilityReason;
import id.labinov.core.cycle.EligibilityRules;
import id.labinov.core.cycle.EligibilityVerdict;
import id.labinov.core.cycle.EntryGroup;
import id.labinov.core.cycle.InnovationVersion;
import id.labinov.core.rules.SustainabilitySettings;
import id.labinov.core.evaluation.Band;
import id.labinov.core.evaluation.RatingBands;
import id.labinov.core.iid.DocumentKind;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.PersonName;
import id.labinov.oracle.cycle.CyclePlay.Inputs;
import id.labinov.oracle.cycle.CyclePlay.Innovation;
import id.labinov.oracle.readiness.ReadinessOracle;
import id.labinov.oracle.readiness.RegisterPlay;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The yearly-cycle reports recomputed from a play's inputs, as README and the reports' definitions state
 * them. The watch: the entries from the display day to the report day, the next due day = the last entry
 * (or the display) + the interval, days overdue, the state by the thresholds. The legal basis: active
 * Perda / Perkada / SK backing the innovation, in force on the report day, strongest kind then latest date;
 * else the one that ended last (expired); else missing. The what-if: the readiness oracle's scores, the
 * index (SPD + sum / max(10, n) + count) / 250 x 100 to 2 decimals for the submission and each single
 * choice, the band looked up in the bands' ranges, the order by change, title and id. Eligibility verdicts
 * are an input the reports read from core: the oracle takes them from core's pure {@link Eligibility#decide}
 * on its own facts (the display day, the recorded entries and versions) and its own choice of the year.
 */
public final class CycleOracle {
  static final EligibilityRules RULES = EligibilityRules.shipped();
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private CycleOracle() {}

  /** One innovation under watch, as the report should show it. */
  public record Row(Innovation innovation, SustainabilitySettings settings, String state, LocalDate lastEntry,
      int entryDays, LocalDate nextDue, long overdueDays, String basis, String documentId, String documentKind,
      String documentNumber, LocalDate validUntil, Integer versionYear, Integer versionNumber,
      Set<DevelopmentChange> changes, String ownerName, String opdName, List<EligibilityVerdict> coming) {
    /** {@return 0 lapsed, 1 at risk, 2 watched without a legal basis in force, 3 the rest} */
    public int attention() {
      return state.equals("LAPSED") ? 0 : state.equals("AT_RISK") ? 1 : !basis.equals("VALID") ? 2 : 3;
    }
  }

  /** The sustainability report as it should be. */
  public record Sustainability(List<Row> all, List<Row> rows, long watched, long atRisk, long lapsed, long noBasis,
      long flagged, Integer igaYear, Long eligibleIga) {}

  /**
   * Recomputes the sustainability report.
   *
   * @param in the play's inputs
   * @param flaggedOnly whether only the innovations needing attention are listed
   * @param locale the report's language (for the owner's erased mark)
   * @return the expected report
   */
  public static Sustainability sustainability(Inputs in, boolean flaggedOnly, Locale locale) {
    List<Row> all = new ArrayList<>();
    for (Innovation inv : in.innovations().values()) {
      if (inv.displayed() == null || inv.dropped()) {
        continue;
      }
      SustainabilitySettings s = in.settings();
      TreeSet<LocalDate> days = new TreeSet<>();
      for (LocalDate d : in.monitoring().get(inv.ref().id())) {
        if (!d.isBefore(inv.displayed()) && !d.isAfter(DAY)) {
          days.add(d);
        }
      }
      LocalDate last = days.isEmpty() ? null : days.last();
      LocalDate due = (last == null ? inv.displayed() : last).plus(s.monitoringEvery());
      long overdue = Math.max(0, ChronoUnit.DAYS.between(due, DAY));
      String state = overdue > s.lapsedAfterDays() ? "LAPSED" : overdue > s.atRiskAfterDays() ? "AT_RISK" : "WATCHED";
      EvidenceDocument basis = null;
      EvidenceDocument expired = null;
      for (EvidenceDocument d : in.documents()) {
        if (in.superseded().contains(d.id()) || !CyclePlay.LEGAL_KINDS.contains(d.kind())
            || !d.innovations().contains(inv.ref().id())) {
          continue;
        }
        LocalDate from = d.validFrom().orElse(d.date());
        boolean ended = d.validUntil().isPresent() && d.validUntil().get().isBefore(DAY);
        if (!from.isAfter(DAY) && !ended) {
          if (basis == null || rank(d.kind()) < rank(basis.kind())
              || rank(d.kind()) == rank(basis.kind()) && d.date().isAfter(basis.date())) {
            basis = d;
          }
        } else if (ended && (expired == null || d.validUntil().get().isAfter(expired.validUntil().get()))) {
          expired = d;
        }
      }
      EvidenceDocument found = basis != null ? basis : expired;
      List<InnovationVersion> versions = in.versions().get(inv.ref().id());
      InnovationVersion latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
      PersonName name = CyclePlay.personName(inv.proposer());
      String owner = name.isErased() ? (locale.getLanguage().equals("en") ? "(erased)" : "(dihapus)")
          : name.findName().orElse(null);
      List<EligibilityVerdict> coming = new ArrayList<>();
      for (Competition c : Competition.values()) {
        comingYear(c).ifPresent(y -> coming.add(verdict(in, inv, c, y)));
      }
      all.add(new Row(inv, s, state, last, days.size(), due, overdue,
          basis != null ? "VALID" : expired != null ? "EXPIRED" : "MISSING", found == null ? null : found.id(),
          found == null ? null : found.kind().code(), found == null ? null : found.number().orElse(null),
          found == null ? null : found.validUntil().orElse(null), latest == null ? null : latest.year(),
          latest == null ? null : versions.size() + 1, latest == null ? Set.of() : latest.changes(), owner,
          inv.opd() == null ? null : RegisterPlay.OPD_NAMES.get(inv.opd()), coming));
    }
    all.sort(Comparator.comparingInt(Row::attention).thenComparing(r -> r.innovation().title())
        .thenComparing(r -> r.innovation().ref().id().toString()));
    List<Row> rows = all.stream().filter(r -> !flaggedOnly || r.attention() < 3).toList();
    Optional<Integer> iga = comingYear(Competition.IGA);
    long eligible = 0;
    for (Row r : all) {
      for (EligibilityVerdict v : r.coming()) {
        eligible += v.competition() == Competition.IGA && v.eligible() ? 1 : 0;
      }
    }
    return new Sustainability(all, rows, count(all, "WATCHED"), count(all, "AT_RISK"), count(all, "LAPSED"),
        all.stream().filter(r -> !r.basis().equals("VALID")).count(), all.stream().filter(r -> r.attention() < 3)
            .count(), iga.orElse(null), iga.isPresent() ? eligible : null);
  }

  private static long count(List<Row> rows, String state) {
    return rows.stream().filter(r -> r.state().equals(state)).count();
  }

  /** Perda first, then Perkada, then SK. */
  private static int rank(DocumentKind kind) {
    return kind.equals(DocumentKind.PERDA) ? 0 : kind.equals(DocumentKind.PERKADA) ? 1 : 2;
  }

  /** The coming year: this year while its entry deadline has not passed, else the next, if rules cover it. */
  static Optional<Integer> comingYear(Competition c) {
    Optional<CompetitionRules> now = RULES.find(c, DAY.getYear());
    int year = DAY.getYear();
    if (now.isPresent() && DAY.isAfter(now.get().entryDeadline().atYear(year))) {
      year++;
    }
    int y = year;
    return RULES.find(c, y).map(r -> y);
  }

  /** Core's pure eligibility on the oracle's own facts. */
  static EligibilityVerdict verdict(Inputs in, Innovation inv, Competition c, int year) {
    EligibilityFacts facts = new EligibilityFacts(inv.ref(), inv.title(), EntryGroup.GENERAL,
        Optional.ofNullable(inv.displayed()), inv.dropped(), in.entries().get(inv.ref().id()),
        in.versions().get(inv.ref().id()));
    return Eligibility.decide(RULES.forYear(c, year), year, facts, DAY);
  }

  // ------------------------------------------------------------------ what-if

  /** The what-if's options as the oracle takes them. */
  public record WhatIfOptions(String basis, ReadinessOracle.Options scores, Set<InnovationId> submitted,
      boolean unclaimed) {}

  /** One choice. */
  public record Choice(int rank, String kind, InnovationId id, String title, BigDecimal score, BigDecimal indexAfter,
      String bandAfter, int innovationsAfter, BigDecimal change, EligibilityVerdict iga, boolean possible) {}

  /** The what-if as it should be. */
  public record WhatIf(int n, int divisor, BigDecimal sum, BigDecimal mean, BigDecimal sid, BigDecimal spd,
      BigDecimal count, BigDecimal index, String band, List<Choice> choices, int bandsYear) {}

  /** The candidates: innovations with claims in the year, and the displayed ones when asked, by id. */
  public static Map<InnovationId, BigDecimal> candidates(Inputs in, WhatIfOptions o, Locale locale) {
    Map<InnovationId, BigDecimal> out = new java.util.LinkedHashMap<>();
    for (ReadinessOracle.Row r : ReadinessOracle.expect(in.register(), o.scores(), locale).rows()) {
      out.put(r.id(), switch (o.basis()) {
        case "claimed" -> r.claimed();
        case "verified" -> r.verified();
        default -> r.supported();
      });
    }
    if (o.unclaimed()) {
      for (Innovation inv : in.innovations().values()) {
        if (inv.displayed() != null && !inv.dropped()) {
          out.putIfAbsent(inv.ref().id(), BigDecimal.ZERO);
        }
      }
    }
    return out;
  }

  /**
   * Recomputes the what-if.
   *
   * @param in the play's inputs
   * @param o the options
   * @param locale the report's language
   * @return the expected report
   */
  public static WhatIf whatIf(Inputs in, WhatIfOptions o, Locale locale) {
    int year = in.register().year();
    Map<InnovationId, BigDecimal> candidates = candidates(in, o, locale);
    Set<InnovationId> submitted = o.submitted() != null ? o.submitted() : Set.copyOf(
        ReadinessOracle.expect(in.register(), o.scores(), locale).rows().stream().map(ReadinessOracle.Row::id).toList());
    RatingBands bands = o.scores().bands();
    if (bands == null) {
      int chosen = RatingBands.years().get(0);
      for (int y : RatingBands.years()) {
        chosen = y <= year ? y : chosen;
      }
      bands = RatingBands.forYear(chosen);
    }
    BigDecimal spd = o.scores().spd() == null ? BigDecimal.ZERO : o.scores().spd();
    if (o.basis().equals("verified") && o.scores().spdVerified() != null) {
      spd = o.scores().spdVerified();
    }
    BigDecimal count = o.scores().countScore() == null ? BigDecimal.ZERO : o.scores().countScore();
    BigDecimal sum = BigDecimal.ZERO;
    for (InnovationId id : submitted) {
      sum = sum.add(candidates.get(id));
    }
    int n = submitted.size();
    BigDecimal index = index(spd, sum, n, count);
    List<Choice> choices = new ArrayList<>();
    for (Map.Entry<InnovationId, BigDecimal> e : candidates.entrySet()) {
      boolean in1 = submitted.contains(e.getKey());
      BigDecimal after = in1 ? sum.subtract(e.getValue()) : sum.add(e.getValue());
      int nAfter = in1 ? n - 1 : n + 1;
      BigDecimal indexAfter = index(spd, after, nAfter, count);
      Innovation inv = in.innovations().get(e.getKey());
      EligibilityVerdict iga = RULES.find(Competition.IGA, year).isPresent()
          ? verdict(in, inv, Competition.IGA, year) : null;
      choices.add(new Choice(0, in1 ? "REMOVE" : "ADD", e.getKey(), inv.title(), e.getValue(), indexAfter,
          band(bands, indexAfter), nAfter, indexAfter.subtract(index), iga, in1 || iga == null || iga.eligible()));
    }
    choices.sort(Comparator.comparing(Choice::change, Comparator.reverseOrder()).thenComparing(Choice::title)
        .thenComparing(Choice::id));
    List<Choice> ranked = new ArrayList<>();
    for (Choice c : choices) {
      ranked.add(new Choice(ranked.size() + 1, c.kind(), c.id(), c.title(), c.score(), c.indexAfter(), c.bandAfter(),
          c.innovationsAfter(), c.change(), c.iga(), c.possible()));
    }
    int divisor = Math.max(10, n);
    return new WhatIf(n, divisor, sum, n == 0 ? null : sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP),
        sum.divide(BigDecimal.valueOf(divisor), 2, RoundingMode.HALF_UP), spd, count, index, band(bands, index),
        ranked, bands.year());
  }

  /** (SPD + sum / max(10, n) + count) / 250 x 100, 2 decimals half up. */
  static BigDecimal index(BigDecimal spd, BigDecimal sum, int n, BigDecimal count) {
    MathContext wide = new MathContext(60);
    BigDecimal part = sum.divide(BigDecimal.valueOf(Math.max(10, n)), wide);
    return spd.add(part).add(count).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(250), wide)
        .setScale(2, RoundingMode.HALF_UP);
  }

  static String band(RatingBands bands, BigDecimal index) {
    String out = null;
    for (Band b : bands.bands()) {
      if (index.compareTo(b.min()) >= 0 && (b.max() == null || index.compareTo(b.max()) < 0)) {
        out = b.code();
      }
    }
    return out;
  }

  /** The reasons' codes of a verdict. */
  static List<String> codes(EligibilityVerdict v) {
    return v.reasons().stream().map(r -> r.code().name()).toList();
  }

  /** The reasons' sentences in a language. */
  static List<String> sentences(EligibilityVerdict v, Locale l) {
    List<String> out = new ArrayList<>();
    for (EligibilityReason r : v.reasons()) {
      out.add(r.message(l) + " | " + r.fix(l) + " | " + r.fixBy().orElse(null));
    }
    return out;
  }
}
