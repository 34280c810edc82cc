package id.labinov.reporting.architecture.planted;

import id.labinov.core.model.Nip;

/** Breaks "never touches NIPs". */
public class ReadsNip {
  public String show(Nip nip) {
    return nip.toString();
  }
}
