package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationId;
import java.util.Optional;

/**
 * Which documents of a region's register to list; every part left empty matches all. Start from
 * {@link #all()} or {@link #active()} and narrow with the {@code with...} methods.
 *
 * @param kind only documents of this kind
 * @param innovation only documents that back this innovation ({@link EvidenceDocument#innovations()})
 *     or are attached to it as gate evidence
 * @param indicator only documents that back this indicator ({@link EvidenceDocument#indicators()})
 * @param fromYear only documents dated in this year or later
 * @param toYear only documents dated in this year or earlier
 * @param activeOnly {@code true} to leave superseded documents out
 */
@Beta
public record DocumentFilter(Optional<DocumentKind> kind, Optional<InnovationId> innovation,
    Optional<String> indicator, Optional<Integer> fromYear, Optional<Integer> toYear, boolean activeOnly) {
  private static final DocumentFilter ALL = new DocumentFilter(Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), false);

  /**
   * Validates the parts.
   *
   * @param kind the kind, or empty
   * @param innovation the innovation, or empty
   * @param indicator the indicator's code, or empty
   * @param fromYear the earliest year, or empty
   * @param toYear the latest year, or empty
   * @param activeOnly whether to leave superseded documents out
   * @throws InvalidValueException with code {@code REQUIRED}, {@code INVALID_INDICATOR_CODE},
   *     {@code INVALID_YEAR}, or {@code INVALID_YEAR_WINDOW} if the window ends before it starts
   */
  public DocumentFilter {
    Checks.notNull(kind, "kind");
    Checks.notNull(innovation, "innovation");
    indicator = Checks.notNull(indicator, "indicator").map(c -> EvidenceDocument.indicatorCode(c, "indicator"));
    Checks.notNull(fromYear, "fromYear").ifPresent(y -> IndicatorClaim.year(y, "fromYear"));
    Checks.notNull(toYear, "toYear").ifPresent(y -> IndicatorClaim.year(y, "toYear"));
    if (fromYear.isPresent() && toYear.isPresent() && toYear.get() < fromYear.get()) {
      throw new InvalidValueException("INVALID_YEAR_WINDOW", "toYear", String.valueOf(toYear.get()),
          "error.iid.register.yearWindow", String.valueOf(fromYear.get()));
    }
  }

  /** {@return a filter matching every document, superseded ones included} */
  public static DocumentFilter all() {
    return ALL;
  }

  /** {@return a filter matching the documents that stand (not superseded)} */
  public static DocumentFilter active() {
    return ALL.activeOnly(true);
  }

  /**
   * Narrows to a kind.
   *
   * @param value the kind
   * @return the narrowed filter
   */
  public DocumentFilter withKind(DocumentKind value) {
    return new DocumentFilter(Optional.of(Checks.notNull(value, "kind")), innovation, indicator, fromYear, toYear,
        activeOnly);
  }

  /**
   * Narrows to the documents of an innovation (backing it or attached to it).
   *
   * @param value the innovation
   * @return the narrowed filter
   */
  public DocumentFilter withInnovation(InnovationId value) {
    return new DocumentFilter(kind, Optional.of(Checks.notNull(value, "innovation")), indicator, fromYear, toYear,
        activeOnly);
  }

  /**
   * Narrows to the documents backing an indicator.
   *
   * @param code the indicator's code
   * @return the narrowed filter
   */
  public DocumentFilter withIndicator(String code) {
    return new DocumentFilter(kind, innovation, Optional.of(EvidenceDocument.indicatorCode(code, "indicator")),
        fromYear, toYear, activeOnly);
  }

  /**
   * Narrows to documents dated from one year to another, both included.
   *
   * @param from the earliest year
   * @param to the latest year
   * @return the narrowed filter
   */
  public DocumentFilter withYears(int from, int to) {
    return new DocumentFilter(kind, innovation, indicator, Optional.of(from), Optional.of(to), activeOnly);
  }

  /**
   * Sets whether superseded documents are left out.
   *
   * @param value {@code true} to list only documents that stand
   * @return the filter
   */
  public DocumentFilter activeOnly(boolean value) {
    return new DocumentFilter(kind, innovation, indicator, fromYear, toYear, value);
  }

  /**
   * Tells whether a registered document matches: the reference semantics every store follows.
   *
   * @param doc the registered document
   * @return {@code true} if it matches every part
   */
  public boolean matches(RegisteredDocument doc) {
    EvidenceDocument d = doc.document();
    int year = d.date().getYear();
    return (!activeOnly || doc.active()) && kind.map(k -> k.equals(d.kind())).orElse(true)
        && innovation.map(i -> d.innovations().contains(i) || doc.attachedTo().contains(i)).orElse(true)
        && indicator.map(c -> d.indicators().contains(c)).orElse(true)
        && fromYear.map(y -> year >= y).orElse(true) && toYear.map(y -> year <= y).orElse(true);
  }
}
