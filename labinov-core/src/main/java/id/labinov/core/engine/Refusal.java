package id.labinov.core.engine;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.Actor;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.rules.Verdict;
import id.labinov.core.rules.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A refused command as the refusal log keeps it: what kind of command, where, on what, who (a person
 * id and an OPD code, never a name or a NIP), the stage the innovation stood in, and every must-meet
 * reason with its message arguments as text, so a lab can count what blocks innovations most.
 * Nothing the user typed beyond those arguments is kept. Build one with {@link #builder()}.
 *
 * @param kind what kind of command was refused
 * @param region the region the command was addressed to (the innovation's or the programme's)
 * @param target the innovation (for a refused proposal, the id it would have had); {@code null} only
 *     for a programme command
 * @param subject what else the command was about, or {@code null}: {@code programme:<id>} for a
 *     programme command ({@link #subjectOfProgramme(String)}), {@code scheme:<schemeId>:<round>} for a
 *     score sheet ({@link #subjectOfScoreSheet(String, int)}); at most {@value #MAX_SUBJECT} characters
 * @param actor who sent the command
 * @param actorOpd the sender's OPD, or {@code null} if it has none
 * @param command the command's stable name: {@code Command.name()} for an innovation command (e.g.
 *     {@code Advance}; for a move the rulebook has no transition for, the move's kind such as
 *     {@code advance}), the {@link id.labinov.core.programme.ProgrammeCommand} record's name for a
 *     programme command ({@code Open}, {@code AdjustSchedule}, {@code Close}), {@code SubmitScores} or
 *     {@code RecordMonitoring} for an evaluation command; at most {@value #MAX_NAME} characters
 * @param verdictId the verdict's id (the transition or the action, e.g. {@code drum-up-to-diagnose},
 *     {@code score}), or {@code null}; at most {@value #MAX_NAME} characters
 * @param stage the innovation's stage when the command was refused, or {@code null} if unknown (a
 *     proposal, a programme command, an evaluation command refused before the innovation was read)
 * @param innovationOpd the innovation's OPD when known, or {@code null}
 * @param violations every must-meet reason of the verdict, in verdict order
 * @param at when it was refused (the facade's clock), truncated to microseconds so every store keeps
 *     it exactly
 */
@Beta
public record Refusal(Kind kind, RegionCode region, InnovationRef target, String subject, PersonId actor,
    OpdCode actorOpd, String command, String verdictId, String stage, OpdCode innovationOpd, List<Reason> violations,
    Instant at) {
  /** The longest command name, verdict id, stage, reason code or rule id a refusal takes. */
  public static final int MAX_NAME = 100;
  /** The longest subject a refusal takes. */
  public static final int MAX_SUBJECT = 200;
  /** The longest argument {@link Reason#of(Violation)} keeps; a longer one is cut and ends in {@code …}. */
  public static final int MAX_ARGUMENT = 1000;

  /** What kind of command was refused. */
  public enum Kind {
    /** A command on an innovation's lifecycle (propose, edit, attach, approve, move, ...), or an import item. */
    INNOVATION,
    /** A programme command: open, adjust the schedule, close. */
    PROGRAMME,
    /** An evaluation command: a score sheet or a monitoring entry. */
    EVALUATION
  }

  /**
   * One must-meet reason of a refusal.
   *
   * @param code the stable upper-snake code, e.g. {@code EVIDENCE_MISSING}; at most
   *     {@value Refusal#MAX_NAME} characters
   * @param ruleId the rule that gave it: the rule type of a rulebook gate (e.g. {@code evidence-present})
   *     or the step that checked the command ({@code transition}, {@code command}, {@code authorisation},
   *     {@code programme}, {@code evaluation}); {@code null} if unknown; at most
   *     {@value Refusal#MAX_NAME} characters
   * @param arguments the message arguments as text, in order (person ids, codes, numbers; no names)
   */
  public record Reason(String code, String ruleId, List<String> arguments) {
    /**
     * Validates and copies the parts; the code and rule id are stripped, the arguments kept as given.
     *
     * @param code the stable upper-snake code, e.g. {@code EVIDENCE_MISSING}; at most
     *     {@value Refusal#MAX_NAME} characters
     * @param ruleId the rule that gave it: the rule type of a rulebook gate (e.g. {@code evidence-present})
     *     or the step that checked the command ({@code transition}, {@code command}, {@code authorisation},
     *     {@code programme}, {@code evaluation}); {@code null} if unknown; at most
     *     {@value Refusal#MAX_NAME} characters
     * @param arguments the message arguments as text, in order (person ids, codes, numbers; no names)
     * @throws InvalidValueException with code {@code REQUIRED} for a missing code, argument list or
     *     argument, {@code VALUE_TOO_LONG} for a code or rule id over {@value Refusal#MAX_NAME}
     *     characters, {@code INVALID_CHARACTER} for an argument holding U+0000 or an unpaired surrogate
     */
    public Reason {
      code = name(Checks.notBlank(code, "code"), "code");
      ruleId = ruleId == null ? null : name(Checks.notBlank(ruleId, "ruleId"), "ruleId");
      List<String> copy = new ArrayList<>(Checks.notNull(arguments, "arguments").size());
      for (String a : arguments) {
        Checks.text(Checks.notNull(a, "arguments[]"), "arguments[]");
        copy.add(a);
      }
      arguments = List.copyOf(copy);
    }

    /**
     * Returns the reason a violation gives: its code, its rule type as the rule id, and its arguments
     * as text (decimals in plain notation). An argument is made storable (U+0000 and unpaired
     * surrogates become U+FFFD) and cut to {@value Refusal#MAX_ARGUMENT} characters.
     *
     * @param violation the violation
     * @return the reason
     * @throws InvalidValueException with code {@code REQUIRED} if {@code violation} is {@code null}
     */
    public static Reason of(Violation violation) {
      Checks.notNull(violation, "violation");
      List<String> args = new ArrayList<>(violation.arguments().size());
      for (Object a : violation.arguments()) {
        args.add(argument(a));
      }
      return new Reason(violation.code(), violation.ruleType(), args);
    }

    private static String argument(Object a) {
      String text = a instanceof BigDecimal d ? d.toPlainString() : String.valueOf(a);
      text = Checks.printable(text);
      if (text.length() <= MAX_ARGUMENT) {
        return text;
      }
      int end = MAX_ARGUMENT - 1;
      if (Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      return text.substring(0, end) + "\u2026";
    }
  }

  /**
   * Validates the parts.
   *
   * @param kind what kind of command was refused
   * @param region the region the command was addressed to (the innovation's or the programme's)
   * @param target the innovation (for a refused proposal, the id it would have had); {@code null} only
   *     for a programme command
   * @param subject what else the command was about, or {@code null}: {@code programme:<id>} for a
   *     programme command ({@link #subjectOfProgramme(String)}), {@code scheme:<schemeId>:<round>} for a
   *     score sheet ({@link #subjectOfScoreSheet(String, int)}); at most {@value #MAX_SUBJECT} characters
   * @param actor who sent the command
   * @param actorOpd the sender's OPD, or {@code null} if it has none
   * @param command the command's stable name: {@code Command.name()} for an innovation command (e.g.
   *     {@code Advance}; for a move the rulebook has no transition for, the move's kind such as
   *     {@code advance}), the {@link id.labinov.core.programme.ProgrammeCommand} record's name for a
   *     programme command ({@code Open}, {@code AdjustSchedule}, {@code Close}), {@code SubmitScores} or
   *     {@code RecordMonitoring} for an evaluation command; at most {@value #MAX_NAME} characters
   * @param verdictId the verdict's id (the transition or the action, e.g. {@code drum-up-to-diagnose},
   *     {@code score}), or {@code null}; at most {@value #MAX_NAME} characters
   * @param stage the innovation's stage when the command was refused, or {@code null} if unknown (a
   *     proposal, a programme command, an evaluation command refused before the innovation was read)
   * @param innovationOpd the innovation's OPD when known, or {@code null}
   * @param violations every must-meet reason of the verdict, in verdict order
   * @param at when it was refused (the facade's clock), truncated to microseconds so every store keeps
   *     it exactly
   * @throws InvalidValueException with code {@code REQUIRED} naming a missing part (the target is
   *     required for innovation and evaluation commands, the subject for programme commands),
   *     {@code VALUE_TOO_LONG} for a name or subject over its limit, {@code REGION_MISMATCH} if the
   *     target lies in another region than {@code region}
   */
  public Refusal {
    Checks.notNull(kind, "kind");
    Checks.notNull(region, "region");
    if (kind != Kind.PROGRAMME) {
      Checks.notNull(target, "target");
    }
    if (target != null && !target.region().equals(region)) {
      throw new InvalidValueException("REGION_MISMATCH", "target", target, "error.refusal.region", region.value());
    }
    subject = optional(subject, "subject", MAX_SUBJECT);
    if (kind == Kind.PROGRAMME) {
      Checks.notNull(subject, "subject");
    }
    Checks.notNull(actor, "actor");
    command = name(Checks.notBlank(command, "command"), "command");
    verdictId = optional(verdictId, "verdictId", MAX_NAME);
    stage = optional(stage, "stage", MAX_NAME);
    for (Reason r : Checks.notNull(violations, "violations")) {
      Checks.notNull(r, "violations[]");
    }
    violations = List.copyOf(violations);
    at = Checks.notNull(at, "at").truncatedTo(ChronoUnit.MICROS);
  }

  private static String name(String value, String field) {
    return limited(value, field, MAX_NAME);
  }

  private static String optional(String value, String field, int max) {
    return value == null ? null : limited(Checks.notBlank(value, field), field, max);
  }

  private static String limited(String value, String field, int max) {
    if (value.length() > max) {
      throw new InvalidValueException("VALUE_TOO_LONG", field, value, "error.tooLong", max);
    }
    return value;
  }

  /**
   * Returns the subject of a programme command: {@code programme:<id>}.
   *
   * @param programmeId the programme's id
   * @return the subject
   * @throws InvalidValueException with code {@code REQUIRED} if the id is {@code null} or blank
   */
  public static String subjectOfProgramme(String programmeId) {
    return "programme:" + Checks.notBlank(programmeId, "programmeId");
  }

  /**
   * Returns the subject of a score sheet under an evaluation scheme in a round:
   * {@code scheme:<schemeId>:<round>}.
   *
   * @param schemeId the scheme's id
   * @param round the round (the year)
   * @return the subject
   * @throws InvalidValueException with code {@code REQUIRED} if the scheme id is {@code null} or blank
   */
  public static String subjectOfScoreSheet(String schemeId, int round) {
    return "scheme:" + Checks.notBlank(schemeId, "schemeId") + ":" + round;
  }

  /** {@return the codes of the reasons, in order} */
  public List<String> codes() {
    List<String> out = new ArrayList<>(violations.size());
    for (Reason r : violations) {
      out.add(r.code());
    }
    return List.copyOf(out);
  }

  /**
   * Tells whether this is a refused score sheet under a scheme in a round.
   *
   * @param schemeId the scheme's id
   * @param round the round
   * @return {@code true} for an evaluation refusal whose subject is that scheme and round
   * @throws InvalidValueException with code {@code REQUIRED} if the scheme id is {@code null} or blank
   */
  public boolean isScoreSheetFor(String schemeId, int round) {
    return kind == Kind.EVALUATION && Objects.equals(subject, subjectOfScoreSheet(schemeId, round));
  }

  /** {@return a builder; every part but those the constructor requires may stay unset ({@code null})} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Refusal}; {@link #build()} checks the parts. Not thread-safe. */
  public static final class Builder {
    private Kind kind;
    private RegionCode region;
    private InnovationRef target;
    private String subject;
    private PersonId actor;
    private OpdCode actorOpd;
    private String command;
    private String verdictId;
    private String stage;
    private OpdCode innovationOpd;
    private List<Reason> violations = List.of();
    private Instant at;

    private Builder() {}

    /**
     * Sets the kind.
     *
     * @param value what kind of command was refused
     * @return this builder
     */
    public Builder kind(Kind value) {
      this.kind = value;
      return this;
    }

    /**
     * Sets the region.
     *
     * @param value the region the command was addressed to
     * @return this builder
     */
    public Builder region(RegionCode value) {
      this.region = value;
      return this;
    }

    /**
     * Sets the target innovation and, if no region is set yet, its region.
     *
     * @param value the innovation the command was about
     * @return this builder
     */
    public Builder target(InnovationRef value) {
      this.target = value;
      if (region == null && value != null) {
        region = value.region();
      }
      return this;
    }

    /**
     * Sets the subject ({@code null} for none).
     *
     * @param value the programme or score-sheet subject, e.g. {@code programme:<id>}
     * @return this builder
     */
    public Builder subject(String value) {
      this.subject = value;
      return this;
    }

    /**
     * Sets the sender's person id.
     *
     * @param value who sent the command
     * @return this builder
     */
    public Builder actor(PersonId value) {
      this.actor = value;
      return this;
    }

    /**
     * Sets the sender's person id and OPD from an actor (nothing else of it is kept); returns this
     * builder.
     *
     * @param value the actor
     * @return this builder
     * @throws InvalidValueException with code {@code REQUIRED} if {@code value} is {@code null}
     */
    public Builder actor(Actor value) {
      Checks.notNull(value, "actor");
      this.actor = value.personId();
      this.actorOpd = value.opd();
      return this;
    }

    /**
     * Sets the sender's OPD ({@code null} for none).
     *
     * @param value the sender's OPD (perangkat daerah), or {@code null}
     * @return this builder
     */
    public Builder actorOpd(OpdCode value) {
      this.actorOpd = value;
      return this;
    }

    /**
     * Sets the command's name.
     *
     * @param value the command's stable name, e.g. {@code Advance}
     * @return this builder
     */
    public Builder command(String value) {
      this.command = value;
      return this;
    }

    /**
     * Sets the verdict id ({@code null} for none).
     *
     * @param value the verdict's id (a transition or action id), or {@code null}
     * @return this builder
     */
    public Builder verdictId(String value) {
      this.verdictId = value;
      return this;
    }

    /**
     * Sets the innovation's stage ({@code null} if unknown).
     *
     * @param value the innovation's stage id when refused, or {@code null}
     * @return this builder
     */
    public Builder stage(String value) {
      this.stage = value;
      return this;
    }

    /**
     * Sets the innovation's OPD ({@code null} if unknown).
     *
     * @param value the OPD that owns the innovation, or {@code null}
     * @return this builder
     */
    public Builder innovationOpd(OpdCode value) {
      this.innovationOpd = value;
      return this;
    }

    /**
     * Sets the reasons.
     *
     * @param value every must-meet reason of the verdict, in order
     * @return this builder
     */
    public Builder violations(List<Reason> value) {
      this.violations = value;
      return this;
    }

    /**
     * Sets the verdict id and the reasons from a verdict: its id and every must-meet violation
     * ({@link Reason#of(Violation)}); returns this builder.
     *
     * @param verdict the refusing verdict
     * @return this builder
     * @throws InvalidValueException with code {@code REQUIRED} if {@code verdict} is {@code null}
     */
    public Builder verdict(Verdict verdict) {
      Checks.notNull(verdict, "verdict");
      List<Reason> reasons = new ArrayList<>();
      for (Violation v : verdict.refusals()) {
        reasons.add(Reason.of(v));
      }
      this.verdictId = verdict.transitionId();
      this.violations = reasons;
      return this;
    }

    /**
     * Sets when it was refused.
     *
     * @param value the instant of the refusal
     * @return this builder
     */
    public Builder at(Instant value) {
      this.at = value;
      return this;
    }

    /**
     * Builds the refusal.
     *
     * @return the refusal
     * @throws InvalidValueException as the record's constructor
     */
    public Refusal build() {
      return new Refusal(kind, region, target, subject, actor, actorOpd, command, verdictId, stage, innovationOpd,
          violations, at);
    }
  }
}
