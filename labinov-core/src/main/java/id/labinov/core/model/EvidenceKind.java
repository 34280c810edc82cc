package id.labinov.core.model;

import id.labinov.core.error.InvalidValueException;
import java.util.regex.Pattern;

/**
 * The kind of a piece of evidence (bukti dukung), as rulebooks name it: e.g. {@code COMMITMENT_LETTER},
 * {@code ACTION_PLAN} (rencana aksi), {@code DECREE} (SK), {@code IMPLEMENTATION_REPORT},
 * {@code PHOTO}, {@code VIDEO}. The set is open: a region's rulebook may require its own kinds.
 *
 * @param code 2-40 upper-case letters, digits or {@code _}, starting with a letter
 */
public record EvidenceKind(String code) implements Comparable<EvidenceKind> {
  private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

  /**
   * Validates the code.
   *
   * @param code 2-40 upper-case letters, digits or {@code _}, starting with a letter
   * @throws InvalidValueException with code {@code INVALID_EVIDENCE_KIND}
   */
  public EvidenceKind {
    if (code == null || !SHAPE.matcher(code).matches()) {
      throw new InvalidValueException("INVALID_EVIDENCE_KIND", "evidenceKind", code, "error.evidenceKind");
    }
  }

  /**
   * Creates an evidence kind.
   *
   * @param code e.g. {@code "ACTION_PLAN"}
   * @return the kind
   */
  public static EvidenceKind of(String code) {
    return new EvidenceKind(code);
  }

  @Override
  public int compareTo(EvidenceKind o) {
    return code.compareTo(o.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
