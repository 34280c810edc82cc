package id.labinov.core.iid;

import id.labinov.core.annotation.Beta;
import id.labinov.core.model.Labelled;

/**
 * Who signed or issued a document, by rank: what IID verification looks at when an indicator asks
 * for, say, a decree of the head of region rather than one of a unit head. Labels in Bahasa
 * Indonesia and English come from the message bundles ({@code label.IssuerLevel.*}).
 */
@Beta
public enum IssuerLevel implements Labelled {
  /** Kepala daerah: bupati, wali kota or gubernur. */
  REGIONAL_HEAD,
  /** Kepala perangkat daerah: head of a regional work unit (OPD), e.g. a dinas or badan. */
  OPD_HEAD,
  /** DPRD, the regional parliament (co-enacts a Perda). */
  DPRD,
  /** Anyone outside the regional government: a university, a ministry, a newspaper, a company. */
  EXTERNAL
}
