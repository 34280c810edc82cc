package id.labinov.reporting;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.RulebookUse;
import id.labinov.core.rules.LocalizedText;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Stage;
import id.labinov.core.rules.UnknownRulebookException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stages a report lists, in order: the union of the stages of every rulebook its innovations
 * follow (5D and 5D+1 agree on the stages they share), then stage codes no rulebook names, by code.
 * Also caches the rulebooks, one lookup per region and rulebook version. Thread-safe (streamed rows
 * may be read on another thread than the one that computed the report).
 */
final class StageAxis {
  private final Context ctx;
  private final Map<String, Rulebook> rulebooks = new HashMap<>();
  private final Map<String, Stage> stages = new HashMap<>();

  StageAxis(Context ctx) {
    this.ctx = ctx;
  }

  /** The rulebook an innovation follows (added to the axis), or {@code null} if it cannot be found. */
  synchronized Rulebook rulebookOf(InnovationSummary s) {
    String key = s.ref().region().value() + "|" + s.rulebookId() + "@" + s.rulebookVersion();
    if (!rulebooks.containsKey(key)) {
      Rulebook r = lookup(s.ref());
      rulebooks.put(key, r);
      if (r != null) {
        add(r);
      }
    }
    return rulebooks.get(key);
  }

  /**
   * The rulebook a query's group of innovations follows (added to the axis), looked up through the
   * group's first innovation, or {@code null} if it cannot be found.
   */
  synchronized Rulebook rulebookOf(RulebookUse u) {
    String key = u.region().value() + "|" + u.rulebookId() + "@" + u.rulebookVersion();
    if (!rulebooks.containsKey(key)) {
      Rulebook r = lookup(u.first());
      rulebooks.put(key, r);
      if (r != null) {
        add(r);
      }
    }
    return rulebooks.get(key);
  }

  private Rulebook lookup(InnovationRef ref) {
    try {
      return ctx.lab.innovations().rulebookOf(ref);
    } catch (UnknownRulebookException | id.labinov.core.engine.NoSuchInnovationException e) {
      return null;
    }
  }

  /**
   * Adds the stages of the rulebook an innovation follows, looked up once per region (rulebook versions
   * of a region agree on the stages they share); nothing if it cannot be found.
   */
  synchronized void addRulebookOf(InnovationRef ref) {
    String key = ref.region().value() + "|by-region";
    if (!rulebooks.containsKey(key)) {
      Rulebook r = lookup(ref);
      rulebooks.put(key, r);
      if (r != null) {
        add(r);
      }
    }
  }

  /** Adds a rulebook's stages; a code already known keeps its first order and label. */
  synchronized void add(Rulebook r) {
    for (Stage s : r.stages()) {
      stages.putIfAbsent(s.code(), s);
    }
  }

  /** Adds a code no rulebook names (e.g. one the store counted). */
  synchronized void addCode(String code) {
    stages.putIfAbsent(code, null);
  }

  /** Finds a rulebook seen so far by id and version. */
  synchronized Optional<Rulebook> findRulebook(String id, int version) {
    return rulebooks.values().stream().filter(r -> r != null && r.id().equals(id) && r.version() == version)
        .findFirst();
  }

  /** The stage codes in order. */
  synchronized List<String> codes() {
    List<String> out = new ArrayList<>(stages.keySet());
    out.sort(Comparator.comparingInt((String c) -> stages.get(c) == null ? Integer.MAX_VALUE : stages.get(c).order())
        .thenComparing(Comparator.naturalOrder()));
    return out;
  }

  /** A stage's label; the code itself (in both languages) for a stage no rulebook names. */
  synchronized LocalizedText label(String code) {
    Stage s = stages.get(code);
    return s == null ? LocalizedText.of(code, code) : s.label();
  }

  /** A stage's label in a given rulebook, falling back to the axis. */
  LocalizedText label(Rulebook r, String code) {
    if (r != null) {
      Optional<Stage> s = r.findStage(code);
      if (s.isPresent()) {
        return s.get().label();
      }
    }
    return label(code);
  }
}
