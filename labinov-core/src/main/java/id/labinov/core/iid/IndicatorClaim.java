package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.error.InvalidValueException;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.RegionCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The level a region claims for one indicator of one IID year, with the evidence it links: for one
 * innovation (the innovation-level indicators, SID) or, without an innovation, for the region itself
 * (the region-level indicators, SPD). Create one with {@link #forInnovation} or {@link #forRegion};
 * add a stated value with {@link #withStatedValue}.
 *
 * @param region the region that claims
 * @param innovation the innovation the claim is for; empty for a region-level claim
 * @param year the IID year (T-0)
 * @param indicator the indicator's code in the year's scheme, e.g. {@code REGULATION}
 * @param claimedLevel the level claimed, 1 or more (the scheme's highest level is checked by the
 *     pre-flight)
 * @param documentIds the ids of the linked documents, in the order given, without repeats
 * @param statedValue the value stated for the claim, if any
 */
@Beta
public record IndicatorClaim(RegionCode region, Optional<InnovationId> innovation, int year, String indicator,
    int claimedLevel, List<String> documentIds, Optional<StatedValue> statedValue) {
  /** The earliest year accepted: a generous bound, the index itself dates from Permendagri 104/2018. */
  static final int MIN_YEAR = 2000;
  /** The latest IID year accepted. */
  static final int MAX_YEAR = 2200;
  /** The highest level a claim may name (schemes have at most 10 levels). */
  static final int MAX_LEVEL = 10;

  /**
   * Validates and copies the parts.
   *
   * @param region the region that claims
   * @param innovation the innovation the claim is for; empty for a region-level claim
   * @param year the IID year (T-0)
   * @param indicator the indicator's code
   * @param claimedLevel the level claimed
   * @param documentIds the ids of the linked documents
   * @param statedValue the value stated for the claim, if any
   * @throws InvalidValueException with code {@code REQUIRED} naming a missing part,
   *     {@code INVALID_YEAR}, {@code INVALID_LEVEL}, {@code INVALID_INDICATOR_CODE},
   *     {@code INVALID_DOCUMENT_ID} for a malformed one, {@code DUPLICATE_DOCUMENT_LINK} if a
   *     document is linked twice
   */
  public IndicatorClaim {
    Checks.notNull(region, "region");
    Checks.notNull(innovation, "innovation");
    year(year, "year");
    indicator = EvidenceDocument.indicatorCode(indicator, "indicator");
    if (claimedLevel < 1 || claimedLevel > MAX_LEVEL) {
      throw new InvalidValueException("INVALID_LEVEL", "claimedLevel", claimedLevel, "error.iid.level", MAX_LEVEL);
    }
    List<String> ids = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String id : EvidenceDocument.noNulls(Checks.notNull(documentIds, "documentIds"), "documentIds")) {
      String checked = EvidenceDocument.documentId(id, "documentIds");
      if (!seen.add(checked)) {
        throw new InvalidValueException("DUPLICATE_DOCUMENT_LINK", "documentIds", checked, "error.iid.duplicateLink");
      }
      ids.add(checked);
    }
    documentIds = List.copyOf(ids);
    Checks.notNull(statedValue, "statedValue");
  }

  static int year(int year, String field) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidValueException("INVALID_YEAR", field, year, "error.iid.year", String.valueOf(MIN_YEAR),
          String.valueOf(MAX_YEAR));
    }
    return year;
  }

  /**
   * Creates an innovation-level claim without a stated value.
   *
   * @param region the region that claims
   * @param innovation the innovation
   * @param year the IID year
   * @param indicator the indicator's code
   * @param claimedLevel the level claimed
   * @param documentIds the linked documents' ids
   * @return the claim
   * @throws InvalidValueException as the constructor
   */
  public static IndicatorClaim forInnovation(RegionCode region, InnovationId innovation, int year, String indicator,
      int claimedLevel, List<String> documentIds) {
    return new IndicatorClaim(region, Optional.of(Checks.notNull(innovation, "innovation")), year, indicator,
        claimedLevel, documentIds, Optional.empty());
  }

  /**
   * Creates a region-level claim (an SPD indicator) without a stated value.
   *
   * @param region the region that claims
   * @param year the IID year
   * @param indicator the indicator's code
   * @param claimedLevel the level claimed
   * @param documentIds the linked documents' ids
   * @return the claim
   * @throws InvalidValueException as the constructor
   */
  public static IndicatorClaim forRegion(RegionCode region, int year, String indicator, int claimedLevel,
      List<String> documentIds) {
    return new IndicatorClaim(region, Optional.empty(), year, indicator, claimedLevel, documentIds, Optional.empty());
  }

  /**
   * Returns a copy with a stated value.
   *
   * @param value the value
   * @return the copy
   * @throws InvalidValueException with code {@code REQUIRED} if {@code value} is {@code null}
   */
  public IndicatorClaim withStatedValue(StatedValue value) {
    return new IndicatorClaim(region, innovation, year, indicator, claimedLevel, documentIds,
        Optional.of(Checks.notNull(value, "value")));
  }

  /**
   * Returns a copy linking other documents.
   *
   * @param ids the linked documents' ids
   * @return the copy
   * @throws InvalidValueException as the constructor
   */
  public IndicatorClaim withDocumentIds(List<String> ids) {
    return new IndicatorClaim(region, innovation, year, indicator, claimedLevel, ids, statedValue);
  }

  /**
   * Returns what the claim is about, as text: the innovation's id, or {@code region:} and the region
   * code for a region-level claim. Two claims on the same subject and indicator are duplicates.
   *
   * @return the subject
   */
  public String subject() {
    return innovation.map(InnovationId::toString).orElseGet(() -> "region:" + region.value());
  }
}
