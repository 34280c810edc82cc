package id.labinov.portal.app;

import id.labinov.core.Labinov;
import id.labinov.core.engine.BulkResult;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.StorageException;
import id.labinov.core.evaluation.EvaluationDecision;
import id.labinov.portal.security.PortalUser;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every labinov command the pages and the API send goes through here, in one Spring transaction
 * together with the portal's own record of it ({@link ActivityLog}): labinov's append and the
 * application's row commit together or roll back together. This is the pattern README's "Embedding
 * in Spring Boot" describes: labinov's storage is bound to Spring's transactions
 * ({@link id.labinov.portal.config.SpringTransactionBinding}), so a command issued inside an
 * {@code @Transactional} method joins it.
 *
 * <p>The transactions run at READ COMMITTED, the level labinov uses for its own: versions are checked
 * under row locks, and a stricter level (MariaDB's default REPEATABLE READ) only adds gap locks, on
 * which writers of different new innovations deadlock.
 */
@Service
public class LabActions {
  private final Labinov labinov;
  private final ActivityLog activity;

  /**
   * Creates the service.
   *
   * @param labinov labinov's entry point
   * @param activity the portal's own record of commands
   */
  public LabActions(Labinov labinov, ActivityLog activity) {
    this.labinov = labinov;
    this.activity = activity;
  }

  /**
   * Runs one command as the signed-in person and records it, in one transaction. A refusal is a value
   * (recorded as refused, nothing appended); an exception rolls back both.
   *
   * @param user the signed-in person
   * @param action a short name of the action, for the record (e.g. {@code propose})
   * @param command the command, given labinov's entry point
   * @return labinov's result
   */
  @Transactional(isolation = Isolation.READ_COMMITTED)
  public CommandResult run(PortalUser user, String action, Function<Labinov, CommandResult> command) {
    CommandResult result = command.apply(labinov);
    activity.record(user.actor().personId().value(), action, result.ref() == null ? null : result.ref().id().toString(),
        result.accepted() ? ActivityLog.Outcome.ACCEPTED : ActivityLog.Outcome.REFUSED);
    return result;
  }

  /**
   * Runs a bulk command (e.g. advancing a cohort) as the signed-in person and records each item's
   * outcome. labinov commits a bulk command in chunks of its own when no transaction is running;
   * here the whole batch joins this one transaction, so it is all recorded or none of it: an item
   * refused or failing on its own is recorded as refused, but a database failure under any item
   * (a {@link StorageException}) rolls the whole batch back and is thrown.
   *
   * @param user the signed-in person
   * @param action a short name of the action
   * @param command the bulk command
   * @return labinov's per-item results
   */
  @Transactional(isolation = Isolation.READ_COMMITTED)
  public List<BulkResult> runAll(PortalUser user, String action, Function<Labinov, List<BulkResult>> command) {
    List<BulkResult> results = command.apply(labinov);
    for (BulkResult r : results) {
      if (r.findError().filter(e -> e instanceof StorageException).isPresent()) {
        // The database failed under an item (on MariaDB a deadlock ends the whole transaction): nothing of the
        // batch can be trusted to commit, so none of it does.
        throw r.findError().get();
      }
    }
    for (BulkResult r : results) {
      activity.record(user.actor().personId().value(), action, r.ref() == null ? null : r.ref().id().toString(),
          r.outcome() == BulkResult.Outcome.ACCEPTED ? ActivityLog.Outcome.ACCEPTED : ActivityLog.Outcome.REFUSED);
    }
    return results;
  }

  /**
   * Runs one evaluation command (a score sheet, a monitoring entry) on an innovation as the signed-in
   * person and records it, in one transaction, like {@link #run}.
   *
   * @param user the signed-in person
   * @param action a short name of the action (e.g. {@code score})
   * @param ref the innovation evaluated
   * @param command the command, given labinov's entry point
   * @param <E> what the evaluation records
   * @return labinov's decision
   */
  @Transactional(isolation = Isolation.READ_COMMITTED)
  public <E> EvaluationDecision<E> evaluate(PortalUser user, String action, InnovationRef ref,
      Function<Labinov, EvaluationDecision<E>> command) {
    EvaluationDecision<E> decision = command.apply(labinov);
    activity.record(user.actor().personId().value(), action, ref.id().toString(),
        decision.accepted() ? ActivityLog.Outcome.ACCEPTED : ActivityLog.Outcome.REFUSED);
    return decision;
  }
}
