package id.labinov.core.model;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What an innovation is: its title, unit, national classification and narrative texts (the profile
 * fields of DOMAIN.md). Immutable; change it with the {@code with...} methods, which return copies.
 *
 * <p>Narrative texts are kept by name in {@link #texts()}. Well-known names are {@link #PROBLEM},
 * {@link #IDEA_SUMMARY}, {@link #DESIGN_NARRATIVE} (rancang bangun), {@link #GOALS},
 * {@link #BENEFITS} and {@link #RESULTS}; regions may add their own (lower camel case).
 *
 * @param title the innovation's name (required, at most 300 characters)
 * @param opd the unit carrying it, or {@code null} while not yet assigned
 * @param bentuk the form, or {@code null}
 * @param jenis digital or not, or {@code null}
 * @param initiatorType who initiated it, or {@code null}
 * @param governmentAffair the main government affair, or {@code null}
 * @param themes the region's themes (never {@code null})
 * @param texts narrative texts by name (never {@code null}; blank values are dropped)
 * @param replicates the other region's innovation this one replicates (replikasi), or {@code null}
 *     for an original innovation
 * @param coInnovators the people who carry the innovation with its proposer (anggota tim inovator), possibly
 *     of other OPDs, in the order given (never {@code null}; at most 50, no one twice)
 */
public record InnovationDetails(
    String title,
    OpdCode opd,
    Bentuk bentuk,
    Jenis jenis,
    InitiatorType initiatorType,
    GovernmentAffair governmentAffair,
    Set<Theme> themes,
    Map<String, String> texts,
    ReplicationSource replicates,
    List<PersonId> coInnovators) {
  /** Text name of the problem statement (rumusan masalah). */
  public static final String PROBLEM = "problem";
  /** Text name of the idea summary. */
  public static final String IDEA_SUMMARY = "ideaSummary";
  /** Text name of the design narrative (rancang bangun). */
  public static final String DESIGN_NARRATIVE = "designNarrative";
  /** Text name of the goals (tujuan). */
  public static final String GOALS = "goals";
  /** Text name of the benefits (manfaat). */
  public static final String BENEFITS = "benefits";
  /** Text name of the results (hasil). */
  public static final String RESULTS = "results";

  /** Text name of the trial (uji coba) start date, ISO {@code yyyy-MM-dd}. */
  public static final String TRIAL_START_DATE = "trialStartDate";
  /** Text name of the implementation (penerapan) start date, ISO {@code yyyy-MM-dd}. */
  public static final String IMPLEMENTATION_START_DATE = "implementationStartDate";
  /** Text name of the location, {@code latitude,longitude} in decimal degrees. */
  public static final String COORDINATES = "coordinates";

  /** Names that are not texts: they address the typed components in {@link #field(String)}. */
  public static final Set<String> RESERVED =
      Set.of("title", "opd", "bentuk", "jenis", "initiatorType", "governmentAffair", "themes", "replicates",
          "coInnovators");

  /** The most co-innovators an innovation lists. */
  public static final int MAX_CO_INNOVATORS = 50;

  private static final Pattern TEXT_NAME = Pattern.compile("[a-z][a-zA-Z0-9]{0,39}");
  private static final int MAX_TITLE = 300;
  private static final int MAX_TEXT = 100_000;

  /**
   * Validates and copies the parts.
   *
   * @param title the innovation's name (required, at most 300 characters)
   * @param opd the unit carrying it, or {@code null} while not yet assigned
   * @param bentuk the form, or {@code null}
   * @param jenis digital or not, or {@code null}
   * @param initiatorType who initiated it, or {@code null}
   * @param governmentAffair the main government affair, or {@code null}
   * @param themes the region's themes (never {@code null})
   * @param texts narrative texts by name (never {@code null}; blank values are dropped)
   * @param replicates the other region's innovation this one replicates (replikasi), or {@code null}
   *     for an original innovation
   * @param coInnovators the people who carry the innovation with its proposer (anggota tim inovator), possibly
   *     of other OPDs, in the order given (never {@code null}; at most 50, no one twice)
   * @throws InvalidValueException naming the bad part
   */
  public InnovationDetails {
    title = Checks.notBlank(title, "title");
    if (title.length() > MAX_TITLE) {
      throw new InvalidValueException("VALUE_TOO_LONG", "title", title, "error.tooLong", MAX_TITLE);
    }
    themes = Collections.unmodifiableSet(new TreeSet<>(Checks.notNull(themes, "themes")));
    Map<String, String> clean = new TreeMap<>();
    for (Map.Entry<String, String> e : Checks.notNull(texts, "texts").entrySet()) {
      String name = e.getKey();
      if (name == null || !TEXT_NAME.matcher(name).matches() || RESERVED.contains(name)) {
        throw new InvalidValueException("INVALID_TEXT_NAME", "texts", name, "error.textName");
      }
      String value = e.getValue();
      if (value != null && !value.isBlank()) {
        if (value.length() > MAX_TEXT) {
          throw new InvalidValueException("VALUE_TOO_LONG", name, value, "error.tooLong", MAX_TEXT);
        }
        clean.put(name, Checks.text(value, name));
      }
    }
    texts = Collections.unmodifiableMap(clean);
    coInnovators = List.copyOf(Checks.notNull(coInnovators, "coInnovators"));
    if (coInnovators.size() > MAX_CO_INNOVATORS) {
      throw new InvalidValueException("TOO_MANY_CO_INNOVATORS", "coInnovators", coInnovators.size(),
          "error.tooManyCoInnovators", MAX_CO_INNOVATORS);
    }
    java.util.Set<PersonId> seen = new java.util.HashSet<>();
    for (PersonId p : coInnovators) {
      if (!seen.add(p)) {
        throw new InvalidValueException("DUPLICATE_CO_INNOVATOR", "coInnovators", p.value(), "error.duplicateCoInnovator");
      }
    }
  }

  /**
   * Creates details without co-innovators.
   *
   * @param title the title
   * @param opd the unit, or {@code null}
   * @param bentuk the form, or {@code null}
   * @param jenis the type, or {@code null}
   * @param initiatorType the initiator type, or {@code null}
   * @param governmentAffair the government affair, or {@code null}
   * @param themes the themes
   * @param texts the narrative texts
   * @param replicates the replicated innovation, or {@code null}
   * @throws InvalidValueException naming the bad part
   */
  public InnovationDetails(String title, OpdCode opd, Bentuk bentuk, Jenis jenis, InitiatorType initiatorType,
      GovernmentAffair governmentAffair, Set<Theme> themes, Map<String, String> texts, ReplicationSource replicates) {
    this(title, opd, bentuk, jenis, initiatorType, governmentAffair, themes, texts, replicates, List.of());
  }

  /**
   * Creates details of an original innovation (one that replicates nothing).
   *
   * @param title the title
   * @param opd the unit, or {@code null}
   * @param bentuk the form, or {@code null}
   * @param jenis the type, or {@code null}
   * @param initiatorType the initiator type, or {@code null}
   * @param governmentAffair the government affair, or {@code null}
   * @param themes the themes
   * @param texts the narrative texts
   * @throws InvalidValueException naming the bad part
   */
  public InnovationDetails(String title, OpdCode opd, Bentuk bentuk, Jenis jenis, InitiatorType initiatorType,
      GovernmentAffair governmentAffair, Set<Theme> themes, Map<String, String> texts) {
    this(title, opd, bentuk, jenis, initiatorType, governmentAffair, themes, texts, null);
  }

  /**
   * Creates details with only a title.
   *
   * @param title the title
   * @return the details
   */
  public static InnovationDetails titled(String title) {
    return new InnovationDetails(title, null, null, null, null, null, Set.of(), Map.of());
  }

  /**
   * Returns a field by its rulebook name: {@code title}, {@code opd}, {@code bentuk}, {@code jenis},
   * {@code initiatorType}, {@code governmentAffair}, {@code themes} (comma-separated), {@code replicates}
   * ({@code <region>/<innovation id>}), {@code coInnovators} (person ids, comma-separated), or a text name.
   *
   * @param name the field name
   * @return the value, or empty if absent
   */
  public Optional<String> field(String name) {
    // small, so it inlines where a rule only asks whether the field is present
    return Optional.ofNullable(name == null ? null : fieldValue(name));
  }

  /**
   * Reads a field as an ISO date ({@code yyyy-MM-dd}, surrounding blanks ignored), e.g.
   * {@link #TRIAL_START_DATE} or {@link #IMPLEMENTATION_START_DATE}.
   *
   * @param name the field name
   * @return the date, or empty if the field is absent or not an ISO date
   */
  public Optional<java.time.LocalDate> date(String name) {
    String v = name == null ? null : fieldValue(name);
    if (v == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(java.time.LocalDate.parse(v.strip()));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Tells whether a field has a value ({@code field(name).isPresent()} without the {@code Optional}).
   *
   * @param name the field name
   * @return {@code true} if present
   */
  public boolean hasField(String name) {
    return name != null && fieldValue(name) != null;
  }

  private String fieldValue(String name) {
    return switch (name) {
      case "title" -> title;
      case "opd" -> opd == null ? null : opd.value();
      case "bentuk" -> bentuk == null ? null : bentuk.name();
      case "jenis" -> jenis == null ? null : jenis.name();
      case "initiatorType" -> initiatorType == null ? null : initiatorType.name();
      case "governmentAffair" -> governmentAffair == null ? null : governmentAffair.name();
      case "themes" -> themes.isEmpty() ? null : themeCodes();
      case "replicates" -> replicates == null ? null : replicates.toString();
      case "coInnovators" -> coInnovators.isEmpty() ? null : personIds();
      default -> texts.get(name);
    };
  }

  private String personIds() {
    StringBuilder sb = new StringBuilder();
    for (PersonId p : coInnovators) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(p.value());
    }
    return sb.toString();
  }

  private String themeCodes() {
    StringBuilder sb = new StringBuilder();
    for (Theme t : themes) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(t.code());
    }
    return sb.toString();
  }

  /**
   * Returns a copy with another title.
   *
   * @param value the title
   * @return the copy
   */
  public InnovationDetails withTitle(String value) {
    return new InnovationDetails(value, opd, bentuk, jenis, initiatorType, governmentAffair, themes, texts, replicates,
        coInnovators);
  }

  /**
   * Returns a copy with another unit.
   *
   * @param value the unit, or {@code null}
   * @return the copy
   */
  public InnovationDetails withOpd(OpdCode value) {
    return new InnovationDetails(title, value, bentuk, jenis, initiatorType, governmentAffair, themes, texts, replicates,
        coInnovators);
  }

  /**
   * Returns a copy with another classification.
   *
   * @param newBentuk the form, or {@code null}
   * @param newJenis the type, or {@code null}
   * @return the copy
   */
  public InnovationDetails withClassification(Bentuk newBentuk, Jenis newJenis) {
    return new InnovationDetails(title, opd, newBentuk, newJenis, initiatorType, governmentAffair, themes, texts, replicates,
        coInnovators);
  }

  /**
   * Returns a copy with another initiator type.
   *
   * @param value the initiator type, or {@code null}
   * @return the copy
   */
  public InnovationDetails withInitiatorType(InitiatorType value) {
    return new InnovationDetails(title, opd, bentuk, jenis, value, governmentAffair, themes, texts, replicates,
        coInnovators);
  }

  /**
   * Returns a copy with another government affair.
   *
   * @param value the affair, or {@code null}
   * @return the copy
   */
  public InnovationDetails withGovernmentAffair(GovernmentAffair value) {
    return new InnovationDetails(title, opd, bentuk, jenis, initiatorType, value, themes, texts, replicates,
        coInnovators);
  }

  /**
   * Returns a copy with other themes.
   *
   * @param value the themes
   * @return the copy
   */
  public InnovationDetails withThemes(Set<Theme> value) {
    return new InnovationDetails(title, opd, bentuk, jenis, initiatorType, governmentAffair, value, texts, replicates,
        coInnovators);
  }

  /**
   * Returns a copy with a narrative text set, or removed when {@code value} is blank or {@code null}.
   *
   * @param name the text's name, e.g. {@link #DESIGN_NARRATIVE}
   * @param value the text
   * @return the copy
   */
  public InnovationDetails withText(String name, String value) {
    Map<String, String> copy = new TreeMap<>(texts);
    if (value == null || value.isBlank()) {
      copy.remove(name);
    } else {
      copy.put(name, value);
    }
    return new InnovationDetails(title, opd, bentuk, jenis, initiatorType, governmentAffair, themes, copy, replicates,
        coInnovators);
  }

  /**
   * Returns a copy with several narrative texts set at once (each removed when its value is blank or
   * {@code null}), in one copy: setting many texts one {@link #withText} at a time copies the map each
   * time.
   *
   * @param values the texts by name, in any order
   * @return the copy
   * @throws InvalidValueException naming a bad text name or value
   */
  public InnovationDetails withTexts(Map<String, String> values) {
    Map<String, String> copy = new TreeMap<>(texts);
    for (Map.Entry<String, String> e : Checks.notNull(values, "values").entrySet()) {
      if (e.getKey() == null) {
        throw new InvalidValueException("INVALID_TEXT_NAME", "texts", null, "error.textName");
      }
      if (e.getValue() == null || e.getValue().isBlank()) {
        copy.remove(e.getKey());
      } else {
        copy.put(e.getKey(), e.getValue());
      }
    }
    return new InnovationDetails(title, opd, bentuk, jenis, initiatorType, governmentAffair, themes, copy, replicates,
        coInnovators);
  }

  /**
   * Returns a copy that records the other region's innovation this one replicates.
   *
   * @param value the source, or {@code null} for an original innovation
   * @return the copy
   */
  public InnovationDetails withReplicates(ReplicationSource value) {
    return new InnovationDetails(title, opd, bentuk, jenis, initiatorType, governmentAffair, themes, texts, value,
        coInnovators);
  }

  /**
   * Returns a copy with other co-innovators.
   *
   * @param value the co-innovators, in order
   * @return the copy
   */
  public InnovationDetails withCoInnovators(List<PersonId> value) {
    return new InnovationDetails(title, opd, bentuk, jenis, initiatorType, governmentAffair, themes, texts, replicates,
        value);
  }

  /**
   * Tells whether a person is listed as a co-innovator.
   *
   * @param person the person
   * @return {@code true} if listed
   */
  public boolean listsCoInnovator(PersonId person) {
    return coInnovators.contains(person);
  }
}
