package id.labinov.core.conformance;

import static id.labinov.core.conformance.ConformanceCases.integer;
import static id.labinov.core.conformance.ConformanceCases.keys;
import static id.labinov.core.conformance.ConformanceCases.list;
import static id.labinov.core.conformance.ConformanceCases.object;

import id.labinov.core.iid.DocumentKind;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.iid.IndicatorClaim;
import id.labinov.core.iid.IssuerLevel;
import id.labinov.core.iid.StatedValue;
import id.labinov.core.internal.json.JsonTree;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the IID pre-flight conformance cases (see the README next to their {@code index.json}) and
 * turns their documents and claims into values. Read strictly: an unknown member fails.
 */
final class IidConformanceCases {
  static final String ROOT = "/id/labinov/core/conformance/iid/";

  private IidConformanceCases() {}

  /** One case file: its path relative to {@link #ROOT} and its JSON tree. */
  record Case(String path, Map<String, Object> json) {
    String name() {
      return (String) json.get("name");
    }

    int year() {
      return integer(json.get("year"));
    }

    Map<String, Object> expect() {
      return object(json.get("expect"), path + " expect");
    }

    @Override
    public String toString() {
      return path;
    }
  }

  static List<String> indexedPaths() {
    Map<String, Object> index = object(ConformanceCases.parse(ROOT + "index.json"), "iid index.json");
    keys(index, "iid index.json", Set.of("format", "cases"), Set.of());
    if (!"labinov-iid-conformance/1".equals(index.get("format"))) {
      throw new AssertionError("iid index.json: unknown format " + index.get("format"));
    }
    return list(index.get("cases"), "iid index.json cases").stream().map(o -> (String) o).toList();
  }

  static Case load(String path) {
    Map<String, Object> json = object(ConformanceCases.parse(ROOT + path), path);
    keys(json, path, Set.of("name", "description", "rules", "year", "documents", "claims", "expect"), Set.of());
    Map<String, Object> rules = object(json.get("rules"), path + " rules");
    keys(rules, path + " rules", Set.of("ref"), Set.of());
    if (!"iid-innovation-indicators".equals(rules.get("ref"))) {
      throw new AssertionError(path + ": unknown rules ref " + rules.get("ref"));
    }
    Case c = new Case(path, json);
    if (c.expect().containsKey("error")) {
      keys(c.expect(), path + " expect", Set.of("error"), Set.of());
    } else {
      keys(c.expect(), path + " expect", Set.of("results", "missingMandatory"), Set.of());
    }
    return c;
  }

  static List<EvidenceDocument> documents(Case c) {
    List<EvidenceDocument> out = new ArrayList<>();
    for (Object o : list(c.json().get("documents"), c + " documents")) {
      Map<String, Object> d = object(o, c + " document");
      keys(d, c + " document", Set.of("id", "region", "kind", "date", "subject", "issuer", "issuerLevel"),
          Set.of("number", "validFrom", "validUntil"));
      out.add(EvidenceDocument.builder((String) d.get("id"), RegionCode.parse((String) d.get("region")),
              DocumentKind.of((String) d.get("kind")), LocalDate.parse((String) d.get("date")))
          .number((String) d.get("number"))
          .subject((String) d.get("subject"))
          .issuer((String) d.get("issuer"), IssuerLevel.valueOf((String) d.get("issuerLevel")))
          .valid(date(d.get("validFrom")), date(d.get("validUntil")))
          .build());
    }
    return out;
  }

  private static LocalDate date(Object v) {
    return v == null ? null : LocalDate.parse((String) v);
  }

  static List<IndicatorClaim> claims(Case c) {
    List<IndicatorClaim> out = new ArrayList<>();
    for (Object o : list(c.json().get("claims"), c + " claims")) {
      Map<String, Object> m = object(o, c + " claim");
      keys(m, c + " claim", Set.of("region", "indicator", "level", "documents"), Set.of("innovation", "year", "value"));
      List<String> ids = list(m.get("documents"), c + " claim documents").stream().map(x -> (String) x).toList();
      Optional<InnovationId> innovation = Optional.ofNullable((String) m.get("innovation")).map(InnovationId::parse);
      IndicatorClaim claim = new IndicatorClaim(RegionCode.parse((String) m.get("region")), innovation,
          m.containsKey("year") ? integer(m.get("year")) : c.year(), (String) m.get("indicator"),
          integer(m.get("level")), ids, Optional.empty());
      if (m.containsKey("value")) {
        Map<String, Object> v = object(m.get("value"), c + " claim value");
        keys(v, c + " claim value", Set.of("amount", "unit"), Set.of());
        claim = claim.withStatedValue(new StatedValue(((JsonTree.Num) v.get("amount")).decimal(), (String) v.get("unit")));
      }
      out.add(claim);
    }
    return out;
  }
}
