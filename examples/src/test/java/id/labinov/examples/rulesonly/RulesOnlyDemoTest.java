package id.labinov.examples.rulesonly;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.rules.Rulebooks;
import id.labinov.core.rules.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesOnlyDemoTest {
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();

  private RulesOnlyDemo.Result run(Path rulebook) {
    return RulesOnlyDemo.run(rulebook, new PrintStream(console, true, StandardCharsets.UTF_8));
  }

  private static Verdict verdict(RulesOnlyDemo.Result r, String nomor, String transition) {
    return r.checks().stream().filter(c -> c.nomor().equals(nomor) && c.transition().equals(transition))
        .findFirst().orElseThrow().verdict();
  }

  @Test
  void everyShippedConformanceCaseIsRunAndPasses() {
    RulesOnlyDemo.Result r = run(null);
    assertThat(r.conformance()).hasSize(new ConformanceRunner(id.labinov.core.rules.RuleTypes.builtIn()).index().size());
    assertThat(r.conformance()).isNotEmpty().allSatisfy(o -> assertThat(o.passed()).as(o.name() + ": " + o.detail()).isTrue());
    assertThat(console.toString(StandardCharsets.UTF_8))
        .contains(r.conformance().size() + " dari " + r.conformance().size() + " sesuai");
  }

  @Test
  void thePortalsOwnRecordsAreJudgedWithEveryReason() {
    RulesOnlyDemo.Result r = run(null);
    assertThat(r.rulebook().hash()).isEqualTo(Rulebooks.fiveD().hash());
    assertThat(verdict(r, "EI-2025-0113", "design-to-deliver").allowed()).isTrue();
    assertThat(verdict(r, "EI-2025-0127", "design-to-deliver").refusals()).extracting(v -> v.code())
        .containsExactly("FIELD_TOO_SHORT", "EVIDENCE_MISSING", "APPROVALS_MISSING");
    assertThat(verdict(r, "EI-2025-0140", "diagnose-to-design").codes()).containsExactly("FIELD_REQUIRED", "FIELD_TOO_SHORT");
    assertThat(verdict(r, "EI-2025-0140", "diagnose-to-design").allowed()).isFalse();
  }

  @Test
  void aRulebookOfItsOwnIsLoadedFromAFile(@TempDir Path dir) throws IOException {
    Path own = dir.resolve("own.json");
    // the portal relaxes the design narrative to 100 words
    Files.writeString(own, Rulebooks.fiveD().toCanonicalJson().replace("\"id\":\"5d\"", "\"id\":\"banten-5d\"")
        .replace("\"min\":300", "\"min\":100"), StandardCharsets.UTF_8);
    RulesOnlyDemo.Result r = run(own);
    assertThat(r.rulebook().reference()).isEqualTo("banten-5d@1");
    assertThat(verdict(r, "EI-2025-0127", "design-to-deliver").codes()).contains("FIELD_TOO_SHORT");
    assertThat(console.toString(StandardCharsets.UTF_8)).contains("banten-5d@1");
  }
}
