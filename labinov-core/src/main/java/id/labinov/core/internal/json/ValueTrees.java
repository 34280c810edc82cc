package id.labinov.core.internal.json;

import id.labinov.core.model.Actor;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The one JSON mapping of each value type that more than one stored form holds: innovation details
 * (with their replication source), evidence references and actors. Event payloads, state documents
 * and request hashes all build their trees here, so a field added to {@link InnovationDetails} is
 * mapped in this class only. Writers leave out absent optional members, so older stored forms stay
 * byte-identical and a new optional field reads as {@code null} from them. Not API.
 */
public final class ValueTrees {
  private ValueTrees() {}

  /**
   * Returns the tree of innovation details.
   *
   * @param x the details
   * @return the tree
   */
  public static Map<String, Object> details(InnovationDetails x) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("title", x.title());
    put(d, "opd", x.opd(), OpdCode::value);
    put(d, "bentuk", x.bentuk(), Enum::name);
    put(d, "jenis", x.jenis(), Enum::name);
    put(d, "initiatorType", x.initiatorType(), Enum::name);
    put(d, "governmentAffair", x.governmentAffair(), Enum::name);
    List<Object> themes = new ArrayList<>(x.themes().size());
    x.themes().forEach(t -> themes.add(t.code()));
    d.put("themes", themes);
    d.put("texts", new LinkedHashMap<String, Object>(x.texts()));
    if (x.replicates() != null) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("region", x.replicates().region().value());
      r.put("innovation", x.replicates().innovation().toString());
      d.put("replicates", r);
    }
    if (!x.coInnovators().isEmpty()) {
      // written only when there are any: details without them keep their earlier bytes
      List<Object> people = new ArrayList<>(x.coInnovators().size());
      x.coInnovators().forEach(p -> people.add(p.value()));
      d.put("coInnovators", people);
    }
    return d;
  }

  /**
   * Reads innovation details.
   *
   * @param d the object written by {@link #details(InnovationDetails)}
   * @return the details
   * @throws TreeObject.ShapeException if a member is missing or of the wrong type
   * @throws id.labinov.core.error.InvalidValueException if a value is invalid
   * @throws IllegalArgumentException if an enum constant is unknown
   */
  public static InnovationDetails details(TreeObject d) {
    TreeSet<Theme> themes = new TreeSet<>();
    d.texts("themes").forEach(t -> themes.add(Theme.of(t)));
    TreeObject r = d.optionalObject("replicates");
    ReplicationSource replicates = r == null ? null
        : new ReplicationSource(RegionCode.parse(r.requiredText("region")), InnovationId.parse(r.requiredText("innovation")));
    return new InnovationDetails(d.text("title"), read(d, "opd", OpdCode::of), read(d, "bentuk", Bentuk::valueOf),
        read(d, "jenis", Jenis::valueOf), read(d, "initiatorType", InitiatorType::valueOf),
        read(d, "governmentAffair", GovernmentAffair::valueOf), themes, d.textsByName("texts"), replicates,
        coInnovators(d));
  }

  private static List<PersonId> coInnovators(TreeObject d) {
    if (!d.has("coInnovators")) {
      return List.of();
    }
    List<PersonId> out = new ArrayList<>();
    d.texts("coInnovators").forEach(p -> out.add(PersonId.of(p)));
    return out;
  }

  /**
   * Returns the tree of an evidence reference.
   *
   * @param e the reference
   * @return the tree
   */
  public static Map<String, Object> evidence(EvidenceRef e) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("kind", e.kind().code());
    d.put("uri", e.uri().toString());
    d.put("sha256", e.sha256());
    d.put("mediaType", e.mediaType());
    d.put("sizeBytes", JsonTree.Num.of(e.sizeBytes()));
    return d;
  }

  /**
   * Reads an evidence reference.
   *
   * @param d the object written by {@link #evidence(EvidenceRef)}
   * @return the reference
   * @throws TreeObject.ShapeException if a member is missing or of the wrong type
   * @throws id.labinov.core.error.InvalidValueException if a value is invalid
   */
  public static EvidenceRef evidence(TreeObject d) {
    return new EvidenceRef(EvidenceKind.of(d.text("kind")), URI.create(d.requiredText("uri")), d.text("sha256"),
        d.text("mediaType"), d.whole("sizeBytes"));
  }

  /**
   * Returns the tree of an actor (for request hashes; events name the actor by person id only).
   *
   * @param a the actor
   * @return the tree, roles sorted by name
   */
  public static Map<String, Object> actor(Actor a) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("personId", a.personId().value());
    put(d, "opd", a.opd(), OpdCode::value);
    List<Object> roles = new ArrayList<>();
    a.roles().stream().map(Role::name).sorted().forEach(roles::add);
    d.put("roles", roles);
    return d;
  }

  /**
   * Puts a value unless it is {@code null}.
   *
   * @param d the map
   * @param key the key
   * @param value the value or {@code null}
   */
  public static void put(Map<String, Object> d, String key, Object value) {
    if (value != null) {
      d.put(key, value);
    }
  }

  private static <T> void put(Map<String, Object> d, String key, T value, Function<T, String> text) {
    if (value != null) {
      d.put(key, text.apply(value));
    }
  }

  private static <T> T read(TreeObject d, String key, Function<String, T> parse) {
    String s = d.text(key);
    return s == null ? null : parse.apply(s);
  }
}
