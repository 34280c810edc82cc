package id.labinov.core;


import id.labinov.core.engine.Command;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.evaluation.EvaluationResult;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.ScoreEntry;
import id.labinov.core.evaluation.ScoreSheet;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.programme.Programme;
import id.labinov.core.rules.EvaluationSummary;
import id.labinov.core.rules.RuleContext;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.spi.Directory;
import id.labinov.core.spi.EvaluationStore;
import id.labinov.core.spi.ProgrammeStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads what rules see besides the facts: the time, the zone (the builder's override, the
 * programme's, or the region's default), the programme's windows, and the latest round's result of
 * every evaluation scheme the rulebook's rules read ({@link Rulebook#evaluationSchemes()}), so a
 * plug-in rule receives evaluation results as a built-in one does; and, when the lab has a
 * directory, what it says of a person a command names (a handover's new owner), so the decider can
 * refuse someone the lab does not know or whose name was erased without reading a store itself.
 * Thread-safe.
 */
final class ContextLoader {
  private final Map<RegionCode, IndonesianTimeZone> zones;
  private final ProgrammeStore programmes;
  private final EvaluationStore evaluations;
  private final Map<String, EvaluationScheme> schemes;
  private final Directory directory;

  ContextLoader(Map<RegionCode, IndonesianTimeZone> zones, ProgrammeStore programmes, EvaluationStore evaluations,
      Map<String, EvaluationScheme> schemes, Directory directory) {
    this.zones = Map.copyOf(zones);
    this.programmes = programmes;
    this.evaluations = evaluations;
    this.schemes = Map.copyOf(schemes);
    this.directory = directory;
  }

  /** The context of a region's command outside any innovation's evaluations (a proposal). */
  RuleContext forRegion(RegionCode region, String programmeId, Instant now) {
    if (programmeId != null && programmes == null) {
      // a proposal into a programme needs the programme store: name the setting
      throw new InvalidValueException("MISSING_SETTING", "programmeStore", null, "error.setting.programmeStore");
    }
    return programmeId == null ? RuleContext.of(now, zoneOf(region)) : builder(region, programmeId, now, null).build();
  }

  /** The context of an existing innovation's command under the rulebook it follows. */
  RuleContext forState(InnovationState state, Rulebook rulebook, Instant now) {
    return forState(state, rulebook, now, null);
  }

  /**
   * The context of an existing innovation's command, reading each programme once per
   * {@code programmes} (a bulk chunk's: its innovations mostly share one), or every time when
   * {@code null}.
   */
  RuleContext forState(InnovationState state, Rulebook rulebook, Instant now,
      Map<List<Object>, Optional<Programme>> programmes) {
    return forState(state, rulebook, now, programmes, null);
  }

  /**
   * The context of an existing innovation's command, as {@link #forState(InnovationState, Rulebook,
   * Instant, Map)} gives it, with what the lab's directory says of the person {@code command} names,
   * if it names one and the lab has a directory.
   */
  RuleContext forState(InnovationState state, Rulebook rulebook, Instant now,
      Map<List<Object>, Optional<Programme>> programmes, Command command) {
    PersonId named = directory != null && command instanceof Command.HandOver h ? h.newOwner() : null;
    if (named == null && state.programmeId() == null
        && (evaluations == null || rulebook.evaluationSchemes().isEmpty())) {
      return RuleContext.of(now, zoneOf(state.region())); // the usual case: time and zone only
    }
    RuleContext.Builder b = builder(state.region(), state.programmeId(), now, programmes);
    if (named != null) {
      b.personStatus(named, directory.findPersonName(named).status());
    }
    if (evaluations != null && !rulebook.evaluationSchemes().isEmpty()) {
      for (String schemeId : rulebook.evaluationSchemes()) {
        EvaluationScheme scheme = schemes.get(schemeId);
        if (scheme == null) {
          continue;
        }
        List<ScoreEntry> entries = evaluations.scores(state.ref(), schemeId);
        if (entries.isEmpty()) {
          continue;
        }
        int round = Integer.MIN_VALUE;
        for (ScoreEntry e : entries) {
          round = Math.max(round, e.round());
        }
        List<ScoreSheet> sheets = new ArrayList<>();
        for (ScoreEntry e : entries) {
          if (e.round() == round) {
            sheets.add(new ScoreSheet(e.evaluator(), e.scores()));
          }
        }
        EvaluationResult r = scheme.aggregate(sheets);
        b.evaluation(new EvaluationSummary(schemeId, r.score(), r.evaluatorCount()));
      }
    }
    return b.build();
  }

  /** The region's time zone (configured, else the region's default). */
  java.time.ZoneId zone(RegionCode region) {
    return zoneOf(region);
  }

  private java.time.ZoneId zoneOf(RegionCode region) {
    IndonesianTimeZone zone = zones.get(region);
    return (zone != null ? zone : region.defaultTimeZone()).zoneId();
  }

  private RuleContext.Builder builder(RegionCode region, String programmeId, Instant now,
      Map<List<Object>, Optional<Programme>> loaded) {
    RuleContext.Builder b = RuleContext.builder().now(now).zone(zoneOf(region));
    if (programmeId != null && programmes != null) {
      Optional<Programme> programme = loaded == null ? programmes.load(region, programmeId)
          : loaded.computeIfAbsent(List.of(region, programmeId), k -> programmes.load(region, programmeId));
      programme.ifPresent(p -> {
        b.programme(p.toContext());
        b.zone(p.timeZone().zoneId());
      });
    }
    return b;
  }
}
