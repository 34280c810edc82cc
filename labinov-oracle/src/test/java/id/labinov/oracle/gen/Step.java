package id.labinov.oracle.gen;

/**
 * One generated step of a lab year. Indices are resolved when the step runs: a target picks one of the
 * innovations proposed so far (modulo their number), an actor or evaluator one of the cast. Every step
 * is sent to the facade as it is; refusals are kept by the facade as values and change nothing.
 */
public sealed interface Step {
  /** What a move does. */
  enum Move { ADVANCE, FAST_TRACK, ADVANCE_CONDITIONALLY, CLEAR_CONDITION, RETURN_FOR_REWORK, HOLD, RESUME, DROP, REOPEN }

  /** How a score sheet written straight into the evaluation store differs from one the facade accepts. */
  enum RawSheet { RESUBMITTED, OTHER_VERSION, OFF_SCALE, UNKNOWN_CRITERION, MANDATORY_MISSING }

  /**
   * An innovator proposes an innovation.
   *
   * @param region which of the world's regions
   * @param programme which of the region's programmes, or none if out of range
   * @param opd which of the region's OPDs; the last index means none
   * @param classification bentuk and jenis (each may be left out)
   * @param themes a bit mask over the themes
   * @param innovator which of the OPD's two innovators
   */
  record Propose(int region, int programme, int opd, int classification, int themes, int innovator) implements Step {}

  /**
   * A stage or status move.
   *
   * @param move what
   * @param target which innovation
   * @param actor 0 lab admin, 1 coach, 2 the innovation's OPD head, 3 its proposer
   */
  record Change(Move move, int target, int actor) implements Step {}

  /**
   * An edit of the details.
   *
   * @param target which innovation
   * @param editor 0 the proposer, 1 a coach (who then may not score it), 2 the lab admin
   * @param variant which fields change
   * @param value a seed for the new values
   */
  record Edit(int target, int editor, int variant, int value) implements Step {}

  /**
   * Evidence attached (a video, which the catalogue shows, or a photo).
   *
   * @param target which innovation
   * @param editor as for {@link Edit}
   * @param video whether it is a video
   */
  record Attach(int target, int editor, boolean video) implements Step {}

  /**
   * The lab admin moves an innovation to another OPD.
   *
   * @param target which innovation
   * @param opd which OPD
   */
  record ChangeOpd(int target, int opd) implements Step {}

  /**
   * An innovation is handed over to a new owner (serah terima), maybe moving with them to another OPD.
   *
   * @param target which innovation
   * @param person who takes it over: 0 or 1 one of the (new) OPD's innovators, 2 a juror of the panel (who
   *     then may not score it), 3 its owner now (refused: the same owner), 4 someone the directory does not
   *     know (refused)
   * @param opd which OPD it moves to, or -1 to keep its OPD
   * @param byHead whether the OPD's head sends it instead of the lab admin (refused: a lab admin's command)
   */
  record HandOver(int target, int person, int opd, boolean byHead) implements Step {}

  /**
   * An evaluator submits a score sheet through the facade (refused on a conflict of interest or a
   * second sheet in the round).
   *
   * @param target which innovation
   * @param evaluator which member of the panel
   * @param scheme which scheme
   * @param round 0 or 1 (the year, or the next)
   * @param value a seed for the scores
   */
  record Score(int target, int evaluator, int scheme, int round, int value) implements Step {}

  /**
   * A score sheet written straight into the evaluation store (as an import or an older system would):
   * a later sheet of the same evaluator, another scheme version, or one the scheme refuses.
   *
   * @param target which innovation
   * @param evaluator which member of the panel
   * @param scheme which scheme
   * @param round 0 or 1
   * @param kind how it differs
   * @param value a seed for the scores
   */
  record Raw(int target, int evaluator, int scheme, int round, RawSheet kind, int value) implements Step {}

  /**
   * The lab admin migrates an innovation to the other version of its rulebook (5D version 1 to 2 and
   * back; refused where the stage does not exist or there is no other version).
   *
   * @param target which innovation
   */
  record Migrate(int target) implements Step {}

  /**
   * Time passes.
   *
   * @param minutes how long
   */
  record Wait(int minutes) implements Step {}

  /**
   * The reports are computed and compared with the oracle, at the current time plus an offset, or at
   * the first local midnight after that (in the first programme's zone, else the first region's), to
   * meet the edges of days and windows exactly.
   *
   * @param minutesLater the offset of the report time
   * @param edge 0 the offset itself; 1 one second before the next local midnight; 2 that midnight
   */
  record Report(int minutesLater, int edge) implements Step {}
}
