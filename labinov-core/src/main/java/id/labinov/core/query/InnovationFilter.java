package id.labinov.core.query;

import id.labinov.core.internal.Checks;
import id.labinov.core.internal.SearchText;
import id.labinov.core.model.Bentuk;
import id.labinov.core.model.InnovationStatus;
import id.labinov.core.model.Jenis;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.ReplicationSource;
import id.labinov.core.model.Theme;
import java.util.Optional;
import java.util.Set;

/**
 * Narrows a query. Every criterion is optional; an empty set means "any". Within a criterion the
 * values are alternatives (OR); criteria combine with AND. Built with {@link #builder()}.
 *
 * @param programmeIds programmes
 * @param stages stage codes
 * @param statuses statuses
 * @param opds units
 * @param bentuk forms
 * @param jenis types
 * @param themes themes (an innovation matches if it has any of them)
 * @param titleContains text the title must contain, compared case-insensitively after NFC
 *     normalisation, or {@code null}
 * @param replicates only innovations that replicate this source innovation (the backward direction
 *     of replication lineage), or {@code null} for any
 */
public record InnovationFilter(
    Set<String> programmeIds, Set<String> stages, Set<InnovationStatus> statuses, Set<OpdCode> opds,
    Set<Bentuk> bentuk, Set<Jenis> jenis, Set<Theme> themes, String titleContains,
    ReplicationSource replicates) {
  private static final InnovationFilter ALL = builder().build();

  /**
   * Validates and copies the parts.
   *
   * @param programmeIds programmes
   * @param stages stage codes
   * @param statuses statuses
   * @param opds units
   * @param bentuk forms
   * @param jenis types
   * @param themes themes (an innovation matches if it has any of them)
   * @param titleContains text the title must contain, compared case-insensitively after NFC
   *     normalisation, or {@code null}
   * @param replicates only innovations that replicate this source innovation (the backward direction
   *     of replication lineage), or {@code null} for any
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public InnovationFilter {
    programmeIds = Set.copyOf(Checks.notNull(programmeIds, "programmeIds"));
    stages = Set.copyOf(Checks.notNull(stages, "stages"));
    statuses = Set.copyOf(Checks.notNull(statuses, "statuses"));
    opds = Set.copyOf(Checks.notNull(opds, "opds"));
    bentuk = Set.copyOf(Checks.notNull(bentuk, "bentuk"));
    jenis = Set.copyOf(Checks.notNull(jenis, "jenis"));
    themes = Set.copyOf(Checks.notNull(themes, "themes"));
    titleContains = titleContains == null || titleContains.isBlank() ? null : titleContains.strip();
  }

  /**
   * Creates a filter without a replication criterion.
   *
   * @param programmeIds programmes
   * @param stages stage codes
   * @param statuses statuses
   * @param opds units
   * @param bentuk forms
   * @param jenis types
   * @param themes themes
   * @param titleContains title text, or {@code null}
   */
  public InnovationFilter(Set<String> programmeIds, Set<String> stages, Set<InnovationStatus> statuses,
      Set<OpdCode> opds, Set<Bentuk> bentuk, Set<Jenis> jenis, Set<Theme> themes, String titleContains) {
    this(programmeIds, stages, statuses, opds, bentuk, jenis, themes, titleContains, null);
  }

  /** {@return the filter that matches everything} */
  public static InnovationFilter all() {
    return ALL;
  }

  /** {@return a builder for a filter} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the title text, if set} */
  public Optional<String> findTitleContains() {
    return Optional.ofNullable(titleContains);
  }

  /**
   * Tells whether a summary matches (the reference semantics every store must follow).
   *
   * @param s the summary
   * @return {@code true} if it matches
   */
  public boolean matches(InnovationSummary s) {
    return (programmeIds.isEmpty() || (s.programmeId() != null && programmeIds.contains(s.programmeId())))
        && (stages.isEmpty() || stages.contains(s.stage()))
        && (statuses.isEmpty() || statuses.contains(s.status()))
        && (opds.isEmpty() || (s.opd() != null && opds.contains(s.opd())))
        && (bentuk.isEmpty() || (s.bentuk() != null && bentuk.contains(s.bentuk())))
        && (jenis.isEmpty() || (s.jenis() != null && jenis.contains(s.jenis())))
        && (themes.isEmpty() || s.themes().stream().anyMatch(themes::contains))
        && (titleContains == null || SearchText.normalise(s.title()).contains(SearchText.normalise(titleContains)))
        && (replicates == null || replicates.equals(s.replicates()));
  }

  /** Builds an {@link InnovationFilter}. Not thread-safe. */
  public static final class Builder {
    private Set<String> programmeIds = Set.of();
    private Set<String> stages = Set.of();
    private Set<InnovationStatus> statuses = Set.of();
    private Set<OpdCode> opds = Set.of();
    private Set<Bentuk> bentuk = Set.of();
    private Set<Jenis> jenis = Set.of();
    private Set<Theme> themes = Set.of();
    private String titleContains;
    private ReplicationSource replicates;

    private Builder() {}

    /**
     * Restricts to programmes.
     *
     * @param values programme ids
     * @return this builder
     */
    public Builder programmes(String... values) {
      programmeIds = Set.of(Checks.notNull(values, "programmes"));
      return this;
    }

    /**
     * Restricts to stages.
     *
     * @param values stage codes
     * @return this builder
     */
    public Builder stages(String... values) {
      stages = Set.of(Checks.notNull(values, "stages"));
      return this;
    }

    /**
     * Restricts to statuses.
     *
     * @param values statuses
     * @return this builder
     */
    public Builder statuses(InnovationStatus... values) {
      statuses = Set.of(Checks.notNull(values, "statuses"));
      return this;
    }

    /**
     * Restricts to units.
     *
     * @param values OPD codes
     * @return this builder
     */
    public Builder opds(OpdCode... values) {
      opds = Set.of(Checks.notNull(values, "opds"));
      return this;
    }

    /**
     * Restricts to forms.
     *
     * @param values forms
     * @return this builder
     */
    public Builder bentuk(Bentuk... values) {
      bentuk = Set.of(Checks.notNull(values, "bentuk"));
      return this;
    }

    /**
     * Restricts to types.
     *
     * @param values types
     * @return this builder
     */
    public Builder jenis(Jenis... values) {
      jenis = Set.of(Checks.notNull(values, "jenis"));
      return this;
    }

    /**
     * Restricts to themes.
     *
     * @param values themes
     * @return this builder
     */
    public Builder themes(Theme... values) {
      themes = Set.of(Checks.notNull(values, "themes"));
      return this;
    }

    /**
     * Restricts to titles containing a text.
     *
     * @param value the text, or {@code null} for any
     * @return this builder
     */
    public Builder titleContains(String value) {
      titleContains = value;
      return this;
    }

    /**
     * Restricts to innovations that replicate a source innovation (who replicated it?).
     *
     * @param source the source innovation, or {@code null} for any
     * @return this builder
     */
    public Builder replicates(ReplicationSource source) {
      replicates = source;
      return this;
    }

    /**
     * Builds the filter.
     *
     * @return the filter
     */
    public InnovationFilter build() {
      return new InnovationFilter(programmeIds, stages, statuses, opds, bentuk, jenis, themes, titleContains,
          replicates);
    }
  }
}
