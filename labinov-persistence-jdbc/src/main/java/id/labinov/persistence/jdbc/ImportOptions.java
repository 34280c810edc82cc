package id.labinov.persistence.jdbc;

import id.labinov.core.Checks;
import id.labinov.core.engine.IdGenerator;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Rulebooks;
import java.time.Clock;

/**
 * How {@link JdbcStorage#importInnovations} works: the rulebook the items follow, the
 * clock and id generator (as the facade's), whether one refused or failed item undoes all, and
 * how many items go to the database in one JDBC batch. Immutable; built with {@link #builder()}.
 *
 * @param rulebook the rulebook whose entry gate decides each item (stored for each region imported into)
 * @param clock the time of the proposal events
 * @param ids makes innovation and event ids
 * @param allOrNothing {@code true}: store nothing unless every item can be stored
 * @param batchSize items per JDBC batch, 1 to 1000
 */
public record ImportOptions(Rulebook rulebook, Clock clock, IdGenerator ids, boolean allOrNothing, int batchSize) {
  /**
   * Checks the parts.
   *
   * @throws JdbcSettingException with code {@code INVALID_BATCH_SIZE} for a batch size out of range
   * @throws id.labinov.core.InvalidValueException naming a missing part
   */
  public ImportOptions {
    Checks.notNull(rulebook, "rulebook");
    Checks.notNull(clock, "clock");
    Checks.notNull(ids, "ids");
    if (batchSize < 1 || batchSize > 1000) {
      throw new JdbcSettingException("INVALID_BATCH_SIZE", "batchSize", batchSize, "jdbc.batchSize");
    }
  }

  /** Returns a builder: the 5D rulebook, the UTC system clock, secure random ids, each item on its own, batches of 200. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ImportOptions}. Not thread-safe. */
  public static final class Builder {
    private Rulebook rulebook = Rulebooks.fiveD();
    private Clock clock = Clock.systemUTC();
    private IdGenerator ids = IdGenerator.secure();
    private boolean allOrNothing;
    private int batchSize = 200;

    private Builder() {}

    /**
     * Sets the rulebook (default 5D).
     *
     * @param value the rulebook
     * @return this builder
     */
    public Builder rulebook(Rulebook value) {
      this.rulebook = value;
      return this;
    }

    /**
     * Sets the clock (default {@code Clock.systemUTC()}).
     *
     * @param value the clock
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    /**
     * Sets the id generator (default {@code IdGenerator.secure()}).
     *
     * @param value the generator
     * @return this builder
     */
    public Builder ids(IdGenerator value) {
      this.ids = value;
      return this;
    }

    /**
     * Sets whether one refused or failed item undoes the whole import (default {@code false}: each
     * item on its own).
     *
     * @param value {@code true} for all or nothing
     * @return this builder
     */
    public Builder allOrNothing(boolean value) {
      this.allOrNothing = value;
      return this;
    }

    /**
     * Sets how many items go to the database in one JDBC batch (default 200).
     *
     * @param value 1 to 1000
     * @return this builder
     */
    public Builder batchSize(int value) {
      this.batchSize = value;
      return this;
    }

    /**
     * Checks the settings.
     *
     * @return the options
     * @throws id.labinov.core.InvalidValueException naming a missing or bad setting
     */
    public ImportOptions build() {
      return new ImportOptions(rulebook, clock, ids, allOrNothing, batchSize);
    }
  }
}
