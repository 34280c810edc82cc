package id.labinov.examples.lebak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The IID 2026 example, run once per JVM in memory (shared by the tests that read its figures, the
 * README check and the picture), and what the tests read independently of the example's own code:
 * the committed CSV files, parsed with the tests' own RFC 4180 reader, and the shipped indicator
 * scheme, parsed with Jackson.
 */
final class IidRuns {
  private static IidRun memory;

  private IidRuns() {}

  /** The example's run and its console. */
  record IidRun(IidSummary summary, String console) {}

  /** One row of a committed CSV file, by column name. */
  record CsvRow(int line, Map<String, String> fields) {
    String get(String column) {
      String v = fields.get(column);
      assertThat(v).as("column %s on line %d", column, line).isNotNull();
      return v;
    }

    int number(String column) {
      return Integer.parseInt(get(column));
    }

    /** The innovation number and indicator: the key of a claim. */
    String claim() {
      return get("no") + "/" + get("indikator");
    }
  }

  /** Runs the example in memory once, into {@code target/lebak-iid-2026}. */
  static synchronized IidRun memory() {
    if (memory == null) {
      memory = run(new LebakIidYear.Settings(Path.of("target", "lebak-iid-2026").toAbsolutePath(), true, null, null,
          null, null));
    }
    return memory;
  }

  static IidRun run(LebakIidYear.Settings settings) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    IidSummary s = LebakIidYear.run(settings, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new IidRun(s, bytes.toString(StandardCharsets.UTF_8));
  }

  /** Reads a committed CSV file of the example from the source tree, comments left out. */
  static List<CsvRow> csv(String name) {
    Path file = Path.of("src", "main", "resources", "id", "labinov", "examples", "lebak", name);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder data = new StringBuilder();
    List<Integer> lines = new ArrayList<>();
    int n = 0;
    for (String line : text.split("\n", -1)) {
      n++;
      if (!line.startsWith("#") && !line.isBlank()) {
        data.append(line).append("\r\n");
        lines.add(n);
      }
    }
    List<List<String>> records = YearOutputs.Csv.read(data.toString());
    List<String> header = records.get(0);
    List<CsvRow> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      assertThat(records.get(i)).as("%s line %d", name, lines.get(i)).hasSameSizeAs(header);
      Map<String, String> m = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        m.put(header.get(c), records.get(i).get(c));
      }
      rows.add(new CsvRow(lines.get(i), m));
    }
    return rows;
  }

  /** The shipped indicator scheme, read as JSON: weight per indicator code. */
  static Map<String, BigDecimal> weights() {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    scheme().path("criteria").forEach(c -> out.put(c.path("code").asString(), new BigDecimal(c.path("weight").toString())));
    return out;
  }

  /** The codes of the scheme's mandatory indicators. */
  static List<String> mandatory() {
    List<String> out = new ArrayList<>();
    scheme().path("criteria").forEach(c -> {
      if (c.path("mandatory").asBoolean()) {
        out.add(c.path("code").asString());
      }
    });
    return out;
  }

  /** The scheme's year and its maximum innovation score. */
  static JsonNode scheme() {
    return json("/id/labinov/core/evaluation/iid-innovation-indicators.json");
  }

  static JsonNode json(String resource) {
    try (var in = IidRuns.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new ObjectMapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
