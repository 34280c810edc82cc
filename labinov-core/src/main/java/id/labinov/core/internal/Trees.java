package id.labinov.core.internal;

import id.labinov.core.model.Actor;
import id.labinov.core.model.EvidenceRef;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON trees of domain values, shared by the event codec and request hashing. Not API. */
public final class Trees {
  private Trees() {}

  /**
   * Returns the tree of innovation details.
   *
   * @param x the details
   * @return the tree
   */
  public static Map<String, Object> details(InnovationDetails x) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("title", x.title());
    put(d, "opd", x.opd() == null ? null : x.opd().value());
    put(d, "bentuk", x.bentuk() == null ? null : x.bentuk().name());
    put(d, "jenis", x.jenis() == null ? null : x.jenis().name());
    put(d, "initiatorType", x.initiatorType() == null ? null : x.initiatorType().name());
    put(d, "governmentAffair", x.governmentAffair() == null ? null : x.governmentAffair().name());
    List<Object> themes = new ArrayList<>();
    x.themes().forEach(t -> themes.add(t.code()));
    d.put("themes", themes);
    d.put("texts", new LinkedHashMap<String, Object>(x.texts()));
    if (x.replicates() != null) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("region", x.replicates().region().toString());
      r.put("innovation", x.replicates().innovation().toString());
      d.put("replicates", r);
    }
    return d;
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
   * Returns the tree of an actor.
   *
   * @param a the actor
   * @return the tree
   */
  public static Map<String, Object> actor(Actor a) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("personId", a.personId().value());
    put(d, "opd", a.opd() == null ? null : a.opd().value());
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
}
