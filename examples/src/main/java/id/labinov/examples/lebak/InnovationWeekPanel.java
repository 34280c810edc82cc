package id.labinov.examples.lebak;

import id.labinov.core.Labinov;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.evaluation.Criterion;
import id.labinov.core.evaluation.EvaluationDecision;
import id.labinov.core.evaluation.EvaluationScheme;
import id.labinov.core.evaluation.EvaluationSchemes;
import id.labinov.core.evaluation.ScoreEntry;
import id.labinov.core.i18n.Messages;
import id.labinov.core.model.Actor;
import id.labinov.core.model.Role;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The evaluation panel of the innovation week: four evaluators score every displayed innovation
 * with the IGA 2023 presentation criteria. The panel member from Dinas Kesehatan is refused on the
 * health office's own innovations (conflict of interest), as the library requires.
 */
final class InnovationWeekPanel {
  static final EvaluationScheme SCHEME = EvaluationSchemes.igaPresentation2023();
  static final int ROUND = 2019;
  /** The four evaluators, in the order they score: two from outside the region's units, two from units of Lebak. */
  static final List<Actor> PANEL = List.of(
      Actor.of("juri-lan-01", null, Role.EVALUATOR).in(LabYear.LEBAK),
      Actor.of("juri-untirta-01", null, Role.EVALUATOR).in(LabYear.LEBAK),
      Actor.of("juri-inspektorat-01", "INSPEKTORAT", Role.EVALUATOR).in(LabYear.LEBAK),
      Actor.of("juri-dinkes-01", "DINKES", Role.EVALUATOR).in(LabYear.LEBAK));

  private final Labinov lab;
  private final ScenarioClock clock;
  private final PrintStream out;
  /** Accepted score sheets. */
  int sheets;
  /** Refused score sheets by code. */
  final Map<String, Integer> refused = new TreeMap<>();

  InnovationWeekPanel(Labinov lab, ScenarioClock clock, PrintStream out) {
    this.lab = lab;
    this.clock = clock;
    this.out = out;
  }

  /** Lists the panel's person ids with a display name. */
  static Map<String, String> members() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("juri-lan-01", "Dr. Hendra Gunawan (LAN)");
    m.put("juri-untirta-01", "Dr. Ratna Sari (Universitas Sultan Ageng Tirtayasa)");
    m.put("juri-inspektorat-01", "Drs. Yusuf Maulana (Inspektorat Daerah)");
    m.put("juri-dinkes-01", "dr. Lina Marlina (Dinas Kesehatan)");
    return m;
  }

  /** Scores every displayed innovation; every evaluator tries every one. */
  void score(List<InnovationRef> displayed) {
    Random random = new Random(LebakScenario.SEED + ROUND);
    int minute = 0;
    for (InnovationRef ref : displayed) {
      clock.at(LocalDate.of(2019, 12, 13), minute += 5);
      for (Actor evaluator : PANEL) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (Criterion c : SCHEME.criteria()) {
          scores.put(c.code(), BigDecimal.valueOf(55 + random.nextInt(41)));
        }
        EvaluationDecision<ScoreEntry> d = lab.evaluations().submitScores(ref, evaluator, SCHEME.id(), ROUND, scores);
        if (d.accepted()) {
          sheets++;
        } else {
          for (String code : d.verdict().codes()) {
            if (!refused.containsKey(code)) {
              String who = members().get(evaluator.personId().value());
              String title = lab.innovations().get(ref).details().title();
              out.println("    penilaian ditolak: " + who + " menilai \"" + title + "\"");
              out.println("      " + d.verdict().describe(Messages.INDONESIAN).replace("\n", "\n      "));
              out.println("    score sheet refused: " + who + " scoring \"" + title + "\"");
              out.println("      " + d.verdict().describe(Locale.ENGLISH).replace("\n", "\n      "));
            }
            refused.merge(code, 1, Integer::sum);
          }
        }
        clock.tick();
      }
    }
    out.println(String.format("[%-8s] 13 Des 2019: panel %d juri, %d lembar nilai diterima; penolakan: %s", "Penilaian",
        PANEL.size(), sheets, ConsoleWords.reasons(refused)));
  }
}
