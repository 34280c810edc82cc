package id.labinov.core.rules;

import id.labinov.core.annotation.Beta;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.PersonName;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What rules may know beyond the innovation's facts: the current time (from the caller's injected
 * clock, never the wall clock) and the zone in which calendar days are counted (the region's or
 * programme's WIB, WITA or WIT); the innovation's programme and evaluations; and what the lab's
 * directory says of a person a command names (a handover's new owner). Built with {@link #builder()};
 * immutable and thread-safe.
 */
public final class RuleContext {
  private final Instant now;
  private final ZoneId zone;
  private final ProgrammeContext programme;
  private final java.util.Map<String, EvaluationSummary> evaluations;
  private final java.util.Map<PersonId, PersonName.Status> people;

  private RuleContext(Instant now, ZoneId zone, ProgrammeContext programme,
      java.util.Map<String, EvaluationSummary> evaluations, java.util.Map<PersonId, PersonName.Status> people) {
    this.now = Checks.notNull(now, "now");
    this.zone = Checks.notNull(zone, "zone");
    this.programme = programme;
    this.evaluations = evaluations == null ? java.util.Map.of() : java.util.Map.copyOf(evaluations);
    this.people = people == null ? java.util.Map.of() : java.util.Map.copyOf(people);
  }

  /**
   * Creates a context.
   *
   * @param now the current instant
   * @param zone the zone days are counted in
   * @return the context
   */
  public static RuleContext of(Instant now, ZoneId zone) {
    return new RuleContext(now, zone, null, null, null);
  }

  /** {@return a builder; {@code now} and {@code zone} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the current instant} */
  public Instant now() {
    return now;
  }

  /** {@return the zone in which calendar days are counted} */
  public ZoneId zone() {
    return zone;
  }

  /** {@return the innovation's programme, if it belongs to one (rules-only use may have none)} */
  public java.util.Optional<ProgrammeContext> programme() {
    return java.util.Optional.ofNullable(programme);
  }

  /**
   * Returns the innovation's evaluation under a scheme, if it has been scored.
   *
   * @param schemeId the scheme
   * @return the summary, or empty
   */
  public java.util.Optional<EvaluationSummary> evaluation(String schemeId) {
    return java.util.Optional.ofNullable(evaluations.get(schemeId));
  }

  /**
   * Returns what the lab's directory says of a person a command names (a handover's new owner):
   * whether it holds the person's name, erased it, or does not know the person. Empty when the context
   * was built without asking a directory (the lab has none, or the command names no one), in which
   * case no rule may refuse for it.
   *
   * @param person the person
   * @return the directory's answer, or empty when none was asked
   * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} if {@code person} is {@code null}
   */
  @Beta
  public java.util.Optional<PersonName.Status> findPersonStatus(PersonId person) {
    return java.util.Optional.ofNullable(people.get(Checks.notNull(person, "person")));
  }

  /** {@return the current date in {@link #zone()}} */
  public LocalDate today() {
    return now.atZone(zone).toLocalDate();
  }

  /**
   * Returns the calendar days (in {@link #zone()}) since the facts' stage was entered, less the
   * calendar days spent on hold in that stage. Never negative.
   *
   * @param facts the innovation's facts
   * @return the days in stage
   */
  public long daysInStage(Facts facts) {
    return daysExcludingPauses(facts.stageEnteredAt(), now, facts.holdsInStage(), zone);
  }

  /**
   * Counts the calendar days (in {@code zone}) from {@code entered} to {@code until}, less the
   * calendar days of each pause (an open pause runs to {@code until}). Never negative. This is the
   * one definition of "days in stage" every store and report uses.
   *
   * @param entered when the stay began
   * @param until when it ended, or the instant it is measured to
   * @param pauses hold (and dropped) periods during the stay
   * @param zone the zone days are counted in
   * @return the days
   */
  public static long daysExcludingPauses(Instant entered, Instant until, java.util.List<HoldPeriod> pauses, ZoneId zone) {
    Checks.notNull(entered, "entered");
    Checks.notNull(until, "until");
    Checks.notNull(pauses, "pauses");
    Checks.notNull(zone, "zone");
    long days = days(entered, until, zone);
    for (HoldPeriod h : pauses) {
      Instant end = h.end() == null || h.end().isAfter(until) ? until : h.end();
      if (end.isAfter(h.start())) {
        days -= days(h.start(), end, zone);
      }
    }
    return Math.max(0, days);
  }

  private static long days(Instant from, Instant to, ZoneId zone) {
    LocalDate a = from.atZone(zone).toLocalDate();
    LocalDate b = to.atZone(zone).toLocalDate();
    return Math.max(0, ChronoUnit.DAYS.between(a, b));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleContext c && c.now.equals(now) && c.zone.equals(zone)
        && Objects.equals(c.programme, programme) && c.evaluations.equals(evaluations) && c.people.equals(people);
  }

  @Override
  public int hashCode() {
    return Objects.hash(now, zone, programme, evaluations, people);
  }

  @Override
  public String toString() {
    return "RuleContext[now=" + now + ", zone=" + zone + "]";
  }

  /** Builds a {@link RuleContext}. Not thread-safe. */
  public static final class Builder {
    private Instant now;
    private ZoneId zone;
    private ProgrammeContext programme;
    /** Made on the first evaluation added: most contexts have none. */
    private java.util.Map<String, EvaluationSummary> evaluations;
    /** Made on the first person added: most contexts have none. */
    private java.util.Map<PersonId, PersonName.Status> people;

    private Builder() {}

    /**
     * Sets the current instant.
     *
     * @param value the instant
     * @return this builder
     */
    public Builder now(Instant value) {
      this.now = value;
      return this;
    }

    /**
     * Sets the zone days are counted in.
     *
     * @param value the zone
     * @return this builder
     */
    public Builder zone(ZoneId value) {
      this.zone = value;
      return this;
    }

    /**
     * Sets the innovation's programme.
     *
     * @param value the programme, or {@code null} for none
     * @return this builder
     */
    public Builder programme(ProgrammeContext value) {
      this.programme = value;
      return this;
    }

    /**
     * Adds the innovation's evaluation under a scheme.
     *
     * @param value the summary
     * @return this builder
     */
    public Builder evaluation(EvaluationSummary value) {
      Checks.notNull(value, "evaluation");
      if (evaluations == null) {
        evaluations = new java.util.HashMap<>();
      }
      evaluations.put(value.schemeId(), value);
      return this;
    }

    /**
     * Records what the lab's directory says of a person a command names ({@link #findPersonStatus}).
     *
     * @param person the person
     * @param status the directory's answer
     * @return this builder
     * @throws id.labinov.core.error.InvalidValueException with code {@code REQUIRED} for a missing argument
     */
    @Beta
    public Builder personStatus(PersonId person, PersonName.Status status) {
      Checks.notNull(person, "person");
      Checks.notNull(status, "status");
      if (people == null) {
        people = new java.util.HashMap<>();
      }
      people.put(person, status);
      return this;
    }

    /**
     * Builds the context.
     *
     * @return the context
     * @throws id.labinov.core.error.InvalidValueException naming a missing setting
     */
    public RuleContext build() {
      return new RuleContext(now, zone, programme, evaluations, people);
    }
  }
}
