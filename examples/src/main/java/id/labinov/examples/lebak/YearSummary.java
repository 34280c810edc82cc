package id.labinov.examples.lebak;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the lab year produced, counted from the store after the run (not from the plan), and
 * printed as the console summary.
 *
 * @param output the output folder
 * @param database the database it ran on
 * @param tablePrefix the table prefix used
 * @param registered ideas registered
 * @param byStage innovations per stage (in rulebook order) and status
 * @param target the programme's target at DISPLAY
 * @param late innovations behind the programme's schedule
 * @param refusals refused commands by violation code
 * @param warnings should-meet warnings on accepted commands by code
 * @param scoreSheets accepted evaluation sheets
 * @param panelRefusals refused evaluation sheets by code
 * @param files report files written
 * @param commands commands sent to the facade
 */
public record YearSummary(Path output, String database, String tablePrefix, int registered,
    Map<String, StageTally> byStage, int target, int late, Map<String, Integer> refusals, Map<String, Integer> warnings,
    int scoreSheets, Map<String, Integer> panelRefusals, List<Path> files, int commands) {

  /**
   * Innovations in one stage.
   *
   * @param active active ones
   * @param onHold ones on hold
   * @param dropped ones dropped in this stage
   */
  public record StageTally(long active, long onHold, long dropped) {
    /** Returns all of them. */
    public long total() {
      return active + onHold + dropped;
    }
  }

  /** Returns the active innovations in DISPLAY (the innovations shown at the innovation week). */
  public long displayed() {
    StageTally t = byStage.get("DISPLAY");
    return t == null ? 0 : t.active();
  }

  void print(PrintStream out, ConsoleWords words, long yearMillis, long reportMillis) {
    out.println();
    out.println("Ringkasan - Kabupaten Lebak (36.02), program lebak-2019");
    out.println(String.format("  %-9s %6s %6s %8s %11s", "tahap", "jumlah", "aktif", "ditunda", "dihentikan"));
    byStage.forEach((stage, t) -> out.println(String.format("  %-9s %6d %6d %8d %11d", words.stage(stage), t.total(),
        t.active(), t.onHold(), t.dropped())));
    out.println("  ide terdaftar " + registered + ", ditampilkan di Pekan Inovasi Daerah " + displayed() + " dari target "
        + target + ", terlambat dari jadwal " + late);
    out.println("  alasan penolakan: " + ConsoleWords.reasons(refusals));
    out.println("  peringatan: " + ConsoleWords.reasons(warnings));
    out.println("  penilaian: " + scoreSheets + " lembar nilai diterima; penolakan: " + ConsoleWords.reasons(panelRefusals));
    out.println("  " + commands + " perintah dalam " + yearMillis + " ms; " + files.size() + " berkas laporan dalam "
        + reportMillis + " ms di " + output);
  }
}
