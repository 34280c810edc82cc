package id.labinov.core.cycle;

import id.labinov.core.annotation.Beta;
import id.labinov.core.iid.DocumentKind;
import id.labinov.core.internal.Checks;
import id.labinov.core.iid.DocumentStatus;
import id.labinov.core.iid.EvidenceDocument;
import id.labinov.core.iid.RegisteredDocument;
import id.labinov.core.model.InnovationId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The legal basis of a displayed innovation as the evidence register shows it: the strongest active
 * decree or regulation ({@code PERDA}, then {@code PERKADA}, then {@code DECREE}) that backs the innovation
 * and is in force on the day assessed.
 *
 * @param state valid, expired or missing
 * @param documentId the register id of the document found (in force, or for {@code EXPIRED} the latest
 *     one that was), or empty
 * @param kind its kind, or empty
 * @param number its number as written, or empty
 * @param validUntil the last day it is in force, if it expires
 */
@Beta
public record LegalBasis(LegalBasisState state, Optional<String> documentId, Optional<DocumentKind> kind,
    Optional<String> number, Optional<LocalDate> validUntil) {
  /**
   * Validates the parts.
   *
   * @param state the state
   * @param documentId the document, or empty
   * @param kind its kind, or empty
   * @param number its number, or empty
   * @param validUntil its end, or empty
   * @throws id.labinov.core.error.InvalidValueException naming a missing part
   */
  public LegalBasis {
    Checks.notNull(state, "state");
    Checks.notNull(documentId, "documentId");
    Checks.notNull(kind, "kind");
    Checks.notNull(number, "number");
    Checks.notNull(validUntil, "validUntil");
  }

  /** {@return a basis with no document} */
  public static LegalBasis missing() {
    return new LegalBasis(LegalBasisState.MISSING, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /** The kinds that give a legal basis, strongest first. */
  public static final List<DocumentKind> KINDS = List.of(DocumentKind.PERDA, DocumentKind.PERKADA, DocumentKind.DECREE);

  /**
   * Finds an innovation's legal basis in its region's register. Only active (not superseded) documents
   * of the {@link #KINDS} that back the innovation count. In force on {@code today}: from its
   * {@code validFrom} (or date) to its {@code validUntil} (or forever), both days included. The strongest
   * kind in force wins, then the latest date; with none in force, an expired one makes the basis
   * {@code EXPIRED} (the one that ended last); else {@code MISSING}.
   *
   * @param innovation the innovation
   * @param register the region's documents (any, in any order)
   * @param today the day assessed
   * @return the basis
   * @throws id.labinov.core.error.InvalidValueException naming a missing argument
   */
  public static LegalBasis of(InnovationId innovation, Collection<RegisteredDocument> register, LocalDate today) {
    Checks.notNull(innovation, "innovation");
    Checks.notNull(register, "register");
    Checks.notNull(today, "today");
    EvidenceDocument best = null;
    EvidenceDocument expired = null;
    for (RegisteredDocument r : register) {
      EvidenceDocument d = Checks.notNull(r, "register[]").document();
      if (r.status() != DocumentStatus.ACTIVE || !KINDS.contains(d.kind()) || !d.innovations().contains(innovation)) {
        continue;
      }
      boolean started = !d.validFrom().orElse(d.date()).isAfter(today);
      boolean ended = d.validUntil().map(u -> u.isBefore(today)).orElse(false);
      if (started && !ended) {
        if (best == null || stronger(d, best)) {
          best = d;
        }
      } else if (ended && (expired == null || d.validUntil().get().isAfter(expired.validUntil().get()))) {
        expired = d;
      }
    }
    EvidenceDocument found = best != null ? best : expired;
    if (found == null) {
      return missing();
    }
    return new LegalBasis(best != null ? LegalBasisState.VALID : LegalBasisState.EXPIRED, Optional.of(found.id()),
        Optional.of(found.kind()), found.number(), found.validUntil());
  }

  private static boolean stronger(EvidenceDocument a, EvidenceDocument b) {
    int ra = KINDS.indexOf(a.kind());
    int rb = KINDS.indexOf(b.kind());
    return ra != rb ? ra < rb : a.date().isAfter(b.date());
  }
}
