package id.labinov.examples.lebak;

import id.labinov.core.rules.Rulebook;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The Indonesian words the console uses for what the library names by code: stages by the short
 * name of their rulebook label ({@code Drum-up}, not {@code DRUM_UP}), and the reasons of refusals,
 * which the year counts by violation code, by a short phrase. Counts for machines stay keyed by code
 * ({@link YearSummary}); only the printed lines use these words.
 */
final class ConsoleWords {
  /** The reasons the lab year can meet, by violation code. */
  static final Map<String, String> REASONS = Map.of(
      "APPROVALS_MISSING", "persetujuan belum lengkap",
      "CONDITIONS_OPEN", "syarat belum dipenuhi",
      "EVIDENCE_MISSING", "bukti dukung belum lengkap",
      "FIELD_REQUIRED", "isian wajib belum diisi",
      "FIELD_TOO_SHORT", "uraian terlalu pendek",
      "WRONG_STATUS", "status inovasi tidak sesuai",
      "CONFLICT_OF_INTEREST_OPD", "konflik kepentingan: penilai dari OPD inovasi itu");

  private final Rulebook rulebook;

  ConsoleWords(Rulebook rulebook) {
    this.rulebook = rulebook;
  }

  /**
   * Returns a stage's short Indonesian name: its label up to the explanation in brackets, e.g.
   * {@code Drum-up} for "Drum-up (membangun semangat dan komitmen berinovasi)"; the code for a stage
   * the rulebook does not have.
   */
  String stage(String code) {
    return rulebook.findStage(code).map(s -> {
      String label = s.label().id();
      int bracket = label.indexOf(" (");
      return bracket > 0 ? label.substring(0, bracket) : label;
    }).orElse(code);
  }

  /**
   * Lists counted reasons as "persetujuan belum lengkap (23), uraian terlalu pendek (34)", or
   * "tidak ada" when there are none.
   *
   * @throws IllegalArgumentException for a code without words, so that no code reaches the console
   */
  static String reasons(Map<String, Integer> counts) {
    if (counts.isEmpty()) {
      return "tidak ada";
    }
    StringJoiner out = new StringJoiner(", ");
    counts.forEach((code, n) -> {
      String words = REASONS.get(code);
      if (words == null) {
        throw new IllegalArgumentException("no console words for the reason " + code + ": add them to REASONS");
      }
      out.add(words + " (" + n + ")");
    });
    return out.toString();
  }
}
