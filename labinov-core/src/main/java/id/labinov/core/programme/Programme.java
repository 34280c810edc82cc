package id.labinov.core.programme;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.IndonesianTimeZone;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.rules.PhaseWindow;
import id.labinov.core.rules.ProgrammeContext;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A lab programme (cohort): one region's run of the method in a year. Immutable; changed only
 * through {@link ProgrammeDecider}.
 *
 * @param region the region running it
 * @param id the programme id, unique in the region, e.g. {@code lebak-2019}
 * @param year the programme year
 * @param name its name, e.g. {@code Laboratorium Inovasi Kabupaten Lebak 2019}
 * @param organisingUnit the organising unit, e.g. {@code BAPPEDA}
 * @param participatingOpds the units taking part (empty: any unit of the region)
 * @param coaches the coaches' person ids
 * @param target the number of innovations aimed for (at DISPLAY), 1 or more
 * @param timeZone the zone its dates are in (the region's by default)
 * @param rulebookId the rulebook its innovations follow
 * @param rulebookVersion that rulebook's version
 * @param schedule half-open phase windows by stage code, in stage order
 * @param status open or closed
 * @param openedAt when it was opened
 * @param closedAt when it was closed, or {@code null}
 * @param version 1 when opened, +1 per change
 */
public record Programme(
    RegionCode region, String id, int year, String name, OpdCode organisingUnit, Set<OpdCode> participatingOpds,
    Set<PersonId> coaches, int target, IndonesianTimeZone timeZone, String rulebookId, int rulebookVersion,
    Map<String, PhaseWindow> schedule, ProgrammeStatus status, Instant openedAt, Instant closedAt, long version) {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  /**
   * Validates and copies the parts.
   *
   * @param region the region running it
   * @param id the programme id, unique in the region, e.g. {@code lebak-2019}
   * @param year the programme year
   * @param name its name, e.g. {@code Laboratorium Inovasi Kabupaten Lebak 2019}
   * @param organisingUnit the organising unit, e.g. {@code BAPPEDA}
   * @param participatingOpds the units taking part (empty: any unit of the region)
   * @param coaches the coaches' person ids
   * @param target the number of innovations aimed for (at DISPLAY), 1 or more
   * @param timeZone the zone its dates are in (the region's by default)
   * @param rulebookId the rulebook its innovations follow
   * @param rulebookVersion that rulebook's version
   * @param schedule half-open phase windows by stage code, in stage order
   * @param status open or closed
   * @param openedAt when it was opened
   * @param closedAt when it was closed, or {@code null}
   * @param version 1 when opened, +1 per change
   * @throws InvalidValueException naming the bad part
   */
  public Programme {
    Checks.notNull(region, "region");
    if (id == null || !ID.matcher(id).matches()) {
      throw new InvalidValueException("INVALID_PROGRAMME_ID", "id", id, "error.programmeId");
    }
    if (year < 2000 || year > 2200) {
      throw new InvalidValueException("INVALID_YEAR", "year", year, "error.year");
    }
    name = Checks.notBlank(name, "name");
    Checks.notNull(organisingUnit, "organisingUnit");
    participatingOpds = Collections.unmodifiableSet(new TreeSet<>(Checks.notNull(participatingOpds, "participatingOpds")));
    coaches = Set.copyOf(Checks.notNull(coaches, "coaches"));
    if (target < 1) {
      throw new InvalidValueException("INVALID_TARGET", "target", target, "error.target");
    }
    Checks.notNull(timeZone, "timeZone");
    Checks.notBlank(rulebookId, "rulebookId");
    if (rulebookVersion < 1) {
      throw new InvalidValueException("INVALID_RULEBOOK_VERSION", "rulebookVersion", rulebookVersion, "error.rulebookVersion");
    }
    schedule = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.notNull(schedule, "schedule")));
    Checks.notNull(status, "status");
    Checks.notNull(openedAt, "openedAt");
  }

  /** {@return the view rules get of this programme} */
  public ProgrammeContext toContext() {
    return new ProgrammeContext(id, status == ProgrammeStatus.OPEN, participatingOpds, schedule);
  }

  /**
   * Returns a copy with another schedule, one version later.
   *
   * @param newSchedule the schedule
   * @return the copy
   */
  Programme withSchedule(Map<String, PhaseWindow> newSchedule) {
    return new Programme(region, id, year, name, organisingUnit, participatingOpds, coaches, target, timeZone,
        rulebookId, rulebookVersion, newSchedule, status, openedAt, closedAt, version + 1);
  }

  /**
   * Returns a closed copy, one version later.
   *
   * @param at when it was closed
   * @return the copy
   */
  Programme closed(Instant at) {
    return new Programme(region, id, year, name, organisingUnit, participatingOpds, coaches, target, timeZone,
        rulebookId, rulebookVersion, schedule, ProgrammeStatus.CLOSED, openedAt, at, version + 1);
  }

  /** {@return a builder for a new programme's specification (status, version and times are set when opened)} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds the specification of a programme to open. Not thread-safe. */
  public static final class Builder {
    private RegionCode region;
    private String id;
    private int year;
    private String name;
    private OpdCode organisingUnit;
    private final Set<OpdCode> opds = new TreeSet<>();
    private final Set<PersonId> coaches = new java.util.HashSet<>();
    private int target;
    private IndonesianTimeZone zone;
    private String rulebookId = "5d";
    private int rulebookVersion = 1;
    private final Map<String, PhaseWindow> schedule = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the region.
     *
     * @param value the region
     * @return this builder
     */
    public Builder region(RegionCode value) {
      this.region = value;
      return this;
    }

    /**
     * Sets the id.
     *
     * @param value e.g. {@code lebak-2019}
     * @return this builder
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Sets the year.
     *
     * @param value e.g. 2019
     * @return this builder
     */
    public Builder year(int value) {
      this.year = value;
      return this;
    }

    /**
     * Sets the name.
     *
     * @param value the name
     * @return this builder
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * Sets the organising unit.
     *
     * @param value e.g. {@code BAPPEDA}
     * @return this builder
     */
    public Builder organisingUnit(String value) {
      this.organisingUnit = OpdCode.of(value);
      return this;
    }

    /**
     * Adds participating units.
     *
     * @param values OPD codes
     * @return this builder
     */
    public Builder participants(String... values) {
      for (String v : Checks.notNull(values, "participants")) {
        opds.add(OpdCode.of(v));
      }
      return this;
    }

    /**
     * Adds coaches.
     *
     * @param values person ids
     * @return this builder
     */
    public Builder coaches(String... values) {
      for (String v : Checks.notNull(values, "coaches")) {
        coaches.add(PersonId.of(v));
      }
      return this;
    }

    /**
     * Sets the target number of innovations.
     *
     * @param value 1 or more
     * @return this builder
     */
    public Builder target(int value) {
      this.target = value;
      return this;
    }

    /**
     * Overrides the time zone (default: the region's).
     *
     * @param value the zone
     * @return this builder
     */
    public Builder timeZone(IndonesianTimeZone value) {
      this.zone = value;
      return this;
    }

    /**
     * Sets the rulebook (default {@code 5d@1}).
     *
     * @param id the rulebook id
     * @param version its version
     * @return this builder
     */
    public Builder rulebook(String id, int version) {
      this.rulebookId = id;
      this.rulebookVersion = version;
      return this;
    }

    /**
     * Sets a stage's phase window.
     *
     * @param stage the stage code
     * @param window the window
     * @return this builder
     */
    public Builder phase(String stage, PhaseWindow window) {
      schedule.put(Checks.notBlank(stage, "stage"), Checks.notNull(window, "window"));
      return this;
    }

    /**
     * Builds the specification, validating every part.
     *
     * @return a programme with status {@code OPEN}, version 0 and an epoch opening time, to be
     *     stamped when opened
     */
    public Programme build() {
      Checks.notNull(region, "region");
      return new Programme(region, id, year, name, organisingUnit, opds, coaches, target,
          zone == null ? region.defaultTimeZone() : zone, rulebookId, rulebookVersion, schedule,
          ProgrammeStatus.OPEN, Instant.EPOCH, null, 0);
    }
  }
}
