package id.labinov.core.properties;

import static org.quicktheories.generators.SourceDSL.lists;

import id.labinov.core.event.ApprovalRecorded;
import id.labinov.core.event.Condition;
import id.labinov.core.event.ConditionCleared;
import id.labinov.core.event.DetailsUpdated;
import id.labinov.core.event.Dropped;
import id.labinov.core.event.EventMetadata;
import id.labinov.core.event.EvidenceAttached;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.event.InnovationProposed;
import id.labinov.core.event.OpdChanged;
import id.labinov.core.event.OwnerHandedOver;
import id.labinov.core.event.PutOnHold;
import id.labinov.core.event.Reopened;
import id.labinov.core.event.Resumed;
import id.labinov.core.event.ReturnedForRework;
import id.labinov.core.event.RulebookMigrated;
import id.labinov.core.event.StageAdvanced;
import id.labinov.core.event.StageAdvancedConditionally;
import id.labinov.core.event.UnknownEvent;
import id.labinov.core.internal.json.JsonTree;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.EvidenceKind;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.GovernmentAffair;
import id.labinov.core.model.InitiatorType;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.ReplicationSource;
import id.labinov.core.model.Role;
import id.labinov.core.model.Theme;
import java.net.URI;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of events of every type, with the texts people really type: Indonesian words, accents
 * (composed, as NFC keeps them), quotes, backslashes, control characters, emoji and other scripts.
 */
final class EventGens {
  /** Every event type the codec knows, plus the open family's unknown ones. */
  static final List<String> TYPES = List.of("InnovationProposed", "DetailsUpdated", "EvidenceAttached",
      "ApprovalRecorded", "StageAdvanced", "StageAdvancedConditionally", "ConditionCleared", "ReturnedForRework",
      "PutOnHold", "Resumed", "Dropped", "Reopened", "RulebookMigrated", "OpdChanged", "OwnerHandedOver",
      "UnknownEvent");

  private static final List<String> REGIONS = List.of("36", "36.02", "36.71", "32.01", "94.71", "63.02.01",
      "36.02.01.2001", "91.05.03.3004", "11.01");
  private static final List<String> STAGES = List.of("DRUM_UP", "DIAGNOSE", "DESIGN", "DELIVER", "DISPLAY",
      "DOCUMENTATION");
  private static final List<String> MEDIA = List.of("application/pdf", "image/jpeg", "video/mp4",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/plain");
  /** Pieces of text: each is one or more code points, so no surrogate is ever split. */
  private static final List<String> PIECES = List.of("a", "k", "Z", "7", " ", "  ", "posyandu", "Desa", "\u00e9",
      "\u00c9", "\u00f1", "e\u0301", "\"", "\\", "/", "\n", "\t", "\r", "\u0001", "\u001f", "\u007f", "\u00a0",
      "\u2028", "%", "_", "'", "{", "}", "[", "]", ":", ",", "\u0627\u0644", "\u4e2d\u6587", "\ud83d\ude00",
      "\ud83c\uddee\ud83c\udde9", "\u200b", "<b>", "&amp;");

  private static final List<String> OPDS = List.of("DINKES", "DISHUB", "KEC-RANGKASBITUNG", "BAPPEDA.LITBANG", "9_UPT");
  private static final List<String> PEOPLE = List.of("asn-dinkes-017", "kadis-dinkes", "coach-lan-03",
      "199001012015031001", "P3K-2023-00017", "warga:\u00e9tienne", "\u4e2d\u6587");

  private EventGens() {}

  /** An OPD, sometimes none. */
  static Gen<OpdCode> opds() {
    return Generate.frequency(Pair.of(1, Generate.constant((OpdCode) null)),
        Pair.of(3, Generate.pick(OPDS).map(OpdCode::of)));
  }

  /** Free text: 0-40 pieces, NFC-normalised (the canonical form stores NFC). */
  static Gen<String> texts() {
    return lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 40)
        .map(l -> Normalizer.normalize(String.join("", l), Normalizer.Form.NFC));
  }

  /** Cuts a text to at most {@code max} chars without splitting a surrogate pair. */
  static String cut(String t, int max) {
    if (t.length() <= max) {
      return t;
    }
    return t.substring(0, Character.isHighSurrogate(t.charAt(max - 1)) ? max - 1 : max);
  }

  /** Text that is not blank. */
  static Gen<String> nonBlankTexts() {
    return texts().zip(Generate.pick(List.of("Inovasi", "x", "\u00c9", "7")), (t, p) -> p + t);
  }

  static Gen<String> codes(String first, int maxRest) {
    Gen<Character> rest = Generate.pick(List.of('A', 'B', 'K', 'Z', '0', '9', '_'));
    return Generate.pick(List.of(first.split(""))).zip(lists().of(rest).ofSizeBetween(1, maxRest),
        (f, r) -> f + r.stream().map(String::valueOf).reduce("", String::concat));
  }

