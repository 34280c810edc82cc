package id.labinov.oracle.expect;

import id.labinov.core.Labinov;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.evaluation.ScoreEntry;
import id.labinov.core.model.RegionCode;
import id.labinov.core.programme.Programme;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Stage;
import id.labinov.core.spi.EvaluationStore;
import id.labinov.core.spi.RulebookStore;
import id.labinov.oracle.fold.Fold;
import id.labinov.oracle.fold.Folded;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The raw data the oracle works from, read once: every innovation's history folded by {@link Fold},
 * the rulebooks they follow (definitions as stored) and the score entries as stored.
 */
public final class Snapshot {
  private final Map<InnovationRef, Folded> innovations;
  private final Map<String, Rulebook> rulebooks;
  private final EvaluationStore evaluations;
  private final RulebookStore store;
  private final List<Rulebook> known;

  private Snapshot(Map<InnovationRef, Folded> innovations, Map<String, Rulebook> rulebooks,
      EvaluationStore evaluations, RulebookStore store, Collection<Rulebook> known) {
    this.innovations = innovations;
    this.rulebooks = rulebooks;
    this.evaluations = evaluations;
    this.store = store;
    this.known = List.copyOf(known);
  }

  /**
   * Reads the histories of the given innovations and what they refer to.
   *
   * @param lab the facade (only its histories are read)
   * @param rulebookStore where the rulebooks are kept
   * @param evaluations the score entries, or {@code null}
   * @param refs the innovations, as the generator created them or a change feed listed them
   * @param known rulebooks the lab was configured with (used where the store has none yet)
   * @return the snapshot
   */
  public static Snapshot read(Labinov lab, RulebookStore rulebookStore, EvaluationStore evaluations,
      Collection<InnovationRef> refs, Collection<Rulebook> known) {
    Map<InnovationRef, Folded> folded = new TreeMap<>(Comparator.comparing((InnovationRef r) -> r.region())
        .thenComparing(InnovationRef::id));
    Map<String, Rulebook> rulebooks = new HashMap<>();
    for (InnovationRef ref : refs) {
      Folded f = Fold.of(lab.innovations().history(ref));
      folded.put(ref, f);
      String key = key(ref.region(), f.rulebookId(), f.rulebookVersion());
      rulebooks.computeIfAbsent(key, k -> rulebookStore.find(ref.region(), f.rulebookId(), f.rulebookVersion())
          .orElseGet(() -> knownRulebook(known, f.rulebookId(), f.rulebookVersion())));
    }
    return new Snapshot(folded, rulebooks, evaluations, rulebookStore, known);
  }

  private static Rulebook knownRulebook(Collection<Rulebook> known, String id, int version) {
    return known.stream().filter(r -> r.id().equals(id) && r.version() == version).findFirst().orElse(null);
  }

  private static String key(RegionCode region, String id, int version) {
    return region.value() + "|" + id + "@" + version;
  }

  /** Returns every innovation, by region then id. */
  public Collection<Folded> all() {
    return innovations.values();
  }

  /** Returns the innovations of a selection, by region then id. */
  public List<Folded> select(Selection s) {
    return innovations.values().stream().filter(s::matches).toList();
  }

  /** Returns the rulebook an innovation follows; fails if neither the store nor the configuration knows it. */
  public Rulebook rulebookOf(Folded f) {
    Rulebook r = rulebooks.get(key(f.ref().region(), f.rulebookId(), f.rulebookVersion()));
    if (r == null) {
      throw new AssertionError("no rulebook " + f.rulebookKey() + " for " + f.ref());
    }
    return r;
  }

  /**
   * Returns a programme's rulebook: as stored for its region, else as the lab was configured.
   *
   * @param p the programme
   * @return the rulebook, or empty if unknown
   */
  public Optional<Rulebook> rulebookOf(Programme p) {
    String key = key(p.region(), p.rulebookId(), p.rulebookVersion());
    Rulebook r = rulebooks.get(key);
    if (r == null) {
      r = store.find(p.region(), p.rulebookId(), p.rulebookVersion()).orElse(null);
    }
    if (r == null) {
      r = knownRulebook(known, p.rulebookId(), p.rulebookVersion());
    }
    return Optional.ofNullable(r);
  }

  /** Returns the score entries of an innovation under a scheme id, in stream order. */
  public List<ScoreEntry> scores(InnovationRef ref, String schemeId) {
    return evaluations == null ? List.of() : evaluations.scores(ref, schemeId);
  }

  /** Returns a rulebook's stages sorted by their order. */
  public static List<Stage> ordered(Rulebook r) {
    List<Stage> out = new ArrayList<>(r.stages());
    out.sort(Comparator.comparingInt(Stage::order));
    return out;
  }

  /** Returns the code of a rulebook's last stage (highest order). */
  public static String lastStage(Rulebook r) {
    List<Stage> s = ordered(r);
    return s.get(s.size() - 1).code();
  }

  /**
   * Returns the stage axis of a set of rulebooks: the union of their stages by order (the first
   * rulebook naming a code fixes its order), then codes no rulebook names, by code.
   *
   * @param books the rulebooks
   * @param otherCodes stage codes met in the data
   * @return the codes in report order
   */
  public static List<String> axis(Collection<Rulebook> books, Collection<String> otherCodes) {
    Map<String, Integer> order = new LinkedHashMap<>();
    for (Rulebook r : books) {
      for (Stage s : r.stages()) {
        order.putIfAbsent(s.code(), s.order());
      }
    }
    for (String c : otherCodes) {
      order.putIfAbsent(c, Integer.MAX_VALUE);
    }
    List<String> codes = new ArrayList<>(order.keySet());
    codes.sort(Comparator.comparingInt((String c) -> order.get(c)).thenComparing(Comparator.naturalOrder()));
    return codes;
  }
}
