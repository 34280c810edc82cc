package id.labinov.oracle.expect;

import id.labinov.core.model.Scope;
import id.labinov.oracle.fold.Folded;

/**
 * Which innovations a report covers: those of a scope's regions, of one programme or of any.
 *
 * @param scope the regions
 * @param programmeId the programme, or {@code null} for every innovation of the scope
 */
public record Selection(Scope scope, String programmeId) {
  /** Tells whether an innovation belongs to the selection. */
  public boolean matches(Folded f) {
    return scope.includes(f.ref().region()) && (programmeId == null || programmeId.equals(f.programmeId()));
  }

  @Override
  public String toString() {
    return scope + (programmeId == null ? "" : " programme " + programmeId);
  }
}
