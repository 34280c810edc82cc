package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.PersonId;
import java.time.Instant;
import java.util.Optional;

/**
 * Who makes a change to the evidence register, when, and why: every write of the register's store
 * takes one and records it in the region's change log ({@link RegisterChange}). The person is an
 * opaque id (names and NIPs stay in the person record, as everywhere in labinov).
 *
 * @param actor the person who makes the change
 * @param at when, in UTC; the services give instants truncated to microseconds so every database
 *     keeps them exactly
 * @param note why, if said (e.g. the reason a document is superseded); 1-500 characters
 */
@Beta
public record ChangeStamp(PersonId actor, Instant at, Optional<String> note) {
  /** The longest note accepted. */
  static final int MAX_NOTE = 500;

  /**
   * Validates the parts.
   *
   * @param actor the person who makes the change
   * @param at when
   * @param note why, if said
   * @throws InvalidValueException with code {@code REQUIRED} naming a missing part (or a blank
   *     note), {@code VALUE_TOO_LONG} for a note over 500 characters
   */
  public ChangeStamp {
    Checks.notNull(actor, "actor");
    Checks.notNull(at, "at");
    note = Checks.notNull(note, "note").map(n -> Checks.noControlCharacters(Checks.notBlank(n, "note"), "note"));
    if (note.isPresent() && note.get().length() > MAX_NOTE) {
      throw new InvalidValueException("VALUE_TOO_LONG", "note", note.get(), "error.tooLong", MAX_NOTE);
    }
  }

  /**
   * Creates a stamp without a note.
   *
   * @param actor the person
   * @param at when
   * @return the stamp
   */
  public static ChangeStamp of(PersonId actor, Instant at) {
    return new ChangeStamp(actor, at, Optional.empty());
  }

  /**
   * Returns a copy with a note.
   *
   * @param text why; {@code null} for none
   * @return the copy
   */
  public ChangeStamp withNote(String text) {
    return new ChangeStamp(actor, at, Optional.ofNullable(text));
  }
}
