package id.labinov.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real tool in a child JVM on a pseudo-terminal ({@code script} from util-linux) of a set width:
 * the listing is a table fitted to the terminal, not tab-separated lines, with nothing forced by
 * system properties.
 */
class ListOnATerminalTest {
  @TempDir
  static Path dir;
  static LabData lab;

  @BeforeAll
  static void aSmallLab() throws Exception {
    PseudoTerminal.require();
    lab = new LabData(dir);
  }

  @ParameterizedTest
  @ValueSource(ints = {80, 160})
  void onATerminalTheListIsATableWithinItsWidth(int columns) throws Exception {
    List<String> lines = onTerminal(columns, "list");
    assertThat(lines).as(String.join("\n", lines)).hasSize(2 + 4 + 1);
    assertThat(lines.get(0)).startsWith("ID").contains("Tahap").contains("Judul");
    assertThat(lines.get(1)).matches("[- ]+");
    assertThat(lines).allSatisfy(l -> {
      assertThat(l.codePointCount(0, l.length())).as(l).isLessThanOrEqualTo(columns);
      assertThat(l).doesNotContain("\t");
    });
    assertThat(String.join("\n", lines)).contains("Dinas Kesehatan").contains("Design").contains("Ditunda")
        .doesNotContain("DRUM_UP").doesNotContain("36.02/");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("4 inovasi.");
    if (columns == 160) {
      assertThat(String.join("\n", lines)).contains("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu");
    } else {
      assertThat(lines.stream().mapToInt(String::length).max().orElseThrow()).as("shrunk to the width").isGreaterThan(70);
    }
  }

  @Test
  void anExplicitTsvOnATerminalIsStillTabSeparated() throws Exception {
    List<String> lines = onTerminal(80, "list", "--format", "tsv", "--opd", "DISDIK");
    assertThat(lines).contains(lab.refs.get(LabData.SCHOOL) + "\tDRUM_UP\tACTIVE\tDISDIK\t" + LabData.SCHOOL);
  }

  /** Runs the tool under {@code script} on a terminal of this width and returns what it printed. */
  private static List<String> onTerminal(int columns, String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--jdbc-url", lab.cli.url, "--actor", "admin-bappeda", "--roles", "LAB_ADMIN",
        "--region", "36.02", "--no-progress"));
    String text = PseudoTerminal.run(dir, "stty cols " + columns + "; " + PseudoTerminal.tool(all.toArray(String[]::new)));
    // the JVM's own warnings (SLF4J without a provider) are not the tool's output
    return text.lines().filter(l -> !l.isBlank() && !l.startsWith("SLF4J(")).toList();
  }
}
