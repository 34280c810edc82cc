package id.labinov.core;


import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.Actor;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.programme.NoSuchProgrammeException;
import id.labinov.core.programme.Programme;
import id.labinov.core.programme.ProgrammeCommand;
import id.labinov.core.programme.ProgrammeDecider;
import id.labinov.core.programme.ProgrammeDecision;
import id.labinov.core.programme.ProgrammeProgress;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.UnknownRulebookException;
import id.labinov.core.rules.Verdict;
import id.labinov.core.spi.InnovationQuery;
import id.labinov.core.spi.ProgrammeStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lab programmes (one lab year of a region): open, adjust the schedule, close, and the progress
 * against the target. A refused command (by the authorisation step or by the programme's rules) is
 * recorded with the refusal sink and log like an innovation command's ({@code Refusal.Kind.PROGRAMME},
 * subject {@code programme:<id>}, command {@code Open}, {@code AdjustSchedule} or {@code Close}).
 * Obtained from {@link Labinov#programmes()}; thread-safe.
 */
public final class ProgrammeService {
  /** The names of the programme commands as the refusal log records them: the command records' names. */
  private static final String OPEN = ProgrammeCommand.Open.class.getSimpleName();
  private static final String ADJUST_SCHEDULE = ProgrammeCommand.AdjustSchedule.class.getSimpleName();
  private static final String CLOSE = ProgrammeCommand.Close.class.getSimpleName();

  private final CommandPipeline pipeline;
  private final ProgrammeStore programmes;
  private final InnovationQuery query;
  private final RulebookResolver rulebooks;

  ProgrammeService(CommandPipeline pipeline, ProgrammeStore programmes, InnovationQuery query,
      RulebookResolver rulebooks) {
    this.pipeline = pipeline;
    this.programmes = programmes;
    this.query = query;
    this.rulebooks = rulebooks;
  }

  private ProgrammeStore store() {
    if (programmes == null) {
      throw new InvalidValueException("MISSING_SETTING", "programmeStore", null, "error.setting.programmeStore");
    }
    return programmes;
  }

  /**
   * Opens a programme (LAB_ADMIN only). Its rulebook must be the default or the region's rulebook,
   * or already be in the rulebook store.
   *
   * @param actor who opens it
   * @param spec the programme's specification, from {@link Programme#builder()}
   * @return the decision: accepted with the opened programme (version 1), or refused with every reason
   * @throws UnknownRulebookException if the programme's rulebook cannot be found
   */
  public ProgrammeDecision open(Actor actor, Programme spec) {
    Checks.notNull(actor, "actor");
    Checks.notNull(spec, "spec");
    ProgrammeStore store = store();
    Verdict denied = pipeline.authoriseRegion(actor, spec.region(), "open-programme");
    if (denied != null) {
      // refused before anything of the region is read
      return refused(spec.region(), spec.id(), actor, OPEN, new ProgrammeDecision(denied, null));
    }
    Programme current = store.load(spec.region(), spec.id()).orElse(null);
    ProgrammeDecision d = ProgrammeDecider.of(rulebooks.forProgramme(spec))
        .decide(current, new ProgrammeCommand.Open(spec), actor, List.of(), pipeline.now());
    if (d.accepted()) {
      store.save(d.programme());
      return d;
    }
    return refused(spec.region(), spec.id(), actor, OPEN, d);
  }

  /**
   * Replaces a programme's schedule (LAB_ADMIN only); refused if it would strand innovations
   * already in a stage.
   *
   * @param actor who adjusts it
   * @param region the region
   * @param programmeId the programme
   * @param schedule the new phase windows by stage
   * @return the decision
   * @throws NoSuchProgrammeException if the programme does not exist
   */
  public ProgrammeDecision adjustSchedule(Actor actor, RegionCode region, String programmeId,
      Map<String, PhaseWindow> schedule) {
    Verdict denied = pipeline.authoriseRegion(Checks.notNull(actor, "actor"), Checks.notNull(region, "region"),
        "adjust-schedule");
    if (denied != null) {
      return refused(region, Checks.notBlank(programmeId, "programmeId"), actor, ADJUST_SCHEDULE,
          new ProgrammeDecision(denied, null));
    }
    Programme p = get(region, programmeId);
    return decide(actor, p, new ProgrammeCommand.AdjustSchedule(Checks.notNull(schedule, "schedule")));
  }

  /**
   * Closes a programme (LAB_ADMIN only).
   *
   * @param actor who closes it
   * @param region the region
   * @param programmeId the programme
   * @param reason why
   * @return the decision
   * @throws NoSuchProgrammeException if the programme does not exist
   */
  public ProgrammeDecision close(Actor actor, RegionCode region, String programmeId, String reason) {
    Verdict denied = pipeline.authoriseRegion(Checks.notNull(actor, "actor"), Checks.notNull(region, "region"),
        "close-programme");
    if (denied != null) {
      return refused(region, Checks.notBlank(programmeId, "programmeId"), actor, CLOSE,
          new ProgrammeDecision(denied, null));
    }
    Programme p = get(region, programmeId);
    return decide(actor, p, new ProgrammeCommand.Close(reason));
  }

  private ProgrammeDecision decide(Actor actor, Programme p, ProgrammeCommand command) {
    Checks.notNull(actor, "actor");
    ProgrammeDecision d = ProgrammeDecider.of(rulebooks.forProgramme(p)).decide(p, command, actor, members(p),
        pipeline.now());
    if (d.accepted()) {
      store().save(d.programme());
      return d;
    }
    return refused(p.region(), p.id(), actor, command.getClass().getSimpleName(), d);
  }

  /** Records a refused programme command and returns its decision. */
  private ProgrammeDecision refused(RegionCode region, String programmeId, Actor actor, String command,
      ProgrammeDecision d) {
    pipeline.refusedProgramme(region, programmeId, actor, command, d.verdict());
    return d;
  }

  /**
   * Finds a programme, as an actor may read it: only in a region of the actor's scope.
   *
   * @param region the region
   * @param programmeId the id
   * @param actor who reads
   * @return the programme, or empty
   * @throws id.labinov.core.engine.OutsideScopeException if the region is outside the actor's scope
   */
  public Optional<Programme> find(RegionCode region, String programmeId, Actor actor) {
    return find(Readers.region(actor, region), programmeId);
  }

  /**
   * Returns a programme's progress, as an actor may read it: only in a region of the actor's scope.
   *
   * @param region the region
   * @param programmeId the programme
   * @param actor who reads
   * @return the progress
   * @throws id.labinov.core.engine.OutsideScopeException if the region is outside the actor's scope
   */
  public ProgrammeProgress progress(RegionCode region, String programmeId, Actor actor) {
    return progress(Readers.region(actor, region), programmeId);
  }

  /**
   * Finds a programme.
   *
   * @param region the region
   * @param programmeId the id
   * @return the programme, or empty
   */
  public Optional<Programme> find(RegionCode region, String programmeId) {
    Checks.notNull(region, "region");
    Checks.notBlank(programmeId, "programmeId");
    return store().load(region, programmeId);
  }

  private Programme get(RegionCode region, String programmeId) {
    return find(region, programmeId).orElseThrow(() -> new NoSuchProgrammeException(programmeId, region.value()));
  }

  private List<InnovationSummary> members(Programme p) {
    List<InnovationSummary> out = new ArrayList<>();
    InnovationFilter filter = InnovationFilter.builder().programmes(p.id()).build();
    PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
    while (page != null) {
      Page<InnovationSummary> result = query.find(Scope.region(p.region()), filter, page);
      out.addAll(result.items());
      page = result.next();
    }
    return out;
  }

  /**
   * Returns the rulebook a programme follows: its id and version, looked up as the programme's own
   * decisions look it up (the region's rulebook, the default, or the rulebook store), whether or not
   * any innovation follows it yet.
   *
   * @param region the region
   * @param programmeId the programme
   * @return the rulebook
   * @throws NoSuchProgrammeException if the programme does not exist
   * @throws UnknownRulebookException if its rulebook cannot be found
   */
  public Rulebook rulebookOf(RegionCode region, String programmeId) {
    return rulebooks.forProgramme(get(region, programmeId));
  }

  /**
   * Computes a programme's progress today (in its zone): innovations per stage against the target,
   * and which are late against the schedule.
   *
   * @param region the region
   * @param programmeId the programme
   * @return the progress
   * @throws NoSuchProgrammeException if the programme does not exist
   */
  public ProgrammeProgress progress(RegionCode region, String programmeId) {
    Programme p = get(region, programmeId);
    return ProgrammeProgress.of(p, rulebooks.forProgramme(p), members(p),
        pipeline.now().atZone(p.timeZone().zoneId()).toLocalDate());
  }
}