  static Gen<Instant> instants() {
    return Generate.longRange(946_684_800L, 4_102_444_800L).zip(Generate.range(0, 999_999_999),
        (s, n) -> Instant.ofEpochSecond(s, n));
  }

  static Gen<UUID> uuids() {
    return Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE).zip(Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE), UUID::new);
  }

  static Gen<EventMetadata> metadata() {
    Gen<String> keys = Generate.frequency(Pair.of(1, Generate.constant((String) null)),
        Pair.of(2, nonBlankTexts().map(t -> cut(t.replaceAll("[\\s\\p{Cntrl}]", "-"), 200))));
    Gen<String> people = Generate.pick(PEOPLE);
    Gen<Object[]> ids = uuids().zip(Generate.pick(REGIONS), instants(), uuids(), (e, r, t, i) -> new Object[] {e, r, t, i});
    Gen<Object[]> rest = Generate.longRange(1, 1_000_000_000_000L).zip(people,
        Generate.pick(List.of("5d", "5d-plus-1", "lebak-5d")), Generate.range(1, Integer.MAX_VALUE), keys,
        (seq, p, rb, v, k) -> new Object[] {seq, p, rb, v, k});
    return ids.zip(rest, (a, b) -> new EventMetadata((UUID) a[0], RegionCode.parse((String) a[1]),
        new InnovationId((UUID) a[3]), (Long) b[0], (Instant) a[2], PersonId.of((String) b[1]), (String) b[2],
        (Integer) b[3], (String) b[4]));
  }

  static Gen<InnovationDetails> details() {
    Gen<String> opds = Generate.frequency(Pair.of(1, Generate.constant((String) null)),
        Pair.of(3, Generate.pick(List.of("DINKES", "DISHUB", "KEC-RANGKASBITUNG", "BAPPEDA.LITBANG", "9_UPT"))));
    Gen<Map<String, String>> textMaps = lists().of(Generate.pick(List.of("problem", "ideaSummary", "designNarrative",
        "goals", "benefits", "results", "trialStartDate", "coordinates", "kearifanLokal", "x")).zip(nonBlankTexts(),
        Pair::of)).ofSizeBetween(0, 6).map(l -> {
          Map<String, String> m = new TreeMap<>();
          l.forEach(p -> m.put(p._1, p._2));
          return m;
        });
    Gen<Set<Theme>> themes = lists().of(codes("KS", 20)).ofSizeBetween(0, 3).map(l -> {
      Set<Theme> s = new TreeSet<>();
      l.forEach(c -> s.add(Theme.of(c)));
      return s;
    });
    Gen<Object[]> classification = Generate.enumValues(Bentuk.class).toOptionals(30).zip(
        Generate.enumValues(Jenis.class).toOptionals(30), Generate.enumValues(InitiatorType.class).toOptionals(30),
        Generate.enumValues(GovernmentAffair.class).toOptionals(30),
        (b, j, i, g) -> new Object[] {b.orElse(null), j.orElse(null), i.orElse(null), g.orElse(null)});
    return nonBlankTexts().map(t -> cut(t, 300)).zip(opds, classification, themes, textMaps,
        (title, opd, c, th, tx) -> new InnovationDetails(title, opd == null ? null : OpdCode.of(opd), (Bentuk) c[0],
            (Jenis) c[1], (InitiatorType) c[2], (GovernmentAffair) c[3], th, tx))
        .zip(replicationSources(), InnovationDetails::withReplicates);
  }

  /** Mostly {@code null} (an original innovation), sometimes another region's innovation. */
  static Gen<ReplicationSource> replicationSources() {
    Gen<ReplicationSource> some = Generate.pick(List.of("32.04", "36.71", "73.71", "91.01")).zip(
        Generate.longRange(0, Long.MAX_VALUE),
        (region, seed) -> new ReplicationSource(RegionCode.parse(region),
            InnovationId.generate(Instant.parse("2023-01-01T00:00:00Z").plusSeconds(seed % 10_000_000L),
                new java.util.Random(seed))));
    return Generate.frequency(Pair.of(3, Generate.constant((ReplicationSource) null)), Pair.of(1, some));
  }

  static Gen<EvidenceRef> evidence() {
    Gen<String> uris = Generate.pick(List.of("https://files.lebakkab.go.id/labinov/", "s3://labinov-bukti/36.02/",
        "https://drive.example.go.id/a%20b/", "urn:uuid:")).zip(Generate.range(0, 1_000_000), (b, n) -> b + "berkas-" + n
        + (n % 3 == 0 ? ".pdf?versi=2&x=%C3%A9" : n % 3 == 1 ? "-\u00e9t\u00e9.jpg" : ".mp4#t=10"));
    Gen<String> shas = uuids().zip(uuids(), (a, b) -> (a.toString() + b.toString()).replace("-", ""));
    return codes("ACDIPV", 30).zip(uris, shas, Generate.pick(MEDIA), Generate.longRange(0, Long.MAX_VALUE),
        (k, u, s, m, size) -> new EvidenceRef(EvidenceKind.of(k), URI.create(u), s, m, size));
  }

  static Gen<List<Condition>> conditions() {
    return lists().of(Generate.range(1, 99).zip(nonBlankTexts(), (i, t) -> new Condition("c" + i + "-" + i, t)))
        .ofSizeBetween(1, 4);
  }

  /** An unknown event's payload: a canonical JSON object of strings, numbers as written, booleans, nulls, lists. */
  static Gen<String> payloads() {
    Gen<Object> leaves = Generate.frequency(List.of(
        Pair.of(3, texts().map(t -> (Object) t)),
        Pair.of(2, Generate.pick(List.of("0", "-12", "1.50", "300", "1000000000000000000000", "0.001")).map(n -> (Object) new JsonTree.Num(n))),
        Pair.of(1, Generate.booleans().map(b -> (Object) b)),
        Pair.of(1, Generate.constant(JsonTree.NULL))));
    Gen<Object> values = Generate.frequency(Pair.of(4, leaves),
        Pair.of(1, lists().of(leaves).ofSizeBetween(0, 3).map(l -> (Object) new ArrayList<>(l))));
    return lists().of(Generate.pick(List.of("score", "schemeId", "evaluator", "catatan", "b", "a", "\u00e9l\u00e8ve", "z9")).zip(values, Pair::of))
        .ofSizeBetween(0, 6).map(l -> {
          Map<String, Object> m = new LinkedHashMap<>();
          l.forEach(p -> m.put(p._1, p._2));
          return JsonTree.canonical(m);
        });
  }

  /** Events of every type, equally often. */
  static Gen<InnovationEvent> events() {
    Gen<String> stages = Generate.pick(STAGES);
    Gen<String> transitions = Generate.pick(List.of("drum-up-to-diagnose", "design-to-deliver-conditional",
        "return-to-design", "lompat-ke-display"));
    Gen<String> optionalTexts = texts().toOptionals(25).map(o -> o.orElse(null));
    Gen<Optional<String>> programmes = Generate.pick(List.of("PIL-2024", "lab-lebak/2025", "\u00e9dition")).toOptionals(50);
    List<Gen<InnovationEvent>> byType = List.of(
        metadata().zip(details(), programmes, stages, (m, d, p, s) -> new InnovationProposed(m, d, p.orElse(null), s)),
        metadata().zip(details(), DetailsUpdated::new),
        metadata().zip(evidence(), EvidenceAttached::new),
        metadata().zip(Generate.enumValues(Role.class), optionalTexts, ApprovalRecorded::new),
        metadata().zip(transitions, stages, stages, StageAdvanced::new),
        metadata().zip(transitions, stages, stages, (m, t, f, to) -> new Object[] {m, t, f, to}).zip(conditions(),
            (a, c) -> new StageAdvancedConditionally((EventMetadata) a[0], (String) a[1], (String) a[2], (String) a[3], c)),
        metadata().zip(Generate.range(1, 99).map(i -> "c" + i + "-1"), optionalTexts, ConditionCleared::new),
        metadata().zip(transitions, stages, stages, nonBlankTexts(), ReturnedForRework::new),
        metadata().zip(nonBlankTexts(), PutOnHold::new),
        metadata().zip(optionalTexts, Resumed::new),
        metadata().zip(nonBlankTexts(), Dropped::new),
        metadata().zip(nonBlankTexts(), Reopened::new),
        metadata().zip(Generate.pick(List.of("5d", "5d-plus-1")), Generate.range(1, 9999), RulebookMigrated::new),
        metadata().zip(opds(), Generate.pick(OPDS).map(OpdCode::of), nonBlankTexts(), (m, from, to, r) ->
            new OpdChanged(m, to.equals(from) ? null : from, to, r)),
        metadata().zip(Generate.pick(PEOPLE), Generate.range(1, PEOPLE.size() - 1), opds(), opds(),
            (m, from, step, fromOpd, toOpd) -> new Object[] {m, from, step, fromOpd, toOpd})
            .zip(nonBlankTexts(), (a, r) -> new OwnerHandedOver((EventMetadata) a[0], PersonId.of((String) a[1]),
                PersonId.of(PEOPLE.get((PEOPLE.indexOf((String) a[1]) + (Integer) a[2]) % PEOPLE.size())),
                (OpdCode) a[3], a[4] == null || a[4].equals(a[3]) ? null : (OpdCode) a[4], r)),
        metadata().zip(Generate.pick(List.of("ScoreRecorded", "MonitoringEntryAdded", "FutureThing", "x.y/Z")), payloads(),
            UnknownEvent::new));
    return Generate.range(0, byType.size() - 1).flatMap(i -> byType.get(i));
  }
}
