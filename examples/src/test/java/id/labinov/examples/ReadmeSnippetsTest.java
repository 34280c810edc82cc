package id.labinov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps the README's JSON examples honest: each one must load. */
class ReadmeSnippetsTest {
  private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

  private static List<String> jsonBlocks() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    Matcher m = JSON_BLOCK.matcher(readme);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void everyRulebookExampleInTheReadmeLoads() throws IOException {
    List<String> rulebooks = jsonBlocks().stream().filter(b -> b.contains("labinov-rulebook/1")).toList();
    assertThat(rulebooks).isNotEmpty();
    for (String json : rulebooks) {
      Rulebook r = Rulebooks.parse(json);
      assertThat(r.stages()).isNotEmpty();
      assertThat(r.hash()).hasSize(64);
    }
  }

  @Test
  void everyProgrammeAndSchemeExampleInTheReadmeLoads() throws IOException {
    List<String> programmes = jsonBlocks().stream().filter(b -> b.contains("labinov-programme/1")).toList();
    List<String> schemes = jsonBlocks().stream().filter(b -> b.contains("labinov-evaluation-scheme/1")).toList();
    assertThat(programmes).hasSize(1);
    assertThat(schemes).hasSize(1);
    id.labinov.core.programme.Programme p = id.labinov.core.programme.Programmes.parse(programmes.get(0));
    assertThat(p.target()).isEqualTo(64);
    assertThat(p.schedule()).containsKeys("DRUM_UP", "DISPLAY");
    assertThat(id.labinov.core.programme.Programmes.parse(id.labinov.core.programme.Programmes.toJson(p))).isEqualTo(p);
    id.labinov.core.evaluation.EvaluationScheme scheme = id.labinov.core.evaluation.EvaluationSchemes.parse(schemes.get(0));
    assertThat(scheme.criteria()).hasSize(5);
  }

  @Test
  void quickStartHasExactlyTwoCommandsInOneShellBlock() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("## Quick start");
    assertThat(start).isGreaterThanOrEqualTo(0);
    Matcher m = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(readme.substring(start));
    assertThat(m.find()).isTrue();
    List<String> commands = m.group(1).lines().filter(l -> !l.isBlank()).toList();
    assertThat(commands).hasSize(2);
    assertThat(commands.get(0)).contains("exec:java");
    assertThat(commands.get(1)).isEqualTo("./mvnw -B verify");
  }
}
