package id.labinov.core;

import id.labinov.core.annotation.Beta;
import id.labinov.core.cycle.CarriedOverPreflight;
import id.labinov.core.cycle.Competition;
import id.labinov.core.cycle.CompetitionEntry;
import id.labinov.core.cycle.CompetitionRules;
import id.labinov.core.cycle.CycleRefusedException;
import id.labinov.core.cycle.DevelopmentChange;
import id.labinov.core.cycle.Eligibility;
import id.labinov.core.cycle.EligibilityFacts;
import id.labinov.core.cycle.EligibilityRules;
import id.labinov.core.cycle.EligibilityVerdict;
import id.labinov.core.cycle.EntryGroup;
import id.labinov.core.cycle.EntryResult;
import id.labinov.core.cycle.InnovationVersion;
import id.labinov.core.cycle.LegalBasis;
import id.labinov.core.rules.SustainabilitySettings;
import id.labinov.core.cycle.SustainabilityStatus;
import id.labinov.core.cycle.SustainabilityWatch;
import id.labinov.core.cycle.WatchAssessment;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.engine.NoSuchInnovationException;
import id.labinov.core.engine.StageVisit;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.evaluation.MonitoringEntry;
import id.labinov.core.iid.DocumentFilter;
import id.labinov.core.iid.IndicatorClaim;
import id.labinov.core.iid.Preflight;
import id.labinov.core.iid.PreflightReport;
import id.labinov.core.iid.RegisteredClaim;
import id.labinov.core.iid.RegisteredDocument;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.Actor;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.NationalStage;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import id.labinov.core.spi.CycleStore;
import id.labinov.core.spi.EvaluationStore;
import id.labinov.core.spi.EvidenceRegisterStore;
import id.labinov.core.spi.InnovationQuery;
import id.labinov.core.spi.InnovationStore;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The yearly cycle after the innovation week: competition entries (IGA, KIPP) with their eligibility,
 * development versions across years, the sustainability watch and the pre-flight with last year's
 * claims carried forward. Obtained from {@link Labinov#cycle()}; needs a {@link CycleStore}
 * ({@link Labinov.Builder#cycleStore}).
 *
 * <p><b>Who writes.</b> Entries and versions are recorded by the people who act on the innovation: its
 * team (the owner — the proposer, or whom it was handed over to — and the listed co-innovators, as
 * innovators of its OPD), its OPD head, a coach, the lab administrator or the regional head of the region,
 * as the host's authorisation decides ({@code record-entry}, {@code record-version}); a refusal is a
 * {@link CycleRefusedException}. Reads check the actor's scope.
 *
 * <p><b>The entry limit.</b> Recording an entry of a new competition year is refused with code
 * {@code ENTRY_LIMIT_REACHED} when the innovation already entered that competition in as many other
 * years as the year's rules allow; the decision is made again after a concurrent write, so the limit
 * holds under concurrent writers. Other eligibility rules do not refuse an entry (a region may record
 * entries it already made); {@link #eligibility} says whether the entry was allowed.
 */
@Beta
public final class CycleService {
  private static final String RECORD_ENTRY = "record-entry";
  private static final String RECORD_VERSION = "record-version";

  private final CommandPipeline pipeline;
  private final InnovationStore innovations;
  private final InnovationQuery query;
  private final CycleStore cycle;
  private final EvaluationStore evaluations;
  private final EvidenceRegisterStore register;
  private final IidService iid;
  private final RulebookResolver rulebooks;
  private final ContextLoader contexts;
  private final EligibilityRules rules;

  CycleService(CommandPipeline pipeline, InnovationStore innovations, InnovationQuery query, CycleStore cycle,
      EvaluationStore evaluations, EvidenceRegisterStore register, IidService iid, RulebookResolver rulebooks,
      ContextLoader contexts, EligibilityRules rules) {
    this.pipeline = pipeline;
    this.innovations = innovations;
    this.query = query;
    this.cycle = cycle;
    this.evaluations = evaluations;
    this.register = register;
    this.iid = iid;
    this.rulebooks = rulebooks;
    this.contexts = contexts;
    this.rules = rules;
  }

  private CycleStore store() {
    if (cycle == null) {
      throw new InvalidValueException("MISSING_SETTING", "cycleStore", null, "error.setting.cycleStore");
    }
    return cycle;
  }

  /** {@return the eligibility rules in use (the shipped ones unless the builder was given others)} */
  public EligibilityRules rules() {
    return rules;
  }

  /**
   * Records that an innovation entered a competition year, or the result of an entry already recorded
   * (the latest record of a competition and year is the entry).
   *
   * @param actor who records it
   * @param ref the innovation
   * @param competition the competition
   * @param year the competition year
   * @param group the group it entered in
   * @param result the result so far ({@link EntryResult#ENTERED} while unknown)
   * @param note an optional note, or {@code null}
   * @return the record as appended
   * @throws CycleRefusedException if the actor may not (nothing is written)
   * @throws NoSuchInnovationException if the innovation does not exist
   * @throws InvalidValueException with code {@code ENTRY_LIMIT_REACHED} for a new year beyond the
   *     competition's entry limit, {@code INVALID_YEAR} for a year outside 2000-2200
   */
  public CompetitionEntry recordEntry(Actor actor, InnovationRef ref, Competition competition, int year,
      EntryGroup group, EntryResult result, String note) {
    Checks.notNull(competition, "competition");
    Checks.notNull(group, "group");
    Checks.notNull(result, "result");
    InnovationState state = authorised(actor, ref, RECORD_ENTRY);
    return pipeline.retrying(true, () -> {
      List<CompetitionEntry> log = store().entries(ref);
      Set<Integer> otherYears = new java.util.TreeSet<>();
      boolean known = false;
      for (CompetitionEntry e : log) {
        if (e.competition() == competition) {
          if (e.year() == year) {
            known = true;
          } else {
            otherYears.add(e.year());
          }
        }
      }
      Optional<CompetitionRules> r = rules.find(competition, year);
      if (!known && r.isPresent() && r.get().maxEntries().isPresent()
          && otherYears.size() >= r.get().maxEntries().getAsInt()) {
        throw new InvalidValueException("ENTRY_LIMIT_REACHED", "year", year, "error.cycle.entryLimit",
            competition.name(), String.valueOf(r.get().maxEntries().getAsInt()),
            String.join(", ", otherYears.stream().map(String::valueOf).toList()));
      }
      CompetitionEntry entry = new CompetitionEntry(ref, competition, year, group, result, note, actor.personId(),
          pipeline.now(), log.size() + 1L);
      store().appendEntry(entry);
      return entry;
    });
  }

  /**
   * An innovation's entries: the latest record per competition and year.
   *
   * @param actor who reads
   * @param ref the innovation
   * @return the entries, by competition then year
   * @throws id.labinov.core.engine.OutsideScopeException if the region is outside the actor's scope
   */
  public List<CompetitionEntry> entries(Actor actor, InnovationRef ref) {
    Readers.region(actor, Checks.notNull(ref, "ref").region());
    return latest(store().entries(ref));
  }

  /**
   * An innovation's competition records as written, result updates included, oldest first.
   *
   * @param actor who reads
   * @param ref the innovation
   * @return the records
   * @throws id.labinov.core.engine.OutsideScopeException if the region is outside the actor's scope
   */
  public List<CompetitionEntry> entryLog(Actor actor, InnovationRef ref) {
    Readers.region(actor, Checks.notNull(ref, "ref").region());
    return store().entries(ref);
  }

  /**
   * Records a development version of an innovation (pengembangan) for a year: what changed and why. One
   * version per year, from the year the innovation was implemented (its implementation start date, else
   * the day it was displayed) up to the current year.
   *
   * @param actor who records it
   * @param ref the innovation
   * @param year the year of the development
   * @param note what was developed, 1-2000 characters
   * @param changes what changed, at least one
   * @return the version as appended
   * @throws CycleRefusedException if the actor may not (nothing is written)
   * @throws InvalidValueException with code {@code NOT_DISPLAYED} for an innovation neither implemented
   *     nor displayed yet,
   *     {@code VERSION_YEAR_EXISTS} for a year that has a version, {@code VERSION_YEAR_OUT_OF_RANGE} for
   *     a year before the implementation or after the current year, {@code NO_CHANGE} without changes
   */
  public InnovationVersion recordVersion(Actor actor, InnovationRef ref, int year, String note,
      Set<DevelopmentChange> changes) {
    InnovationState state = authorised(actor, ref, RECORD_VERSION);
    Optional<LocalDate> displayed = implementationStart(state).or(() -> displayedOn(state));
    if (displayed.isEmpty()) {
      throw new InvalidValueException("NOT_DISPLAYED", "ref", ref.id().value(), "error.cycle.notDisplayed",
          state.details().title());
    }
    int thisYear = today(ref.region()).getYear();
    if (year < displayed.get().getYear() || year > thisYear) {
      throw new InvalidValueException("VERSION_YEAR_OUT_OF_RANGE", "year", year, "error.cycle.versionYear",
          String.valueOf(displayed.get().getYear()), String.valueOf(thisYear));
    }
    return pipeline.retrying(true, () -> {
      List<InnovationVersion> log = store().versions(ref);
      for (InnovationVersion v : log) {
        if (v.year() == year) {
          throw new InvalidValueException("VERSION_YEAR_EXISTS", "year", year, "error.cycle.versionExists",
              String.valueOf(v.number()));
        }
      }
      InnovationVersion v = new InnovationVersion(ref, year, note, changes, actor.personId(), pipeline.now(),
          log.size() + 1L);
      store().appendVersion(v);
      return v;
    });
  }

  /**
   * An innovation's development versions, oldest first.
   *
   * @param actor who reads
   * @param ref the innovation
   * @return the versions
   * @throws id.labinov.core.engine.OutsideScopeException if the region is outside the actor's scope
   */
  public List<InnovationVersion> versions(Actor actor, InnovationRef ref) {
    Readers.region(actor, Checks.notNull(ref, "ref").region());
    return store().versions(ref);
  }

  /**
   * Whether one innovation may enter a competition year, and if not why, what would make it eligible
   * and by when.
   *
   * @param actor who reads
   * @param ref the innovation
   * @param competition the competition
   * @param year the competition year
   * @return the verdict
   * @throws id.labinov.core.engine.OutsideScopeException if the region is outside the actor's scope
   * @throws NoSuchInnovationException if the innovation does not exist
   * @throws InvalidValueException with code {@code NO_ELIGIBILITY_RULES} when no rules cover the year
   */
  public EligibilityVerdict eligibility(Actor actor, InnovationRef ref, Competition competition, int year) {
    Readers.region(actor, Checks.notNull(ref, "ref").region());
    CompetitionRules r = rules.forYear(Checks.notNull(competition, "competition"), year);
    InnovationState state = load(ref);
    return Eligibility.decide(r, year, facts(state, store().entries(ref), store().versions(ref)),
        today(ref.region()));
  }

  /**
   * Which innovations of a region are eligible for a competition year, and for each one that is not:
   * why, what would make it eligible, by when. Lists the region's innovations that were implemented or
   * displayed, or have an entry of the competition. Asked after the year's deadline, the verdicts are
   * {@linkplain EligibilityVerdict#closed() closed}: no fix counts for that year any more.
   *
   * @param actor who reads
   * @param region the region
   * @param competition the competition
   * @param year the competition year
   * @return one verdict per innovation, by title then id
   * @throws id.labinov.core.engine.OutsideScopeException if the region is outside the actor's scope
   * @throws InvalidValueException with code {@code NO_ELIGIBILITY_RULES} when no rules cover the year
   */
  public List<EligibilityVerdict> eligibility(Actor actor, RegionCode region, Competition competition, int year) {
    Readers.region(actor, region);
    CompetitionRules r = rules.forYear(Checks.notNull(competition, "competition"), year);
    LocalDate today = today(region);
    Map<InnovationRef, List<CompetitionEntry>> entries = byRef(store().entries(region), CompetitionEntry::ref);
    Map<InnovationRef, List<InnovationVersion>> versions = byRef(store().versions(region), InnovationVersion::ref);
    List<EligibilityVerdict> out = new ArrayList<>();
    for (InnovationState state : states(region)) {
      List<CompetitionEntry> own = entries.getOrDefault(ref(state), List.of());
      boolean entered = own.stream().anyMatch(e -> e.competition() == competition);
      if (displayedOn(state).isEmpty() && implementationStart(state).isEmpty() && !entered) {
        continue;
      }
      out.add(Eligibility.decide(r, year, facts(state, own, versions.getOrDefault(ref(state), List.of())), today));
    }
    out.sort(Comparator.comparing(EligibilityVerdict::title).thenComparing(v -> v.ref().id()));
    return out;
  }

  /**
   * The sustainability watch of a region on the current day (in the region's zone): every displayed
   * innovation that was not dropped, with its monitoring state ({@link SustainabilityWatch}, settings from
   * its rulebook), legal basis ({@link LegalBasis#of}, from the evidence register when the lab has one),
   * owner, latest development and eligibility for the coming competition years (for each competition with
   * rules, the current year while its entry deadline has not passed, else the next).
   *
   * @param actor who reads
   * @param region the region
   * @return one status per innovation, by title then id
   * @throws id.labinov.core.engine.OutsideScopeException if the region is outside the actor's scope
   */
  public List<SustainabilityStatus> sustainability(Actor actor, RegionCode region) {
    Readers.region(actor, region);
    return sustainability(actor, region, today(region));
  }

  /**
   * The sustainability watch of a region as on a given day (e.g. a report's day), otherwise as
   * {@link #sustainability(Actor, RegionCode)}: monitoring entries dated after the day are not yet seen,
   * the legal basis is the one in force that day, and the coming competition years are those of that day.
   *
   * @param actor who reads
   * @param region the region
   * @param today the day assessed, in the region's zone
   * @return one status per innovation, by title then id
   * @throws id.labinov.core.engine.OutsideScopeException if the region is outside the actor's scope
   */
  public List<SustainabilityStatus> sustainability(Actor actor, RegionCode region, LocalDate today) {
    Readers.region(actor, region);
    Checks.notNull(today, "today");
    Map<InnovationRef, List<CompetitionEntry>> entries = byRef(store().entries(region), CompetitionEntry::ref);
    Map<InnovationRef, List<InnovationVersion>> versions = byRef(store().versions(region), InnovationVersion::ref);
    List<RegisteredDocument> documents = register == null ? List.of() : register.list(region, DocumentFilter.all());
    List<SustainabilityStatus> out = new ArrayList<>();
    for (InnovationState state : states(region)) {
      Optional<LocalDate> displayed = displayedOn(state);
      if (displayed.isEmpty() || state.status() == InnovationStatus.DROPPED) {
        continue;
      }
      InnovationRef ref = ref(state);
      List<LocalDate> days = new ArrayList<>();
      if (evaluations != null) {
        for (MonitoringEntry m : evaluations.monitoring(ref)) {
          days.add(m.observedOn());
        }
      }
      SustainabilitySettings settings = rulebooks.of(state).sustainability();
      WatchAssessment watch = SustainabilityWatch.assess(settings, displayed.get(), days, today);
      List<InnovationVersion> own = versions.getOrDefault(ref, List.of());
      List<CompetitionEntry> ownEntries = entries.getOrDefault(ref, List.of());
      List<EligibilityVerdict> coming = new ArrayList<>();
      for (Competition c : Competition.values()) {
        Optional<CompetitionRules> now = rules.find(c, today.getYear());
        int year = now.isPresent() && today.isAfter(now.get().deadline(today.getYear())) ? today.getYear() + 1
            : today.getYear();
        rules.find(c, year).ifPresent(r -> coming.add(Eligibility.decide(r, year, facts(state, ownEntries, own),
            today)));
      }
      out.add(new SustainabilityStatus(ref, state.details().title(), Optional.ofNullable(state.details().opd()),
          state.proposedBy(), watch, LegalBasis.of(state.id(), documents, today),
          own.isEmpty() ? Optional.empty() : Optional.of(own.get(own.size() - 1)), coming));
    }
    out.sort(Comparator.comparing(SustainabilityStatus::title).thenComparing(s -> s.ref().id()));
    return out;
  }

  /**
   * The pre-flight of an innovation's index claims of a year, with the previous year's claims carried
   * forward when the innovation has a development version of that year (see {@link CarriedOverPreflight}).
   *
   * @param actor who reads
   * @param ref the innovation
   * @param year the index year
   * @return the pre-flight and what was carried over
   * @throws id.labinov.core.engine.OutsideScopeException if the region is outside the actor's scope
   */
  public CarriedOverPreflight preflight(Actor actor, InnovationRef ref, int year) {
    Readers.region(actor, Checks.notNull(ref, "ref").region());
    Optional<InnovationVersion> version = store().versions(ref).stream().filter(v -> v.year() == year).findFirst();
    List<IndicatorClaim> claims = new ArrayList<>(claimsOf(actor, ref, year));
    Set<String> carried = new LinkedHashSet<>();
    if (version.isPresent()) {
      carried.addAll(carriedClaims(actor, ref, year, claims).keySet());
      claims.addAll(carriedClaims(actor, ref, year, claims).values());
    }
    PreflightReport report = iid.preflightOf(ref.region(), year, claims, Preflight.iidInnovationIndicators());
    return new CarriedOverPreflight(report, carried, version);
  }

  /**
   * Confirms a carried-over claim: stores last year's claim of the indicator, with its level and
   * documents, as this year's claim (through {@link IidService#putClaim}, with its authorisation and log).
   *
   * @param actor who confirms
   * @param ref the innovation
   * @param year the index year
   * @param indicator the indicator code
   * @return the claim as stored
   * @throws InvalidValueException with code {@code NOT_CARRIED_OVER} if no claim of that indicator is
   *     carried over into the year (no version of the year, no claim the year before, or claimed already)
   * @throws id.labinov.core.iid.RegisterRefusedException if the actor may not change the claims
   */
  public RegisteredClaim confirmCarriedOver(Actor actor, InnovationRef ref, int year, String indicator) {
    Readers.region(actor, Checks.notNull(ref, "ref").region());
    Checks.notBlank(indicator, "indicator");
    boolean developed = store().versions(ref).stream().anyMatch(v -> v.year() == year);
    IndicatorClaim carried = developed ? carriedClaims(actor, ref, year, claimsOf(actor, ref, year)).get(indicator)
        : null;
    if (carried == null) {
      throw new InvalidValueException("NOT_CARRIED_OVER", "indicator", indicator, "error.cycle.notCarried",
          String.valueOf(year));
    }
    return iid.putClaim(actor, carried, 0);
  }

  private List<IndicatorClaim> claimsOf(Actor actor, InnovationRef ref, int year) {
    return iid.claims(actor, ref.region(), Optional.of(ref.id()), year).stream().map(RegisteredClaim::claim).toList();
  }

  /** Last year's claims of indicators not claimed in {@code year}, re-dated to it, by indicator. */
  private Map<String, IndicatorClaim> carriedClaims(Actor actor, InnovationRef ref, int year,
      List<IndicatorClaim> current) {
    Set<String> claimed = new LinkedHashSet<>();
    current.forEach(c -> claimed.add(c.indicator()));
    Map<String, IndicatorClaim> out = new LinkedHashMap<>();
    if (year - 1 < 2000) {
      return out;
    }
    for (IndicatorClaim c : claimsOf(actor, ref, year - 1)) {
      if (!claimed.contains(c.indicator())) {
        out.put(c.indicator(), new IndicatorClaim(c.region(), c.innovation(), year, c.indicator(), c.claimedLevel(),
            c.documentIds(), c.statedValue()));
      }
    }
    return out;
  }

  private InnovationState authorised(Actor actor, InnovationRef ref, String action) {
    Checks.notNull(actor, "actor");
    Checks.notNull(ref, "ref");
    Verdict denied = pipeline.authoriseRegion(actor, ref.region(), action);
    if (denied != null) {
      throw new CycleRefusedException(denied);
    }
    InnovationState state = load(ref);
    List<Violation> notOwner = pipeline.authoriseOwner(actor, state, action);
    if (!notOwner.isEmpty()) {
      throw new CycleRefusedException(new Verdict(action, notOwner, List.of()));
    }
    return state;
  }

  private InnovationState load(InnovationRef ref) {
    return innovations.load(ref).orElseThrow(() -> new NoSuchInnovationException(ref));
  }

  private List<InnovationState> states(RegionCode region) {
    List<InnovationState> out = new ArrayList<>();
    PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
    while (page != null) {
      Page<InnovationSummary> result = query.find(Scope.region(region), InnovationFilter.all(), page);
      List<InnovationRef> refs = result.items().stream().map(InnovationSummary::ref).toList();
      Map<InnovationRef, InnovationState> loaded = innovations.loadAll(refs);
      for (InnovationRef r : refs) {
        InnovationState s = loaded.get(r);
        if (s != null) {
          out.add(s);
        }
      }
      page = result.next();
    }
    return out;
  }

  private EligibilityFacts facts(InnovationState state, List<CompetitionEntry> entries,
      List<InnovationVersion> versions) {
    Optional<LocalDate> implemented = implementationStart(state).or(() -> displayedOn(state));
    EntryGroup group = state.details().replicates() != null ? EntryGroup.REPLICATION : EntryGroup.GENERAL;
    return new EligibilityFacts(ref(state), state.details().title(), group, implemented,
        state.status() == InnovationStatus.DROPPED, latest(entries), versions);
  }

  private static Optional<LocalDate> implementationStart(InnovationState state) {
    return state.details().date(InnovationDetails.IMPLEMENTATION_START_DATE);
  }

  /** The day the innovation first entered a stage its rulebook maps to penerapan (its display), in the region's zone. */
  private Optional<LocalDate> displayedOn(InnovationState state) {
    Rulebook rulebook = rulebooks.of(state);
    ZoneId zone = contexts.zone(state.region());
    for (StageVisit v : state.visits()) {
      if (rulebook.findStage(v.stage()).map(s -> s.nationalStage() == NationalStage.PENERAPAN).orElse(false)) {
        return Optional.of(v.enteredAt().atZone(zone).toLocalDate());
      }
    }
    return Optional.empty();
  }

  private LocalDate today(RegionCode region) {
    return pipeline.now().atZone(contexts.zone(region)).toLocalDate();
  }

  private static InnovationRef ref(InnovationState state) {
    return new InnovationRef(state.region(), state.id());
  }

  private static List<CompetitionEntry> latest(List<CompetitionEntry> log) {
    Map<String, CompetitionEntry> byKey = new LinkedHashMap<>();
    for (CompetitionEntry e : log) {
      byKey.merge(e.competition() + "/" + e.year(), e, (a, b) -> b.sequence() > a.sequence() ? b : a);
    }
    List<CompetitionEntry> out = new ArrayList<>(byKey.values());
    out.sort(Comparator.comparing(CompetitionEntry::competition).thenComparingInt(CompetitionEntry::year));
    return out;
  }

  private static <T> Map<InnovationRef, List<T>> byRef(List<T> items, java.util.function.Function<T, InnovationRef> key) {
    Map<InnovationRef, List<T>> out = new LinkedHashMap<>();
    for (T t : items) {
      out.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t);
    }
    return out;
  }
}
