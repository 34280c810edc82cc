package id.labinov.oracle.gen;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A generated lab year over several regions: its programmes and the steps played.
 *
 * @param regions how many of {@link Cast#REGIONS} take part (1 to 4)
 * @param programmes the programmes opened before the first step
 * @param startMinutes minutes after 2024-01-02T00:00Z when the year starts
 * @param steps the steps, in order (a final report is always added)
 */
public record Plan(int regions, List<ProgrammePlan> programmes, int startMinutes, List<Step> steps) {
  /**
   * A programme of one region.
   *
   * @param region which region (modulo the regions taking part)
   * @param zone 0 the region's zone, else another Indonesian zone
   * @param target the target
   * @param firstDay days after 2024-01-01 the first window opens
   * @param lengths the windows' lengths in days, in stage order; 0 = no window for that stage
   * @param gap days between one window's end and the next one's start
   * @param allOpds whether every OPD of the region participates (else the last one does not)
   */
  public record ProgrammePlan(int region, int zone, int target, int firstDay, List<Integer> lengths, int gap,
      boolean allOpds) {}

  @Override
  public String toString() {
    return "Plan[regions=" + regions + ", startMinutes=" + startMinutes + ", programmes=" + programmes + ", "
        + steps.size() + " steps:\n    " + steps.stream().map(Object::toString).collect(Collectors.joining("\n    "))
        + "]";
  }
}
