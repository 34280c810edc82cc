package id.labinov.core.cycle;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.evaluation.RatingBands;
import id.labinov.core.evaluation.RegionalIndex;
import id.labinov.core.evaluation.RegionalIndexEstimate;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The what-if of a region's index submission: the estimated index now, and what each single choice —
 * sending one more innovation, or not sending one that is in — would make of it, ranked by how much it
 * raises the index ("Apa yang paling menaikkan indeks"). The per-innovation part of the index divides
 * the sum of the innovations' scores by {@code max(10, n)}: below ten innovations every one added only
 * adds, from ten on an innovation scoring below the submission's mean lowers the index. Uses
 * {@link RegionalIndex#estimateFromScores}; pure and thread-safe.
 *
 * @param current the estimate of the submission as it is
 * @param choices every single choice, the largest rise first (then by name)
 */
@Beta
public record SubmissionWhatIf(RegionalIndexEstimate current, List<SubmissionChoice> choices) {
  /**
   * Validates and copies the parts.
   *
   * @param current the estimate now
   * @param choices the choices
   * @throws InvalidValueException naming a missing part
   */
  public SubmissionWhatIf {
    Checks.notNull(current, "current");
    choices = List.copyOf(Checks.notNull(choices, "choices"));
  }

  /**
   * Analyses a submission.
   *
   * @param year the index year
   * @param candidates every innovation that could be sent, the submitted ones marked (innovation ids unique)
   * @param innovationMaximum the highest score of one innovation (111 with the shipped scheme)
   * @param spdScore the region-level score, 0-63
   * @param countScore the innovation-count score, 0-76
   * @param bands the rating bands
   * @return the analysis
   * @throws InvalidValueException with code {@code DUPLICATE} for an innovation listed twice, or as
   *     {@link RegionalIndex#estimateFromScores}
   */
  public static SubmissionWhatIf analyse(int year, List<SubmissionCandidate> candidates, BigDecimal innovationMaximum,
      BigDecimal spdScore, BigDecimal countScore, RatingBands bands) {
    Checks.notNull(candidates, "candidates");
    unique(candidates);
    RegionalIndexEstimate now = estimate(year, candidates, Set.of(), Set.of(), innovationMaximum, spdScore, countScore,
        bands);
    List<SubmissionChoice> out = new ArrayList<>();
    for (SubmissionCandidate c : candidates) {
      RegionalIndexEstimate after = c.submitted()
          ? estimate(year, candidates, Set.of(), Set.of(c.innovation()), innovationMaximum, spdScore, countScore, bands)
          : estimate(year, candidates, Set.of(c.innovation()), Set.of(), innovationMaximum, spdScore, countScore, bands);
      out.add(new SubmissionChoice(c.submitted() ? SubmissionChoice.Kind.REMOVE : SubmissionChoice.Kind.ADD,
          c.innovation(), c.title(), c.score(), after, after.index().subtract(now.index())));
    }
    out.sort(Comparator.comparing(SubmissionChoice::change).reversed().thenComparing(SubmissionChoice::title)
        .thenComparing(SubmissionChoice::innovation));
    return new SubmissionWhatIf(now, out);
  }

  /**
   * Estimates the index with some innovations added to and some taken out of the submission.
   *
   * @param year the index year
   * @param candidates every innovation that could be sent, the submitted ones marked
   * @param add innovations to send as well (each must be a candidate)
   * @param remove innovations not to send (each must be a candidate)
   * @param innovationMaximum the highest score of one innovation
   * @param spdScore the region-level score
   * @param countScore the innovation-count score
   * @param bands the rating bands
   * @return the estimate; with nothing added or removed, the estimate of the submission as it is
   * @throws InvalidValueException with code {@code NOT_A_CANDIDATE} for an innovation that is not a candidate
   */
  public static RegionalIndexEstimate estimate(int year, List<SubmissionCandidate> candidates, Set<InnovationId> add,
      Set<InnovationId> remove, BigDecimal innovationMaximum, BigDecimal spdScore, BigDecimal countScore,
      RatingBands bands) {
    Checks.notNull(candidates, "candidates");
    Checks.notNull(add, "add");
    Checks.notNull(remove, "remove");
    Set<InnovationId> known = new HashSet<>();
    candidates.forEach(c -> known.add(Checks.notNull(c, "candidates[]").innovation()));
    for (InnovationId id : add) {
      if (!known.contains(id)) {
        throw new InvalidValueException("NOT_A_CANDIDATE", "add", id.value(), "error.cycle.notCandidate");
      }
    }
    for (InnovationId id : remove) {
      if (!known.contains(id)) {
        throw new InvalidValueException("NOT_A_CANDIDATE", "remove", id.value(), "error.cycle.notCandidate");
      }
    }
    List<BigDecimal> scores = new ArrayList<>();
    for (SubmissionCandidate c : candidates) {
      boolean sent = (c.submitted() || add.contains(c.innovation())) && !remove.contains(c.innovation());
      if (sent) {
        scores.add(c.score());
      }
    }
    return RegionalIndex.estimateFromScores(year, scores, innovationMaximum, spdScore, countScore, bands);
  }

  private static void unique(List<SubmissionCandidate> candidates) {
    Set<InnovationId> seen = new HashSet<>();
    for (SubmissionCandidate c : candidates) {
      if (!seen.add(Checks.notNull(c, "candidates[]").innovation())) {
        throw new InvalidValueException("DUPLICATE", "candidates", c.innovation().value(), "error.cycle.duplicateCandidate");
      }
    }
  }
}
