package id.labinov.core.engine;

import id.labinov.core.Checks;
import id.labinov.core.model.PersonId;
import java.time.Instant;
import java.util.List;

/**
 * A refused command as the refusal log keeps it: who, what, when and the stable codes of every
 * reason, with person ids only (no names, no free text the user typed).
 *
 * @param target the innovation (for a refused proposal, the id it would have had)
 * @param actor who sent it
 * @param command the command's stable name ({@code Command.name()}, e.g. {@code Advance}); for a move
 *     refused because the rulebook has no such transition from the current stage, the move's kind
 *     ({@code advance}, {@code conditional-advance}, {@code return-for-rework})
 * @param verdictId the verdict's id: the transition or action
 * @param codes the codes of the must-meet reasons, in verdict order
 * @param at when it was refused (the pipeline's clock)
 */
public record Refusal(InnovationRef target, PersonId actor, String command, String verdictId, List<String> codes,
    Instant at) {
  /**
   * Checks the parts.
   *
   * @throws id.labinov.core.InvalidValueException naming a missing part
   */
  public Refusal {
    Checks.notNull(target, "target");
    Checks.notNull(actor, "actor");
    Checks.notBlank(command, "command");
    Checks.notBlank(verdictId, "verdictId");
    codes = List.copyOf(Checks.notNull(codes, "codes"));
    Checks.notNull(at, "at");
  }
}
