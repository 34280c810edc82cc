package id.labinov.core.modules;

import static id.labinov.core.modules.ModulePathFixture.NOT_VISIBLE;
import static id.labinov.core.modules.ModulePathFixture.compile;
import static id.labinov.core.modules.ModulePathFixture.layer;
import static id.labinov.core.modules.ModulePathFixture.plus;
import static id.labinov.core.modules.ModulePathFixture.run;
import static id.labinov.core.modules.ModulePathFixture.runtimeModulePath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.labinov.core.modules.ModulePathFixture.Compilation;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * labinov-core as a named module ({@code id.labinov.core}) on the module path, seen from other
 * modules: which packages they can compile against, that {@code ServiceLoader} finds a rule type
 * another module provides, and that message bundles and shipped rulebooks and schemes load when core
 * is a named module.
 */
class ModulePathTest {
  private static final String CORE = "id.labinov.core";

  @TempDir Path work;

  @Test
  void coreIsAnExplicitModuleExportingApiAndSpi() {
    ModuleDescriptor core = layer(runtimeModulePath(), CORE).findModule(CORE).orElseThrow().getDescriptor();

    assertThat(core.isAutomatic()).isFalse();
    assertThat(core.exports()).filteredOn(e -> !e.isQualified()).extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder("id.labinov.core", "id.labinov.core.annotation", "id.labinov.core.engine",
            "id.labinov.core.error", "id.labinov.core.evaluation", "id.labinov.core.event", "id.labinov.core.i18n",
            "id.labinov.core.iid", "id.labinov.core.cycle",
            "id.labinov.core.memory", "id.labinov.core.model", "id.labinov.core.national",
            "id.labinov.core.programme", "id.labinov.core.query", "id.labinov.core.rules", "id.labinov.core.spi");
    assertThat(core.exports().stream().filter(ModuleDescriptor.Exports::isQualified)
        .collect(Collectors.toMap(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets)))
        .isEqualTo(Map.of(
            "id.labinov.core.internal", Set.of("id.labinov.persistence.jdbc", "id.labinov.reporting"),
            "id.labinov.core.internal.codec", Set.of("id.labinov.persistence.jdbc")));
    assertThat(core.opens()).isEmpty();
    assertThat(core.uses()).containsExactlyInAnyOrder("id.labinov.core.rules.RuleType", "id.labinov.core.iid.EvidenceRuleType");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "id.labinov.core.Labinov",
      "id.labinov.core.spi.InnovationStore",
      "id.labinov.core.rules.RuleTypes",
      "id.labinov.core.memory.InMemoryInnovationStore",
      "id.labinov.core.error.LabinovException",
  })
  void anotherModuleCompilesAgainstTheApiAndSpi(String type) {
    Compilation c = compileConsumer("consumer", type);

    assertThat(c.errors()).isEmpty();
    assertThat(c.succeeded()).isTrue();
  }

  @ParameterizedTest(name = "{1} from {0}")
  @CsvSource({
      // not one of labinov's modules: no internal package at all
      "consumer, id.labinov.core.internal.Checks, false",
      "consumer, id.labinov.core.internal.codec.EventCodec, false",
      "consumer, id.labinov.core.internal.json.JsonTree, false",
      // the JDBC store: checks and codecs, not the JSON trees
      "id.labinov.persistence.jdbc, id.labinov.core.internal.Checks, true",
      "id.labinov.persistence.jdbc, id.labinov.core.internal.codec.EventCodec, true",
      "id.labinov.persistence.jdbc, id.labinov.core.internal.json.JsonTree, false",
      // reporting: checks only
      "id.labinov.reporting, id.labinov.core.internal.Checks, true",
      "id.labinov.reporting, id.labinov.core.internal.codec.EventCodec, false",
      "id.labinov.reporting, id.labinov.core.internal.json.JsonTree, false",
  })
  void internalPackagesAreVisibleOnlyToTheModulesTheyAreExportedTo(String module, String type, boolean visible) {
    Compilation c = compileConsumer(module, type);

    if (visible) {
      assertThat(c.errors()).isEmpty();
    } else {
      String pkg = type.substring(0, type.lastIndexOf('.'));
      assertThat(c.succeeded()).isFalse();
      assertThat(c.errors()).anySatisfy(p -> {
        assertThat(p.code()).isEqualTo(NOT_VISIBLE);
        assertThat(p.message()).contains("package " + pkg + " is not visible", "does not export it");
      });
    }
  }

  @Test
  void aRuleTypeProvidedByAnotherModuleIsFoundAndTextsAndShippedResourcesLoad() throws Exception {
    Compilation rules = compile(work.resolve("acme"), runtimeModulePath(), Map.of(
        "module-info.java", """
            module acme.rules {
              requires id.labinov.core;
              provides id.labinov.core.rules.RuleType with acme.rules.QuorumRuleType;
            }
            """,
        "acme/rules/QuorumRuleType.java", """
            package acme.rules;

            import id.labinov.core.rules.Rule;
            import id.labinov.core.rules.RuleOutcome;
            import id.labinov.core.rules.RuleParameters;
            import id.labinov.core.rules.RuleType;

            public final class QuorumRuleType implements RuleType {
              @Override public String name() { return "acme:quorum"; }
              @Override public Rule create(RuleParameters parameters) {
                int quorum = parameters.optionalInteger("quorum", 1, 100, 3);
                return (facts, context) -> RuleOutcome.passed();
              }
            }
            """));
    assertThat(rules.errors()).isEmpty();
    List<Path> path = plus(runtimeModulePath(), rules.classes());
    Compilation probe = compile(work.resolve("probe"), path, Map.of(
        "module-info.java", """
            module probe {
              requires id.labinov.core;
              exports probe;
              opens probe;   // so that core can read the host's rulebook below
            }
            """,
        "probe/CoreProbe.java", """
            package probe;

            import id.labinov.core.Labinov;
            import id.labinov.core.evaluation.EvaluationSchemes;
            import id.labinov.core.i18n.Messages;
            import id.labinov.core.iid.DocumentKind;
            import id.labinov.core.iid.Preflight;
            import id.labinov.core.rules.RuleTypes;
            import id.labinov.core.rules.Rulebooks;
            import java.util.LinkedHashMap;
            import java.util.Locale;
            import java.util.Map;
            import java.util.function.Supplier;

            public final class CoreProbe implements Supplier<Map<String, String>> {
              @Override public Map<String, String> get() {
                Map<String, String> seen = new LinkedHashMap<>();
                seen.put("module", Labinov.class.getModule().getName());
                seen.put("english", Messages.format(Locale.ENGLISH, "error.resourceNotFound", "resource", "/x"));
                seen.put("indonesian", Messages.format(Messages.INDONESIAN, "error.resourceNotFound", "resource", "/x"));
                seen.put("rulebook", Rulebooks.fiveD().reference());
                seen.put("scheme", EvaluationSchemes.kippCriteria().reference());
                seen.put("iidRules", String.valueOf(Preflight.iidInnovationIndicators().rules().indicators().size()));
                seen.put("iidLabel", DocumentKind.PERDA.label(Locale.ENGLISH));
                RuleTypes types = RuleTypes.discovered();
                seen.put("quorum", types.find("acme:quorum")
                    .map(t -> t.getClass().getModule().getName()).orElse("not found"));
                seen.put("hostRulebook", Rulebooks.fromResource("/probe/quorum.json", types).reference());
                return seen;
              }
            }
            """,
        "probe/quorum.json", """
            {"format": "labinov-rulebook/1", "id": "quorum-book", "version": 3,
             "name": {"id": "Buku kuorum", "en": "Quorum book"}, "entryStage": "A",
             "stages": [{"code": "A", "order": 1, "label": {"id": "Tahap A", "en": "Stage A"}},
                        {"code": "B", "order": 2, "label": {"id": "Tahap B", "en": "Stage B"}}],
             "transitions": [{"id": "a-to-b", "kind": "ADVANCE", "from": ["A"], "to": "B",
                              "label": {"id": "Ke B", "en": "To B"},
                              "rules": [{"type": "acme:quorum", "severity": "MUST", "params": {"quorum": 5}}]}]}
            """));
    assertThat(probe.errors()).isEmpty();

    // acme.rules is no root: service binding resolves it, as `java --module-path` would
    Map<String, String> seen = run(layer(plus(path, probe.classes()), "probe"), "probe", "probe.CoreProbe");

    assertThat(seen).containsEntry("module", CORE)
        .containsEntry("english", "No class-path resource \"/x\": check the path (it starts with /).")
        .containsEntry("indonesian", "Sumber daya class-path \"/x\" tidak ada: periksa path-nya (diawali /).")
        .containsEntry("rulebook", "5d@1")
        .containsEntry("quorum", "acme.rules")
        .containsEntry("hostRulebook", "quorum-book@3")
        .containsEntry("iidRules", "20")
        .containsEntry("iidLabel", "Perda (regional regulation)");
    assertThat(seen.get("scheme")).startsWith("kipp");
  }

  @Test
  void codeOutsideTheModuleCannotReachAnInternalClassByReflection() throws Exception {
    ModuleLayer layer = layer(runtimeModulePath(), CORE);
    Class<?> checks = layer.findLoader(CORE).loadClass("id.labinov.core.internal.Checks");

    assertThat(checks.getModule().getName()).isEqualTo(CORE);
    assertThatThrownBy(() -> checks.getMethod("notNull", Object.class, String.class).invoke(null, "x", "x"))
        .isInstanceOf(IllegalAccessException.class)
        .hasMessageContaining("does not export id.labinov.core.internal to unnamed module");
  }

  /** Compiles a module named {@code module} that reads core and imports {@code type}. */
  private Compilation compileConsumer(String module, String type) {
    return compile(work.resolve(module), runtimeModulePath(), Map.of(
        "module-info.java", "module " + module + " { requires id.labinov.core; }\n",
        "use/Use.java", "package use;\n\nimport " + type + ";\n\nclass Use {\n  "
            + type.substring(type.lastIndexOf('.') + 1) + " it;\n}\n"));
  }
}
