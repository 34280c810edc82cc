package id.labinov.core.conformance;

import static id.labinov.core.conformance.ConformanceCases.integer;
import static id.labinov.core.conformance.ConformanceCases.keys;
import static id.labinov.core.conformance.ConformanceCases.list;
import static id.labinov.core.conformance.ConformanceCases.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.cycle.Competition;
import id.labinov.core.cycle.CompetitionEntry;
import id.labinov.core.cycle.DevelopmentChange;
import id.labinov.core.cycle.Eligibility;
import id.labinov.core.cycle.EligibilityFacts;
import id.labinov.core.cycle.EligibilityReason;
import id.labinov.core.cycle.EligibilityRules;
import id.labinov.core.cycle.EligibilityVerdict;
import id.labinov.core.cycle.EntryGroup;
import id.labinov.core.cycle.EntryResult;
import id.labinov.core.cycle.InnovationVersion;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the language-neutral eligibility cases shipped in {@code conformance/eligibility/}: each case's
 * facts through {@link Eligibility#decide} with the shipped rules, compared with the expected verdict,
 * reasons, fixes and years. Also checks that every reason has a sentence and a fix in both languages.
 */
class EligibilityConformanceTest {
  private static final String ROOT = "/id/labinov/core/conformance/eligibility/";
  private static final InnovationRef REF = new InnovationRef(RegionCode.parse("36.02"),
      new InnovationId(UUID.fromString("0190a6f0-8c3e-7a1b-9c2d-3e4f5a6b7c8d")));
  private static final PersonId ADMIN = PersonId.of("admin-lab");
  private static final Instant AT = Instant.parse("2026-01-05T02:00:00Z");

  static List<String> indexedPaths() {
    Map<String, Object> index = object(ConformanceCases.parse(ROOT + "index.json"), "eligibility index.json");
    keys(index, "eligibility index.json", Set.of("format", "cases"), Set.of());
    assertThat(index.get("format")).isEqualTo("labinov-eligibility-conformance/1");
    return list(index.get("cases"), "cases").stream().map(o -> (String) o).toList();
  }

  @TestFactory
  Stream<DynamicTest> everyCase() {
    return indexedPaths().stream().map(path -> DynamicTest.dynamicTest(path, () -> run(path)));
  }

  @Test
  void theIndexListsEveryCaseFile() {
    assertThat(indexedPaths()).containsExactlyInAnyOrderElementsOf(
        ConformanceCases.filesIn(ROOT + "cases").stream().map(f -> "cases/" + f).toList());
  }

  private static void run(String path) {
    Map<String, Object> json = object(ConformanceCases.parse(ROOT + path), path);
    keys(json, path, Set.of("name", "description", "rules", "competition", "year", "innovation", "entries", "versions",
        "expect"), Set.of());
    assertThat(object(json.get("rules"), path).get("ref")).isEqualTo("competition-eligibility");
    Competition competition = Competition.valueOf((String) json.get("competition"));
    int year = integer(json.get("year"));
    EligibilityFacts facts = facts(path, json);
    Map<String, Object> expect = object(json.get("expect"), path + " expect");
    if (expect.containsKey("error")) {
      keys(expect, path + " expect", Set.of("error"), Set.of());
      assertThatThrownBy(() -> Eligibility.decide(EligibilityRules.shipped().forYear(competition, year), year, facts))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(expect.get("error")));
      return;
    }
    keys(expect, path + " expect", Set.of("eligible", "reasons"), Set.of("entered"));
    EligibilityVerdict verdict = Eligibility.decide(EligibilityRules.shipped().forYear(competition, year), year, facts);
    assertThat(verdict.eligible()).as(path + " eligible").isEqualTo(expect.get("eligible"));
    assertThat(actual(verdict)).as(path + " reasons").isEqualTo(expected(path, expect));
    if (expect.containsKey("entered")) {
      assertThat(verdict.entered().isPresent()).as(path + " entered").isEqualTo(expect.get("entered"));
    }
    for (EligibilityReason r : verdict.reasons()) {
      for (Locale l : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH)) {
        assertThat(r.message(l)).as(path + " sentence").doesNotContain("{").doesNotContain("_").isNotBlank();
        assertThat(r.fix(l)).as(path + " fix").doesNotContain("{").doesNotContain("_").isNotBlank();
      }
    }
  }

  private static EligibilityFacts facts(String path, Map<String, Object> json) {
    Map<String, Object> inn = object(json.get("innovation"), path + " innovation");
    keys(inn, path + " innovation", Set.of("group", "dropped"), Set.of("implementedOn"));
    List<CompetitionEntry> entries = new ArrayList<>();
    for (Object o : list(json.get("entries"), path + " entries")) {
      Map<String, Object> e = object(o, path + " entry");
      keys(e, path + " entry", Set.of("competition", "year", "result"), Set.of());
      entries.add(new CompetitionEntry(REF, Competition.valueOf((String) e.get("competition")), integer(e.get("year")),
          EntryGroup.GENERAL, EntryResult.valueOf((String) e.get("result")), null, ADMIN, AT, entries.size() + 1L));
    }
    List<InnovationVersion> versions = new ArrayList<>();
    for (Object o : list(json.get("versions"), path + " versions")) {
      Map<String, Object> v = object(o, path + " version");
      keys(v, path + " version", Set.of("year", "changes"), Set.of());
      EnumSet<DevelopmentChange> changes = EnumSet.noneOf(DevelopmentChange.class);
      list(v.get("changes"), path + " changes").forEach(c -> changes.add(DevelopmentChange.valueOf((String) c)));
      versions.add(new InnovationVersion(REF, integer(v.get("year")), "Pengembangan", changes, ADMIN, AT,
          versions.size() + 1L));
    }
    Object implemented = inn.get("implementedOn");
    return new EligibilityFacts(REF, "Inovasi uji", EntryGroup.valueOf((String) inn.get("group")),
        Optional.ofNullable(implemented == null ? null : LocalDate.parse((String) implemented)),
        Boolean.TRUE.equals(inn.get("dropped")), entries, versions);
  }

  private static List<Map<String, Object>> actual(EligibilityVerdict verdict) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (EligibilityReason r : verdict.reasons()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", r.code().name());
      m.put("verified", r.verified());
      m.put("fixable", r.fixable());
      m.put("fixBy", r.fixBy().map(LocalDate::toString).orElse(null));
      m.put("eligibleFromYear", r.eligibleFromYear().isPresent() ? r.eligibleFromYear().getAsInt() : null);
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, Object>> expected(String path, Map<String, Object> expect) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object o : list(expect.get("reasons"), path + " reasons")) {
      Map<String, Object> e = object(o, path + " reason");
      keys(e, path + " reason", Set.of("code", "verified", "fixable"), Set.of("fixBy", "eligibleFromYear"));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", e.get("code"));
      m.put("verified", e.get("verified"));
      m.put("fixable", e.get("fixable"));
      m.put("fixBy", e.get("fixBy"));
      m.put("eligibleFromYear", e.get("eligibleFromYear") == null ? null : integer(e.get("eligibleFromYear")));
      out.add(m);
    }
    return out;
  }
}
