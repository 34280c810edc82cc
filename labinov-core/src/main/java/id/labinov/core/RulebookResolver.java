package id.labinov.core;

import id.labinov.core.engine.Decider;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.model.RegionCode;
import id.labinov.core.programme.Programme;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.UnknownRulebookException;
import id.labinov.core.spi.RulebookStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place that finds rulebooks: the one a new innovation of a region follows (the builder's
 * region override or the default, saved to the rulebook store before first use), the one an
 * innovation or a programme is pinned to, and a migration target. Caches per region, id and version
 * without building a string key per command. Thread-safe.
 */
final class RulebookResolver {
  private final RulebookStore store;
  private final Rulebook defaultRulebook;
  private final Map<RegionCode, Rulebook> regionRulebooks;
  /** region → rulebook id → version → rulebook known to be in the store. */
  private final Map<RegionCode, Map<String, Map<Integer, Rulebook>>> known = new ConcurrentHashMap<>();
  /** One decider value per rulebook (by identity: resolved rulebooks are the cached instances). */
  private final Map<Rulebook, Decider> deciders = new ConcurrentHashMap<>();
  /** The last rulebook found for an innovation, with its region and decider: most commands follow the same one. */
  private volatile Known last;
  /** The rulebook of the last region a proposal was made in (proposals of a region follow one). */
  private volatile Known lastProposal;

  /** A rulebook known to be stored for a region, with its decider. */
  private record Known(RegionCode region, Rulebook rulebook, Decider decider) {}

  RulebookResolver(RulebookStore store, Rulebook defaultRulebook, Map<RegionCode, Rulebook> regionRulebooks) {
    this.store = store;
    this.defaultRulebook = defaultRulebook;
    this.regionRulebooks = Map.copyOf(regionRulebooks);
  }

  /** The rulebook a new innovation of the region follows; stored before its first use. */
  Rulebook forProposal(RegionCode region) {
    Known k = lastProposal;
    if (k != null && k.region.equals(region)) {
      return k.rulebook; // stored already: remembered only after it was
    }
    Rulebook r = regionRulebooks.getOrDefault(region, defaultRulebook);
    if (cached(region, r.id(), r.version()) == null) {
      save(region, r);
    }
    lastProposal = new Known(region, r, deciderOf(r));
    return r;
  }

  /** The rulebook an innovation follows. */
  Rulebook of(InnovationState state) {
    Known k = last;
    if (k != null && k.rulebook.version() == state.rulebookVersion() && k.region.equals(state.region())
        && k.rulebook.id().equals(state.rulebookId())) {
      return k.rulebook;
    }
    Rulebook r = find(state.region(), state.rulebookId(), state.rulebookVersion());
    last = new Known(state.region(), r, deciderOf(r));
    return r;
  }

  /** The rulebook a programme follows: the region's or default rulebook (stored on first use), or a stored one. */
  Rulebook forProgramme(Programme p) {
    Rulebook cached = cached(p.region(), p.rulebookId(), p.rulebookVersion());
    if (cached != null) {
      return cached;
    }
    Rulebook candidate = regionRulebooks.getOrDefault(p.region(), defaultRulebook);
    if (candidate.id().equals(p.rulebookId()) && candidate.version() == p.rulebookVersion()) {
      save(p.region(), candidate);
      return candidate;
    }
    return find(p.region(), p.rulebookId(), p.rulebookVersion());
  }

  /** The decider of a rulebook, made once. */
  Decider deciderOf(Rulebook rulebook) {
    Known k = last;
    if (k != null && k.rulebook == rulebook) {
      return k.decider;
    }
    Decider d = deciders.get(rulebook);
    return d != null ? d : deciders.computeIfAbsent(rulebook, Decider::of);
  }

  /** A stored rulebook of the region. */
  Rulebook find(RegionCode region, String id, int version) {
    Rulebook cached = cached(region, id, version);
    if (cached != null) {
      return cached;
    }
    Rulebook r = store.find(region, id, version)
        .orElseThrow(() -> new UnknownRulebookException(id + "@" + version, region.value()));
    remember(region, r);
    return r;
  }

  /** Saves a rulebook for the region (the store refuses a known id and version with other content). */
  void save(RegionCode region, Rulebook rulebook) {
    store.save(region, rulebook);
    remember(region, rulebook);
  }

  private Rulebook cached(RegionCode region, String id, int version) {
    Map<String, Map<Integer, Rulebook>> byId = known.get(region);
    Map<Integer, Rulebook> byVersion = byId == null ? null : byId.get(id);
    return byVersion == null ? null : byVersion.get(version);
  }

  private void remember(RegionCode region, Rulebook r) {
    known.computeIfAbsent(region, k -> new ConcurrentHashMap<>())
        .computeIfAbsent(r.id(), k -> new ConcurrentHashMap<>())
        .put(r.version(), r);
  }
}
