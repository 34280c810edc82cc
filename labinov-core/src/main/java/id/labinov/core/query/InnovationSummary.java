package id.labinov.core.query;

import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.ReplicationSource;
import id.labinov.core.model.Theme;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * One row of a query: what lists and reports show of an innovation.
 *
 * @param ref region and id
 * @param title the title
 * @param opd the unit, or {@code null}
 * @param bentuk the form, or {@code null}
 * @param jenis the type, or {@code null}
 * @param themes the themes
 * @param programmeId the programme, or {@code null}
 * @param rulebookId the rulebook
 * @param rulebookVersion its version
 * @param stage the current stage
 * @param status the status
 * @param stageEnteredAt when the stage was entered
 * @param proposedAt when it was proposed
 * @param lastChangedAt when it last changed
 * @param version its version
 * @param replicates the other region's innovation it replicates, or {@code null} for an original
 * @param implementationStartDate its implementation (penerapan) start date, or {@code null} if the
 *     details have none that is an ISO date ({@link InnovationDetails#date})
 * @param trialStartDate its trial (uji coba) start date, or {@code null} likewise
 */
public record InnovationSummary(
    InnovationRef ref, String title, OpdCode opd, Bentuk bentuk, Jenis jenis, Set<Theme> themes,
    String programmeId, String rulebookId, int rulebookVersion, String stage, InnovationStatus status,
    Instant stageEnteredAt, Instant proposedAt, Instant lastChangedAt, long version,
    ReplicationSource replicates, LocalDate implementationStartDate, LocalDate trialStartDate) {
  /**
   * Validates and copies the parts.
   *
   * @param ref region and id
   * @param title the title
   * @param opd the unit, or {@code null}
   * @param bentuk the form, or {@code null}
   * @param jenis the type, or {@code null}
   * @param themes the themes
   * @param programmeId the programme, or {@code null}
   * @param rulebookId the rulebook
   * @param rulebookVersion its version
   * @param stage the current stage
   * @param status the status
   * @param stageEnteredAt when the stage was entered
   * @param proposedAt when it was proposed
   * @param lastChangedAt when it last changed
   * @param version its version
   * @param replicates the other region's innovation it replicates, or {@code null} for an original
   * @param implementationStartDate its implementation start date, or {@code null}
   * @param trialStartDate its trial start date, or {@code null}
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public InnovationSummary {
    Checks.notNull(ref, "ref");
    Checks.notBlank(title, "title");
    themes = Set.copyOf(Checks.notNull(themes, "themes"));
    Checks.notBlank(stage, "stage");
    Checks.notNull(status, "status");
  }

  /**
   * Creates a summary without dates (an innovation whose details name no trial or implementation
   * start date).
   *
   * @param ref region and id
   * @param title the title
   * @param opd the unit, or {@code null}
   * @param bentuk the form, or {@code null}
   * @param jenis the type, or {@code null}
   * @param themes the themes
   * @param programmeId the programme, or {@code null}
   * @param rulebookId the rulebook
   * @param rulebookVersion its version
   * @param stage the current stage
   * @param status the status
   * @param stageEnteredAt when the stage was entered
   * @param proposedAt when it was proposed
   * @param lastChangedAt when it last changed
   * @param version its version
   * @param replicates the other region's innovation it replicates, or {@code null} for an original
   */
  public InnovationSummary(InnovationRef ref, String title, OpdCode opd, Bentuk bentuk, Jenis jenis,
      Set<Theme> themes, String programmeId, String rulebookId, int rulebookVersion, String stage,
      InnovationStatus status, Instant stageEnteredAt, Instant proposedAt, Instant lastChangedAt, long version,
      ReplicationSource replicates) {
    this(ref, title, opd, bentuk, jenis, themes, programmeId, rulebookId, rulebookVersion, stage, status,
        stageEnteredAt, proposedAt, lastChangedAt, version, replicates, null, null);
  }

  /**
   * Creates the summary of an original innovation (one that replicates nothing).
   *
   * @param ref region and id
   * @param title the title
   * @param opd the unit, or {@code null}
   * @param bentuk the form, or {@code null}
   * @param jenis the type, or {@code null}
   * @param themes the themes
   * @param programmeId the programme, or {@code null}
   * @param rulebookId the rulebook
   * @param rulebookVersion its version
   * @param stage the current stage
   * @param status the status
   * @param stageEnteredAt when the stage was entered
   * @param proposedAt when it was proposed
   * @param lastChangedAt when it last changed
   * @param version its version
   */
  public InnovationSummary(InnovationRef ref, String title, OpdCode opd, Bentuk bentuk, Jenis jenis,
      Set<Theme> themes, String programmeId, String rulebookId, int rulebookVersion, String stage,
      InnovationStatus status, Instant stageEnteredAt, Instant proposedAt, Instant lastChangedAt, long version) {
    this(ref, title, opd, bentuk, jenis, themes, programmeId, rulebookId, rulebookVersion, stage, status,
        stageEnteredAt, proposedAt, lastChangedAt, version, null);
  }

  /**
   * Summarises a state.
   *
   * @param s the state
   * @return the summary
   */
  public static InnovationSummary of(InnovationState s) {
    var d = s.details();
    return new InnovationSummary(s.ref(), d.title(), d.opd(), d.bentuk(), d.jenis(), d.themes(), s.programmeId(),
        s.rulebookId(), s.rulebookVersion(), s.stage(), s.status(), s.stageEnteredAt(), s.proposedAt(),
        s.lastChangedAt(), s.version(), d.replicates(), d.date(InnovationDetails.IMPLEMENTATION_START_DATE).orElse(null),
        d.date(InnovationDetails.TRIAL_START_DATE).orElse(null));
  }
}
