package id.labinov.core.iid;

import static org.assertj.core.api.Assertions.assertThat;

import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The worked example of README's "IID readiness" section, compiled and run here; the test also
 * checks that the README shows exactly these lines, so the two cannot drift apart.
 */
class IidReadmeExampleTest {
  private static final Path THIS_FILE = Path.of("src/test/java/id/labinov/core/iid/IidReadmeExampleTest.java");

  @Test
  void theWorkedExampleRunsAsTheReadmeSays() {
    InnovationId innovation = InnovationId.parse("0190a6f0-8c3e-7a1b-9c2d-3e4f5a6b7c8d");
    // README:begin
    RegionCode lebak = RegionCode.parse("36.02");
    EvidenceDocument decree = EvidenceDocument.builder("sk-800-12", lebak, DocumentKind.DECREE, LocalDate.of(2021, 3, 2))
        .number("800/12/2021")
        .subject("Penetapan Inovasi Si-Cepat pada Dinas Kesehatan")
        .issuer("Kepala Dinas Kesehatan Kabupaten Lebak", IssuerLevel.OPD_HEAD)
        .build();
    IndicatorClaim regulation = IndicatorClaim.forInnovation(lebak, innovation, 2025, "REGULATION", 3,
        List.of("sk-800-12"));

    PreflightReport report = Preflight.iidInnovationIndicators().run(2025, List.of(regulation), List.of(decree));
    ClaimResult result = report.results().get(0);
    int supported = result.supportedLevel();                        // 1 (claimed: 3)
    String sentence = result.sentence(Locale.forLanguageTag("id"));
    // "Regulasi inovasi daerah: klaim tingkat 3 (Ditetapkan dengan peraturan daerah (Perda)); bukti
    //  mendukung tingkat 1: SK nomor 800/12/2021 tanggal 2021-03-02 bukan Perda; SK nomor ... ditandatangani
    //  kepala perangkat daerah, bukan kepala daerah; SK nomor ... di luar T-2..T-0 (2023–2025)"
    List<MissingIndicator> missing = report.missingMandatory();    // HUMAN_RESOURCES, CREATION_SPEED, BENEFIT, VIDEO
    // README:end

    assertThat(supported).isEqualTo(1);
    assertThat(sentence).startsWith("Regulasi inovasi daerah: klaim tingkat 3 (Ditetapkan dengan peraturan daerah (Perda)); "
        + "bukti mendukung tingkat 1: SK nomor 800/12/2021 tanggal 2021-03-02 bukan Perda; ")
        .contains("ditandatangani kepala perangkat daerah, bukan kepala daerah")
        .endsWith("di luar T-2..T-0 (2023–2025)");
    assertThat(missing).extracting(m -> m.criterion().code())
        .containsExactly("HUMAN_RESOURCES", "CREATION_SPEED", "BENEFIT", "VIDEO");
  }

  @Test
  void theReadmeShowsTheseLines() throws IOException {
    List<String> lines = Files.readAllLines(THIS_FILE, StandardCharsets.UTF_8);
    int begin = lines.indexOf("    // README:begin");
    int end = lines.indexOf("    // README:end");
    String snippet = lines.subList(begin + 1, end).stream()
        .map(l -> l.length() >= 4 ? l.substring(4) : l)
        .collect(Collectors.joining("\n"));
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);

    assertThat(begin).isPositive();
    assertThat(readme).contains("```java\n" + snippet + "\n```");
  }
}
