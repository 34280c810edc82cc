package id.labinov.persistence.jdbc.modules;

import static id.labinov.core.modules.ModulePathFixture.assertVisibility;
import static id.labinov.core.modules.ModulePathFixture.compile;
import static id.labinov.core.modules.ModulePathFixture.layer;
import static id.labinov.core.modules.ModulePathFixture.locationOf;
import static id.labinov.core.modules.ModulePathFixture.plus;
import static id.labinov.core.modules.ModulePathFixture.run;
import static id.labinov.core.modules.ModulePathFixture.runtimeModulePath;
import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.modules.ModulePathFixture.Compilation;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * labinov-persistence-jdbc as a named module ({@code id.labinov.persistence.jdbc}) on the module path,
 * seen from another module: it compiles against the store's API and, through {@code requires
 * transitive}, core's API and {@code java.sql}, but not core's codecs (exported to the store only);
 * and the store migrates an H2 database, stores and reads an innovation, and renders its texts, with
 * the schema scripts and message bundles read from inside the named module.
 */
class ModulePathTest {
  private static final String JDBC = "id.labinov.persistence.jdbc";

  @TempDir Path work;

  @Test
  void theStoreIsAnExplicitModuleExportingItsApiOnly() {
    ModuleDescriptor jdbc = layer(runtimeModulePath(), JDBC).findModule(JDBC).orElseThrow().getDescriptor();

    assertThat(jdbc.isAutomatic()).isFalse();
    assertThat(jdbc.exports()).extracting(ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::isQualified)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(JDBC, false));
    assertThat(jdbc.requires()).filteredOn(r -> r.modifiers().contains(Requires.Modifier.TRANSITIVE))
        .extracting(Requires::name).containsExactlyInAnyOrder("id.labinov.core", "java.sql");
    assertThat(jdbc.opens()).isEmpty();
  }

  @ParameterizedTest(name = "{0}: visible {1}")
  @CsvSource({
      "id.labinov.persistence.jdbc.JdbcStorage, true",
      "id.labinov.persistence.jdbc.JdbcInnovationStore, true",
      "id.labinov.core.Labinov, true",                      // requires transitive id.labinov.core
      "id.labinov.core.spi.InnovationStore, true",
      "javax.sql.DataSource, true",                         // requires transitive java.sql
      "id.labinov.core.internal.codec.EventCodec, false",   // exported to the store, not to its users
      "id.labinov.core.internal.Checks, false",
  })
  void aModuleRequiringOnlyTheStoreSeesItsApiAndCoresButNoInternals(String type, boolean visible) {
    assertVisibility(work, "id.labinov.persistence.jdbc", type, visible);
  }

  @Test
  void theStoreMigratesStoresReadsAndExplainsInsideTheModuleLayer() throws Exception {
    List<Path> path = plus(runtimeModulePath(), locationOf(org.h2.Driver.class));
    Compilation probe = compile(work, path, Map.of(
        "module-info.java", """
            module probe {
              requires id.labinov.persistence.jdbc;
              requires com.h2database;
              requires java.naming;   // H2's JdbcDataSource is Referenceable
              exports probe;
            }
            """,
        "probe/JdbcProbe.java", """
            package probe;

            import id.labinov.core.Labinov;
            import id.labinov.core.engine.InnovationRef;
            import id.labinov.core.error.LabinovException;
            import id.labinov.core.memory.InMemoryRulebookStore;
            import id.labinov.core.model.Actor;
            import id.labinov.core.model.InnovationDetails;
            import id.labinov.core.model.OpdCode;
            import id.labinov.core.model.RegionCode;
            import id.labinov.core.model.Role;
            import id.labinov.core.rules.Rulebooks;
            import id.labinov.persistence.jdbc.JdbcStorage;
            import java.time.Clock;
            import java.time.Instant;
            import java.time.ZoneOffset;
            import java.util.LinkedHashMap;
            import java.util.Locale;
            import java.util.Map;
            import java.util.function.Supplier;
            import org.h2.jdbcx.JdbcDataSource;

            public final class JdbcProbe implements Supplier<Map<String, String>> {
              @Override public Map<String, String> get() {
                Map<String, String> seen = new LinkedHashMap<>();
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL("jdbc:h2:mem:module-path;DB_CLOSE_DELAY=-1");
                JdbcStorage storage = JdbcStorage.builder().dataSource(h2).build();
                seen.put("module", JdbcStorage.class.getModule().getName());
                seen.put("schema", String.valueOf(storage.schemaVersion()));
                seen.put("script", JdbcStorage.schemaScript("postgresql", 1, "lbv_"));

                Labinov lab = Labinov.builder()
                    .clock(Clock.fixed(Instant.parse("2024-03-01T03:00:00Z"), ZoneOffset.UTC))
                    .innovationStore(storage.innovationStore())
                    .rulebookStore(new InMemoryRulebookStore())
                    .rulebook(Rulebooks.fiveD())
                    .build();
                RegionCode lebak = RegionCode.parse("36.02");
                InnovationRef ref = lab.innovations().propose(lebak,
                    Actor.of("asn-dinkes-017", "DINKES", Role.INNOVATOR).in(lebak),
                    InnovationDetails.titled("Posyandu Digital Lebak").withOpd(OpdCode.of("DINKES"))).ref();
                seen.put("stored", storage.innovationStore().load(ref).orElseThrow().details().title());

                try {
                  JdbcStorage.builder().dataSource(h2).tablePrefix("Bad!").build();
                } catch (LabinovException e) {
                  seen.put("english", e.getMessage(Locale.ENGLISH));
                  seen.put("indonesian", e.getMessage(Locale.forLanguageTag("id")));
                }
                return seen;
              }
            }
            """));
    assertThat(probe.errors()).isEmpty();

    Map<String, String> seen = run(layer(plus(path, probe.classes()), "probe"), "probe", "probe.JdbcProbe");

    assertThat(seen).containsEntry("module", JDBC)
        .containsEntry("stored", "Posyandu Digital Lebak");
    assertThat(Integer.parseInt(seen.get("schema"))).isPositive();
    assertThat(seen.get("script")).contains("CREATE TABLE IF NOT EXISTS lbv_innovation");
    assertThat(seen.get("english")).contains("is not valid (\"Bad!\")");
    assertThat(seen.get("indonesian")).contains("tidak valid (\"Bad!\")");
  }
}
