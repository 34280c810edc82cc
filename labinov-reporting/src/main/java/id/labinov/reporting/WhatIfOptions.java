package id.labinov.reporting;

import id.labinov.core.annotation.Beta;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationId;
import id.labinov.reporting.data.ReadinessBasis;
import java.util.Optional;
import java.util.Set;

/**
 * How the index what-if ("Apa yang paling menaikkan indeks") counts: the basis of each innovation's score
 * (the level claimed, supported by the pre-flight — the default — or verified), the region-level score,
 * the count score and the bands as the IID readiness report takes them ({@link ReadinessOptions}), which
 * innovations are submitted now (default: every innovation with claims in the year), and whether the
 * region's displayed innovations without claims are listed as innovations to send, at score 0.
 *
 * <pre>{@code
 * WhatIfOptions options = WhatIfOptions.supported()
 *     .withScores(ReadinessOptions.none().withSpd(new BigDecimal("41")).withCountScore(new BigDecimal("38")))
 *     .withSubmitted(Set.of(posyandu, izinKilat)).withUnclaimed(true);
 * }</pre>
 *
 * @param basis what each claim counts
 * @param scores the SPD, verified SPD, count score and bands (as entered for the readiness report)
 * @param submitted the innovations submitted now, or {@code null} for every innovation with claims
 * @param includeUnclaimed whether displayed innovations without claims are candidates at score 0
 */
@Beta
public record WhatIfOptions(ReadinessBasis basis, ReadinessOptions scores, Set<InnovationId> submitted,
    boolean includeUnclaimed) {
  /**
   * Validates and copies the parts.
   *
   * @param basis the basis
   * @param scores the entered scores
   * @param submitted the submitted innovations, or {@code null}
   * @param includeUnclaimed whether innovations without claims are candidates
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public WhatIfOptions {
    Checks.notNull(basis, "basis");
    Checks.notNull(scores, "scores");
    if (submitted != null) {
      submitted.forEach(id -> Checks.notNull(id, "submitted[]"));
      submitted = Set.copyOf(submitted);
    }
  }

  /** {@return the default: supported scores, nothing entered, every innovation with claims submitted} */
  public static WhatIfOptions supported() {
    return of(ReadinessBasis.SUPPORTED);
  }

  /**
   * Options on a basis, nothing entered, every innovation with claims submitted.
   *
   * @param basis claimed, supported or verified
   * @return the options
   */
  public static WhatIfOptions of(ReadinessBasis basis) {
    return new WhatIfOptions(basis, ReadinessOptions.none(), null, false);
  }

  /**
   * Returns a copy with the entered scores and bands.
   *
   * @param value the SPD, verified SPD, count score and bands
   * @return the copy
   */
  public WhatIfOptions withScores(ReadinessOptions value) {
    return new WhatIfOptions(basis, value, submitted, includeUnclaimed);
  }

  /**
   * Returns a copy naming the innovations submitted now; every other candidate is one to send.
   *
   * @param value the submitted innovations (each must be a candidate)
   * @return the copy
   */
  public WhatIfOptions withSubmitted(Set<InnovationId> value) {
    return new WhatIfOptions(basis, scores, Checks.notNull(value, "submitted"), includeUnclaimed);
  }

  /**
   * Returns a copy that lists, or does not list, the displayed innovations without claims.
   *
   * @param value whether they are candidates at score 0
   * @return the copy
   */
  public WhatIfOptions withUnclaimed(boolean value) {
    return new WhatIfOptions(basis, scores, submitted, value);
  }

  /** {@return the submitted innovations, if named} */
  public Optional<Set<InnovationId>> findSubmitted() {
    return Optional.ofNullable(submitted);
  }
}
