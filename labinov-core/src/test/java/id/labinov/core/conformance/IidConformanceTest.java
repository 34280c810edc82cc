package id.labinov.core.conformance;

import static id.labinov.core.conformance.ConformanceCases.integer;
import static id.labinov.core.conformance.ConformanceCases.keys;
import static id.labinov.core.conformance.ConformanceCases.list;
import static id.labinov.core.conformance.ConformanceCases.object;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.conformance.IidConformanceCases.Case;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.iid.ClaimResult;
import id.labinov.core.iid.Gap;
import id.labinov.core.iid.MissingIndicator;
import id.labinov.core.iid.Preflight;
import id.labinov.core.iid.PreflightReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the language-neutral IID pre-flight cases shipped in {@code conformance/iid/}: each case's
 * documents and claims through {@link Preflight}, compared with the expected supported levels, gap
 * codes and documents, and missing mandatory indicators.
 */
class IidConformanceTest {
  private static final Preflight PREFLIGHT = Preflight.iidInnovationIndicators();

  @TestFactory
  Stream<DynamicTest> everyCase() {
    return IidConformanceCases.indexedPaths().stream()
        .map(path -> DynamicTest.dynamicTest(path, () -> run(IidConformanceCases.load(path))));
  }

  static void run(Case c) {
    Object error = c.expect().get("error");
    if (error != null) {
      assertThatThrownBy(() -> PREFLIGHT.run(c.year(), IidConformanceCases.claims(c), IidConformanceCases.documents(c)))
          .as(c + " refused").isInstanceOf(InvalidValueException.class)
          .extracting(e -> ((InvalidValueException) e).code()).isEqualTo(error);
      return;
    }
    PreflightReport report = PREFLIGHT.run(c.year(), IidConformanceCases.claims(c), IidConformanceCases.documents(c));
    assertThat(actual(report)).as(c.toString()).isEqualTo(expected(c));
    assertThat(missing(report)).as(c + " missing mandatory").isEqualTo(expectedMissing(c));
  }

  private static List<Map<String, Object>> actual(PreflightReport report) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ClaimResult r : report.results()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("indicator", r.claim().indicator());
      m.put("supportedLevel", r.supportedLevel());
      List<String> gaps = new ArrayList<>();
      for (Gap g : r.gaps()) {
        gaps.add(g.code() + g.documentId().map(id -> " " + id).orElse(""));
      }
      m.put("gaps", gaps);
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, Object>> expected(Case c) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object o : list(c.expect().get("results"), c + " results")) {
      Map<String, Object> e = object(o, c + " result");
      keys(e, c + " result", Set.of("indicator", "supportedLevel", "gaps"), Set.of());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("indicator", e.get("indicator"));
      m.put("supportedLevel", integer(e.get("supportedLevel")));
      List<String> gaps = new ArrayList<>();
      for (Object g : list(e.get("gaps"), c + " gaps")) {
        Map<String, Object> gap = object(g, c + " gap");
        keys(gap, c + " gap", Set.of("code"), Set.of("document"));
        gaps.add(gap.get("code") + (gap.containsKey("document") ? " " + gap.get("document") : ""));
      }
      m.put("gaps", gaps);
      out.add(m);
    }
    return out;
  }

  private static List<String> missing(PreflightReport report) {
    return report.missingMandatory().stream()
        .map((MissingIndicator m) -> m.innovation().map(Object::toString).orElse("region") + " " + m.criterion().code())
        .toList();
  }

  private static List<String> expectedMissing(Case c) {
    List<String> out = new ArrayList<>();
    for (Object o : list(c.expect().get("missingMandatory"), c + " missingMandatory")) {
      Map<String, Object> m = object(o, c + " missing");
      keys(m, c + " missing", Set.of("indicator"), Set.of("innovation"));
      out.add((m.containsKey("innovation") ? m.get("innovation") : "region") + " " + m.get("indicator"));
    }
    return out;
  }

  @Test
  void theIndexListsEveryCaseFileInOrderNamedAfterItsFile() {
    List<String> paths = IidConformanceCases.indexedPaths();
    List<String> files = ConformanceCases.filesIn(IidConformanceCases.ROOT + "cases").stream().map(f -> "cases/" + f).toList();

    assertThat(paths).hasSizeGreaterThanOrEqualTo(14).doesNotHaveDuplicates().containsExactlyElementsOf(files);
    for (int i = 0; i < paths.size(); i++) {
      Case c = IidConformanceCases.load(paths.get(i));
      assertThat(c.path()).isEqualTo("cases/" + c.name() + ".json");
      assertThat(c.name()).startsWith(String.format("%03d-", i + 1));
      assertThat((String) c.json().get("description")).isNotBlank();
    }
  }

  @Test
  void failsWhenACaseExpectsAnotherLevel() {
    Case real = IidConformanceCases.load("cases/001-regulation-perda-claimed-opd-head-decree-2021.json");
    Map<String, Object> json = new LinkedHashMap<>(real.json());
    String text = id.labinov.core.internal.json.JsonTree.document(json).replace("\"supportedLevel\":1", "\"supportedLevel\":2");
    Case wrong = new Case(real.path(), object(id.labinov.core.internal.json.JsonTree.parse(text), "changed"));

    assertThat(text).contains("\"supportedLevel\":2");
    assertThatThrownBy(() -> run(wrong)).isInstanceOf(AssertionError.class).hasMessageContaining("supportedLevel");
  }
}
