package id.labinov.core.cycle;

import id.labinov.core.annotation.Beta;
import id.labinov.core.model.Labelled;

/** What a development version of an innovation changed (pengembangan inovasi). */
@Beta
public enum DevelopmentChange implements Labelled {
  /** Cakupan: wider scope (more areas, units or services). */
  SCOPE,
  /** Digitalisasi: a manual process made electronic or online. */
  DIGITALISATION,
  /** Penerima manfaat: more or other beneficiaries. */
  BENEFICIARIES,
  /** Lainnya: another change, described in the note. */
  OTHER
}
